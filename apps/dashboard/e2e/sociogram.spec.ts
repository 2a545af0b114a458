import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, expectAccessible, fixturePath, openDemo, REPO, screenshot, test } from './fixtures.ts';
import { printToPdf } from './print-to-pdf.ts';

/** Review screenshots of the picture at each size (not for the guides). */
const REVIEW = join(import.meta.dirname, '..', 'test-results', 'sociogram-review');

/** Overlaps between drawn names, and between a name and another pupil's mark, as the browser lays them out. */
async function overlaps(page: Page): Promise<string[]> {
  return page.locator('svg.sociogram').evaluate((svg) => {
    const nodes = [...svg.querySelectorAll('g.node')].map((g) => ({
      name: g.getAttribute('aria-label')!,
      label: (g.querySelector('text.name') as SVGGraphicsElement).getBBox(),
      mark: (g.querySelector('.shape') as SVGGraphicsElement).getBBox(),
    }));
    const hit = (a: DOMRect, b: DOMRect) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
    const out: string[] = [];
    for (const a of nodes) for (const b of nodes) if (a !== b && (hit(a.label, b.label) || hit(a.label, b.mark))) out.push(`${a.name} × ${b.name}`);
    const view = (svg as SVGSVGElement).viewBox.baseVal;
    for (const a of nodes) if (a.label.x < view.x || a.label.x + a.label.width > view.x + view.width || a.label.y + a.label.height > view.y + view.height) out.push(`${a.name} cut off`);
    return out;
  });
}

const SIZES = [
  { name: '1366x768', width: 1366, height: 768, scale: 1 },
  { name: '1024x768', width: 1024, height: 768, scale: 1 },
  { name: '200pct', width: 683, height: 384, scale: 2 },
];

for (const size of SIZES) {
  test(`the demo sociogram at ${size.name}: shapes by gender, no name over another, both layouts`, async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: size.width, height: size.height }, deviceScaleFactor: size.scale });
    const page = await context.newPage();
    await openDemo(page);
    const picture = page.getByRole('group', { name: /Sosiogram for Demo 7B/ });
    await expect(picture).toBeVisible();
    expect(await overlaps(page)).toEqual([]);
    await picture.evaluate((e) => e.scrollIntoView({ block: 'start' }));
    await page.screenshot({ path: join(REVIEW, `force-${size.name}.png`) });
    await page.getByLabel('Oppsett').selectOption('target');
    await expect(picture.locator('text', { hasText: 'valgt av 5+' })).toBeVisible();
    expect(await overlaps(page)).toEqual([]);
    await picture.evaluate((e) => e.scrollIntoView({ block: 'start' }));
    await page.screenshot({ path: join(REVIEW, `target-${size.name}.png`) });
    await page.getByLabel('Jenter og gutter i hver sin halvdel').check();
    expect(await overlaps(page)).toEqual([]);
    await picture.evaluate((e) => e.scrollIntoView({ block: 'start' }));
    await page.screenshot({ path: join(REVIEW, `target-split-${size.name}.png`) });
    await context.close();
  });
}

test('marks say gender by shape and state by ring and letter, and the legend says so', async ({ page }) => {
  await openDemo(page);
  const legend = page.getByRole('complementary', { name: 'Tegnforklaring' });
  for (const text of ['jente', 'gutt', 'isolert: ingen valgte', 'ingen gjensidig venn', 'gjensidig valg']) await expect(legend).toContainText(text);
  const selma = page.getByRole('button', { name: 'Selma Rønning: valgt av 0, isolert: ingen valgte' });
  await expect(selma.locator('text.name')).toHaveText('Selma Rønning');
  await expect(selma.locator('text', { hasText: /^I$/ })).toHaveCount(1);
  // Isolated means no mutual friend either: both badges, and the accessible name says both.
  await expect(page.getByRole('button', { name: 'Selma Rønning: valgt av 0, isolert: ingen valgte, ingen gjensidig venn', exact: true })).toBeVisible();
  await expect(selma.locator('text', { hasText: /^G$/ })).toHaveCount(1);
  await expect(legend).toContainText('isolert: ingen valgte – og derfor heller ingen gjensidig venn (I og G)');
  await expectAccessible(page);
  await page.getByLabel('Oppsett').selectOption('target');
  await screenshot(page, 'sociogram-target', page.getByRole('tablist'));
});

test('the guide\'s patterns are highlighted on demand, each with its sentence', async ({ page }) => {
  await openDemo(page);
  const picture = page.locator('svg.sociogram');
  await page.getByLabel('Vis i bildet').selectOption('subgroups');
  await expect(page.getByText(/^Subgrupper – 3 eller flere som alle har valgt hverandre \(\d+\): \(/)).toBeVisible();
  expect(await picture.locator('circle.halo').count()).toBeGreaterThan(2);
  await picture.evaluate((e) => e.scrollIntoView({ block: 'start' }));
  await page.screenshot({ path: join(REVIEW, 'highlight-subgroups-1366x768.png') });
  await page.getByLabel('Vis i bildet').selectOption('isolated');
  await expect(page.getByText('Isolerte – ingen valgte dem (2): Selma Rønning, Leah Ahmed.')).toBeVisible();
  await expect(picture.locator('circle.halo')).toHaveCount(2);
  await page.getByLabel('Vis i bildet').selectOption('genders');
  await expect(page.getByText(/går mellom jenter og gutter/)).toBeVisible();
  await page.screenshot({ path: join(REVIEW, 'highlight-genders-1366x768.png') });
  await expectAccessible(page);
});

test('negative ties, when opened for a purpose, get their own colour, dash and legend entry', async ({ page }) => {
  await openDemo(page, 'en');
  await page.getByRole('button', { name: 'Show them for a purpose …' }).click();
  await page.getByLabel(/Why do you need to see them/).fill('Resource team, follow-up of Per');
  await page.getByRole('button', { name: 'Show', exact: true }).click();
  await page.getByLabel('Question').selectOption({ label: 'Hvem vil du helst ikke være sammen med?' });
  const legend = page.getByRole('complementary', { name: 'Legend' });
  await expect(legend.getByText('mutual rejection')).toBeVisible();
  await expect(legend.getByText('mutual choice')).toHaveCount(0);
  const lines = page.locator('svg.sociogram path.tie[stroke="#CC79A7"]');
  expect(await lines.count()).toBeGreaterThan(0);
  expect(await page.locator('svg.sociogram path.tie[stroke="#009E73"]').count()).toBe(0);
  await expect(lines.first()).toHaveAttribute('stroke-dasharray', /\d/);
  await page.locator('svg.sociogram').evaluate((e) => e.scrollIntoView({ block: 'start' }));
  await page.screenshot({ path: join(REVIEW, 'negative-1366x768.png') });
});

test('the exported picture has a title block and the legend, and is never exported faded', async ({ page }) => {
  await openDemo(page, 'en');
  await page.getByRole('button', { name: /^Selma Rønning: chosen by 0/ }).focus();
  await expect(page.getByText('Showing the ties of Selma Rønning.', { exact: false })).toBeVisible();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save as SVG' }).click();
  const file = await (await download).path();
  const svg = readFileSync(file!, 'utf8');
  expect(svg).toContain('Demo 7B · Autumn 2026');
  expect(svg).toContain('Question: All positive questions');
  expect(svg).toContain('>Legend<');
  expect(svg).toContain('mutual choice');
  expect(svg).not.toContain('faded');
  expect(svg).not.toContain('tabindex');
  const png = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save as PNG' }).click();
  expect((await png).suggestedFilename()).toBe('Demo-7B-Høst-2026.png');
  await (await png).saveAs(join(REVIEW, 'export.png'));
});

test('the exported picture keeps pseudonyms and says so', async ({ page }) => {
  await openDemo(page);
  await page.getByLabel('Pseudonymer (for delt skjerm)').check();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Lagre som SVG' }).click();
  const svg = readFileSync((await (await download).path())!, 'utf8');
  expect(svg).toMatch(/Elev \d\d/);
  expect(svg).toContain('Navnene er erstattet med psevdonymer.');
  for (const real of ['Selma', 'Leah', 'Mathias', 'Ødegård']) expect(svg).not.toContain(real);
});

/** The seeded class of 35 (fixtures/class-35), imported through the wizard as a teacher would. */
async function openClass35(page: Page): Promise<void> {
  await page.goto('/');
  await page.getByRole('navigation').getByRole('button', { name: 'Importer en undersøkelse' }).click();
  await page.getByLabel('Klasseliste (valgfri)').setInputFiles(fixturePath('class-35/klasse-35-roster.csv'));
  await page.getByLabel('Eksport fra undersøkelsen (CSV eller Excel .xlsx)').setInputFiles(fixturePath('class-35/klasse-35.csv'));
  await expect(page.getByText(/^35 elever, \d+ svarte/)).toBeVisible();
  await page.getByLabel('Klassens navn').fill('Klasse 35');
  await page.getByLabel('Runde', { exact: true }).fill('Høst');
  await page.getByRole('button', { name: 'Lagre klassen' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Klasse 35' })).toBeVisible();
}

/** Ties drawn through a name, as the browser draws them: each tie's path sampled against each name's box. */
async function tiesThroughNames(page: Page): Promise<number> {
  return page.locator('svg.sociogram').evaluate((svg) => {
    const boxes = [...svg.querySelectorAll('g.node text.name')].map((t) => (t as SVGGraphicsElement).getBBox());
    let count = 0;
    for (const path of svg.querySelectorAll('path.tie') as NodeListOf<SVGPathElement>) {
      const length = path.getTotalLength();
      const points = Array.from({ length: 41 }, (_, i) => path.getPointAtLength((length * i) / 40));
      for (const b of boxes) if (points.some((p) => p.x > b.x && p.x < b.x + b.width && p.y > b.y + 2 && p.y < b.y + b.height - 2)) count++;
    }
    return count;
  });
}

const IMAGES = join(REPO, 'docs', 'images');

for (const size of SIZES) {
  test(`the demo class and the class of 35 at ${size.name}, both layouts, for the guides`, async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: size.width, height: size.height }, deviceScaleFactor: size.scale });
    const page = await context.newPage();
    for (const [name, open] of [['demo', openDemo], ['class35', openClass35]] as const) {
      await open(page);
      const picture = page.locator('svg.sociogram');
      for (const layout of ['force', 'target'] as const) {
        await page.getByLabel('Oppsett').selectOption(layout);
        await expect(picture.locator('g.node')).toHaveCount(name === 'demo' ? 25 : 35);
        expect(await overlaps(page)).toEqual([]);
        // Documented bound (docs/methods.md, "Drawing the sociogram"): routed ties still crossing a name in Chromium.
        const through = await tiesThroughNames(page);
        console.log(`${name} ${layout} ${size.name}: ties through names ${through}`);
        expect(through).toBeLessThanOrEqual(name === 'demo' ? 10 : 55);
        await picture.evaluate((e) => e.scrollIntoView({ block: 'start' }));
        await page.screenshot({ path: join(IMAGES, `sociogram-${name}-${layout}-${size.name}.png`) });
      }
    }
    await context.close();
  });
}

test('the class of 35 on the A4 meeting sheet: one picture, every name in the PDF', async ({ page }) => {
  await page.addInitScript(() => void (window.print = () => {}));
  await openClass35(page);
  await page.getByRole('tab', { name: 'Møteark' }).click();
  const { text, sizes } = await printToPdf(page, 'Skriv ut eller lagre som PDF', 'meeting-sheet-class35', { resolution: 100 });
  for (const size of sizes) expect(size).toMatch(/A4/);
  const roster = readFileSync(fixturePath('class-35/klasse-35-roster.csv'), 'utf8').trim().split(/\r?\n/).slice(1).map((line) => line.split(',')[1]!);
  for (const name of roster) expect(text.replace(/\s+/g, ' '), name).toContain(name);
});

test('a Coie–Dodge sentence opens the method\'s explanation in place (attention list; the pupil panel uses the same note)', async ({ page }) => {
  await openDemo(page);
  await page.getByRole('button', { name: 'Vis dem for et formål …' }).click();
  await page.getByLabel(/Hvorfor trenger du å se dem/).fill('Ressursteamet, oppfølging');
  await page.getByRole('button', { name: 'Vis', exact: true }).click();
  await page.getByRole('tab', { name: 'Hvem trenger oppfølging' }).click();
  const item = page.getByRole('listitem').filter({ hasText: 'Coie–Dodge-metoden kaller det «avvist»' }).first();
  const summary = item.getByText('Hva betyr «avvist» og «oversett» (Coie–Dodge)?');
  await expect(summary).toBeVisible();
  await expect(item.getByText(/standardiseres/)).toBeHidden();
  await summary.focus();
  await page.keyboard.press('Enter');
  await expect(item.getByText(/standardiseres/)).toBeVisible();
  await expect(item.getByText(/«Tydelig» betyr minst et halvt standardavvik/)).toBeVisible();
  await expectAccessible(page);
  await item.evaluate((e) => e.scrollIntoView({ block: 'start' }));
  await screenshot(page, 'coie-dodge-note');
});

test('projector mode at 1024×768: the class of 35 with larger names, none over another, both layouts', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 1024, height: 768 } });
  const page = await context.newPage();
  await openClass35(page);
  await page.getByLabel('Projektormodus').check();
  const picture = page.locator('svg.sociogram');
  for (const layout of ['force', 'target'] as const) {
    await page.getByLabel('Oppsett').selectOption(layout);
    await expect(picture.locator('g.node')).toHaveCount(35);
    await picture.evaluate((e) => e.scrollIntoView({ block: 'start' }));
    await page.screenshot({ path: join(IMAGES, `sociogram-class35-${layout}-projector-1024x768.png`) });
    expect(await overlaps(page)).toEqual([]);
  }
  await context.close();
});

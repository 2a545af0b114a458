/**
 * One file, many classes: a grade export with a "Klasse" column is dropped on the import wizard, split into
 * its classes (in the worker), and saved as several classes at once. Pictures for the user guides at
 * 1366×768 (both languages), 1024×768 and 200 % zoom; and a generated school of ~1,600 pupils in 60
 * classes read, saved and shown in the school overview (60 rows, progress shown), with the times and the
 * page's long tasks printed, not asserted.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, expectAccessible, fixturePath, screenshot, test } from './fixtures.ts';
import { generateSchool } from '../../../packages/bench/src/generate-school.ts';

/** One "Åpne: <class>" button per stored class: on the class cards (one class) or the school overview (more). */
const openButtons = (page: Page, nb: boolean) => page.getByRole('main').getByRole('button', { name: nb ? /^Åpne: / : /^Open: / });

const GRADE = readFileSync(fixturePath('school/grade-7-google-forms.csv'), 'utf8');

/** Drops a CSV file on the wizard's drop zone, as a teacher dragging it from the desktop would. */
async function dropFile(page: Page, name: string, text: string): Promise<void> {
  const zone = page.locator('.dropzone');
  const transfer = await page.evaluateHandle(([fileName, content]) => {
    const data = new DataTransfer();
    data.items.add(new File([content], fileName, { type: 'text/csv' }));
    return data;
  }, [name, text] as const);
  await zone.dispatchEvent('dragover', { dataTransfer: transfer });
  await zone.dispatchEvent('drop', { dataTransfer: transfer });
}

const SIZES = [
  { name: '', width: 1366, height: 768, scale: 1, lang: 'nb' },
  { name: '-en', width: 1366, height: 768, scale: 1, lang: 'en' },
  { name: '-1024', width: 1024, height: 768, scale: 1, lang: 'nb' },
  { name: '-200pct', width: 683, height: 384, scale: 2, lang: 'nb' },
] as const;

for (const size of SIZES) {
  test(`drops a grade export with 3 classes, sees them, saves them (${size.width}×${size.height} @${size.scale}x, ${size.lang})`, async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: size.width, height: size.height }, deviceScaleFactor: size.scale });
    const page = await context.newPage();
    const errors: string[] = [];
    const foreign: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    // This page is not the fixture's guarded one: nothing may leave the origin here either.
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith('data:') || url.startsWith('blob:') || url.startsWith('http://127.0.0.1')) return route.continue();
      foreign.push(url);
      return route.abort();
    });
    await page.goto('/');
    const nb = size.lang === 'nb';
    if (!nb) await page.getByLabel('Språk').selectOption('en');
    await page.getByRole('navigation').getByRole('button', { name: nb ? 'Importer en undersøkelse' : 'Import a survey' }).click();
    await dropFile(page, 'trinn-7-host.csv', GRADE);

    const table = page.getByRole('table', { name: nb ? 'Klassene i filen' : 'Classes in the file' });
    await expect(table).toBeVisible();
    const rows = table.getByRole('row');
    await expect(rows).toHaveCount(4);
    await expect(rows.nth(1)).toContainText('7A');
    await expect(rows.nth(1).getByRole('cell').nth(1)).toHaveText('8');
    await expect(rows.nth(1).getByRole('cell').nth(2)).toHaveText('7');
    await expect(rows.nth(2)).toContainText('7B');
    await expect(rows.nth(3)).toContainText('7C');
    await expect(page.getByLabel(nb ? 'Klassekolonne' : 'Class column')).toHaveValue('Klasse');
    // An issue says its class.
    await expect(page.getByText(nb ? /klasse 7A, rad 5/ : /class 7A, row 5/).first()).toBeVisible();
    await expectAccessible(page);
    await expect(page.getByText(nb ? 'Filen har 3 klasser: 7A, 7B, 7C.' : 'The file holds 3 classes: 7A, 7B, 7C.')).toBeVisible();
    await screenshot(page, `import-school-found${size.name}`, page.getByText(nb ? 'Oppsett:' : 'Layout:'));
    await screenshot(page, `import-school${size.name}`, page.getByRole('heading', { name: nb ? '5. Lagre' : '5. Save' }));

    await page.getByLabel(nb ? 'Runde' : 'Wave', { exact: true }).last().fill(nb ? 'Høst 2026' : 'Autumn 2026');
    await page.getByRole('button', { name: nb ? 'Lagre 3 klasser' : 'Save 3 classes' }).click();
    const main = page.getByRole('main');
    for (const name of ['7A', '7B', '7C']) await expect(main.getByRole('button', { name: nb ? `Åpne: ${name}` : `Open: ${name}` })).toBeVisible();
    await page.reload();
    await expect(openButtons(page, nb)).toHaveCount(4);
    expect(errors).toEqual([]);
    expect(foreign).toEqual([]);
    await context.close();
  });
}

test('a second wave of the grade goes into the stored classes, matched by name', async ({ page }) => {
  await page.goto('/');
  const open = async () => {
    await page.getByRole('navigation').getByRole('button', { name: 'Importer en undersøkelse' }).click();
    await dropFile(page, 'trinn-7.csv', GRADE);
    await expect(page.getByRole('table', { name: 'Klassene i filen' })).toBeVisible();
  };
  await open();
  await page.getByRole('button', { name: 'Lagre 3 klasser' }).click();
  await expect(page.getByRole('button', { name: 'Åpne: 7C' })).toBeVisible();
  await open();
  await expect(page.getByLabel('Lagre 7A som')).toHaveValue(/.+/);
  await expect(page.getByLabel('Lagre 7A som').locator('option:checked')).toHaveText('ny runde i 7A');
  await page.getByRole('checkbox', { name: '7B' }).uncheck();
  await page.getByRole('checkbox', { name: '7C' }).uncheck();
  await page.getByRole('button', { name: 'Lagre 1 klasse' }).click();
  await expect(openButtons(page, true)).toHaveCount(4);
  await page.getByRole('button', { name: 'Åpne: 7A' }).click();
  await expect(page.getByRole('heading', { level: 2, name: '7A' })).toBeVisible();
});

test('when the browser refuses to store one of the classes, none is saved and the page says so', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('navigation').getByRole('button', { name: 'Importer en undersøkelse' }).click();
  await dropFile(page, 'trinn-7.csv', GRADE);
  await expect(page.getByRole('table', { name: 'Klassene i filen' })).toBeVisible();
  // The second class record written in the transaction fails, as a full disk would make it.
  await page.evaluate(() => {
    const proto = IDBObjectStore.prototype;
    const put = proto.put;
    let classes = 0;
    proto.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      if (this.name === 'classes' && ++classes === 2) throw new DOMException('disk full', 'QuotaExceededError');
      return put.apply(this, args);
    };
  });
  await page.getByRole('button', { name: 'Lagre 3 klasser' }).click();
  await expect(page.getByRole('alert')).toContainText('Klassene kunne ikke lagres. Ingen av dem ble lagret, og ingenting ble endret.');
  await expect(page.getByRole('alert')).toContainText('disk full');
  await page.reload();
  await expect(openButtons(page, true)).toHaveCount(1);
});

test('a school of ~1,600 pupils in 60 classes is split in the worker, saved, and shown in the overview; the page stays responsive', async ({ page }) => {
  test.setTimeout(120_000);
  const school = generateSchool(60, 2026);
  await page.addInitScript(() => {
    const w = window as unknown as { longTasks: number[]; sawProgress: boolean; sawOverviewProgress: boolean };
    w.longTasks = [];
    w.sawProgress = false;
    w.sawOverviewProgress = false;
    // The worker reports each class built, and the overview each class worked out; the page shows both as progress bars.
    new MutationObserver(() => {
      if (document.querySelector('progress')) w.sawProgress = true;
      if ([...document.querySelectorAll('[role=status]')].some((e) => e.querySelector('progress') && /Regner ut klasse/.test(e.textContent ?? ''))) w.sawOverviewProgress = true;
    }).observe(document, { childList: true, subtree: true });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.longTasks.push(entry.duration);
    }).observe({ type: 'longtask', buffered: true });
  });
  await page.goto('/');
  await page.getByRole('navigation').getByRole('button', { name: 'Importer en undersøkelse' }).click();
  await page.evaluate(() => ((window as unknown as { longTasks: number[] }).longTasks = []));
  const started = Date.now();
  await dropFile(page, 'skole.csv', school.survey);
  // While the worker reads, the page answers: the language menu can be used at once.
  await expect(page.getByLabel('Språk')).toBeEnabled();
  const table = page.getByRole('table', { name: 'Klassene i filen' });
  await expect(table.getByRole('row')).toHaveCount(61, { timeout: 60_000 });
  const shown = Date.now() - started;
  const longTasks = await page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks);
  console.log(`school import: ${school.pupils} pupils, 60 classes shown after ${shown} ms; ${longTasks.length} long tasks on the page, the longest ${Math.round(Math.max(0, ...longTasks))} ms`);
  expect(await page.evaluate(() => (window as unknown as { sawProgress: boolean }).sawProgress)).toBe(true);
  // Every pupil of the roster who answered or was named is in a class (a few were neither: 5 % did not answer).
  const summary = await page.getByText(/^\d+ elever, \d+ svarte/).textContent();
  const pupils = Number(/^(\d+)/.exec(summary ?? '')?.[1]);
  expect(pupils).toBeGreaterThan(school.pupils * 0.97);
  expect(pupils).toBeLessThanOrEqual(school.pupils);

  await page.evaluate(() => ((window as unknown as { longTasks: number[] }).longTasks = []));
  const saving = Date.now();
  await page.getByRole('button', { name: 'Lagre 60 klasser' }).click();
  await expect(openButtons(page, true)).toHaveCount(61, { timeout: 60_000 });
  // The start page is the school overview: worked out class by class with progress shown, then one row per class.
  const overview = page.locator('table.overview').first();
  await expect(page.getByRole('status').filter({ hasText: 'Regner ut klasse' })).toHaveCount(0, { timeout: 60_000 });
  const overviewShown = Date.now();
  const saveTasks = await page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks);
  console.log(`school save: 60 classes in one transaction, overview of 60 classes shown ${overviewShown - saving} ms after the save was clicked (${overviewShown - started} ms after the drop); ${saveTasks.length} long tasks, the longest ${Math.round(Math.max(0, ...saveTasks))} ms`);
  expect(await page.evaluate(() => (window as unknown as { sawOverviewProgress: boolean }).sawOverviewProgress)).toBe(true);
  const rows = overview.locator('tbody tr');
  await expect(rows).toHaveCount(61); // the 60 classes and the demo class
  const names = (await overview.locator('tbody th[scope=row] button').allTextContents()).map((s) => s.trim()).filter((n) => /^K\d+$/.test(n));
  expect(names).toHaveLength(60);
  expect(new Set(names).size).toBe(60);
  // Every class row has its figures: a response rate in per cent.
  for (const row of await rows.all()) await expect(row.locator('td').nth(1)).toContainText(/%|–/);
  await page.setViewportSize({ width: 1366, height: 768 });
  await screenshot(page, 'school-overview-60', page.getByRole('heading', { level: 3, name: 'Skoleoversikt' }));
});

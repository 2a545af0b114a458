/**
 * Nynorsk from end to end: the language picker switches the app to nynorsk (html lang="nn"), the demo class's
 * views and sociogram speak nynorsk, a classroom copy in nynorsk holds names and places only, and the teacher's
 * meeting sheet prints on A4 in nynorsk, confidential on every page. A browser set to nynorsk starts in nynorsk
 * unless another language was chosen. Pictures at 1366×768 go to docs/images (nn-*.png), the PDFs to
 * test-results/sheets.
 */
import type { Page } from '@playwright/test';
import { expect, openDemo, screenshot, test } from './fixtures.ts';
import { CLASSROOM_FORBIDDEN, printToPdf } from './print-to-pdf.ts';

const DEMO_NAMES = ['Selma Rønning', 'Åse Bjørnstad'];

/** Nothing sticks out sideways: the page is no wider than the window. */
async function expectNoSidewaysOverflow(page: Page): Promise<void> {
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }));
  expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
}

test.beforeEach(async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.addInitScript(() => void (window.print = () => {}));
});

test('the picker names both written standards and switches the whole app to nynorsk', async ({ page }) => {
  await page.goto('/');
  const picker = page.getByLabel('Språk');
  await expect(picker.locator('option')).toHaveText(['Norsk bokmål', 'Norsk nynorsk', 'English']);
  await picker.selectOption({ label: 'Norsk nynorsk' });
  await expect(page.locator('html')).toHaveAttribute('lang', 'nn');
  await expect(page.getByRole('button', { name: 'Klassar', exact: true })).toBeVisible();
  await expect(page.getByText('Alt blir verande i denne nettlesaren. Ingenting blir sendt nokon stad.')).toBeVisible();
  await expect(page.getByRole('navigation').getByRole('button', { name: 'Importer ei undersøking' })).toBeVisible();
  await screenshot(page, 'nn-start');
  await expectNoSidewaysOverflow(page);

  await page.getByRole('button', { name: 'Opne: Demo 7B' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Demo 7B' })).toBeVisible();
  for (const tab of ['Sosiogram', 'Elevtabell', 'Kven treng oppfølging', 'Samanlikn rundar', 'Grupper', 'Klassekart', 'Møteark']) await expect(page.getByRole('tab', { name: tab })).toBeVisible();
  const sociogram = page.getByRole('group', { name: /^Sosiogram for Demo 7B: \d+ elevar\. Elevtabellen viser det same\.$/ });
  await expect(sociogram).toBeVisible();
  await expect(sociogram.locator('g.node')).toHaveCount(25);
  await expect(sociogram.getByRole('button', { name: /^Åse Bjørnstad: vald av \d+$/ })).toBeVisible();
  await expect(page.getByText('Teiknforklaring')).toBeVisible();
  await expect(page.getByText('Negative svar og mobbesvar er skjulte.')).toBeVisible();
  await screenshot(page, 'nn-sociogram', page.getByRole('heading', { level: 2, name: 'Demo 7B' }));
  await expectNoSidewaysOverflow(page);

  // Names sort in the Norwegian alphabet (Chromium has no nynorsk collation of its own: nb-NO stands in).
  await page.getByRole('tab', { name: 'Elevtabell' }).click();
  const rows = page.getByRole('tabpanel', { name: 'Elevtabell' }).getByRole('table').locator('tbody tr');
  await expect(rows).toHaveCount(25);
  const firstColumn = await rows.locator(':scope > :first-child').allInnerTexts();
  expect(firstColumn.at(-1)).toContain('Åse Bjørnstad');
  expect(firstColumn.at(-2)).toContain('Øystein Lie');

  await page.getByRole('tab', { name: 'Kven treng oppfølging' }).click();
  await expect(page.getByText(/^Ordna etter reglane i metoderettleiinga/)).toBeVisible();
  await screenshot(page, 'nn-attention', page.getByRole('heading', { level: 2, name: 'Demo 7B' }));
  await expectNoSidewaysOverflow(page);

  // The choice is remembered.
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'nn');
  await expect(page.getByLabel('Språk')).toHaveValue('nn');
});

test('groups in nynorsk: the classroom copy holds names in boxes only', async ({ page }) => {
  await openDemo(page, 'nn');
  await page.getByRole('tab', { name: 'Grupper' }).click();
  await page.getByRole('button', { name: 'Lag grupper' }).click();
  await expect(page.getByText('✓ Alle reglane er oppfylte.')).toBeVisible();
  await screenshot(page, 'nn-groups', page.getByRole('heading', { level: 2, name: 'Demo 7B' }));
  await expectNoSidewaysOverflow(page);
  const classroom = await printToPdf(page, 'Skriv ut klassekopi', 'groups-classroom-nn', { picture: false });
  expect(classroom.pages).toHaveLength(1);
  expect(classroom.sizes[0]).toContain('A4');
  expect(classroom.text).toContain('Gruppe 1');
  for (const name of DEMO_NAMES) expect(classroom.text).toContain(name);
  for (const word of CLASSROOM_FORBIDDEN) expect(classroom.text.toLowerCase(), word).not.toContain(word.toLowerCase());
});

test('seating and next year in nynorsk fit the window at 1366×768', async ({ page }) => {
  await openDemo(page, 'nn');
  await page.getByRole('tab', { name: 'Klassekart' }).click();
  await page.getByRole('button', { name: 'Lag klassekart' }).click();
  await expect(page.getByText('Nytt klassekart er laga.')).toBeVisible();
  await expect(page.getByRole('tabpanel', { name: 'Klassekart' }).getByText('✓ Alle reglane er oppfylte.')).toBeVisible();
  await screenshot(page, 'nn-seating', page.getByRole('heading', { level: 2, name: 'Demo 7B' }));
  await expectNoSidewaysOverflow(page);
  await page.getByRole('navigation').getByRole('button', { name: 'Neste skuleår' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Klassane neste år' })).toBeVisible();
  await expect(page.getByText(/^Vel klassane på trinnet, kor mange nye klassar det skal bli/)).toBeVisible();
  await expect(page.getByRole('checkbox', { name: /^Demo 7B/ })).not.toBeChecked();
  // The demo's wave is named in nynorsk (stored in bokmål as «Høst 2026»).
  await expect(page.getByRole('checkbox', { name: /^Demo 7B/ })).toHaveAccessibleName(/Haust 2026/);
  await expect(page.getByLabel('Høgst så mange frå same klasse i ein ny klasse (0 = inga grense)')).toHaveValue('0');
  await screenshot(page, 'nn-next-classes', page.getByRole('heading', { level: 2, name: 'Klassane neste år' }));
  await expectNoSidewaysOverflow(page);
});

test('meeting sheet in nynorsk: A4, confidential with page numbers on every page, figures, sociogram and decisions', async ({ page }) => {
  await openDemo(page, 'nn');
  await page.getByRole('tab', { name: 'Møteark' }).click();
  await expect(page.getByText(/^Førehandsvising av det fortrulege møtearket/)).toBeVisible();
  await screenshot(page, 'nn-meeting-sheet', page.getByRole('heading', { level: 2, name: 'Demo 7B' }));
  await expectNoSidewaysOverflow(page);
  const sheet = await printToPdf(page, 'Skriv ut eller lagre som PDF', 'meeting-sheet-nn');
  expect(sheet.pages.length).toBeGreaterThanOrEqual(1);
  expect(sheet.pages.length).toBeLessThanOrEqual(2);
  sheet.sizes.forEach((size) => expect(size).toContain('A4'));
  sheet.pages.forEach((text, i) => {
    expect(text, `page ${i + 1}`).toContain('Fortruleg — personopplysningar om elevar');
    expect(text, `page ${i + 1}`).toContain('Demo 7B');
    expect(text, `page ${i + 1}`).toContain(`Side ${i + 1} av ${sheet.pages.length}`);
  });
  for (const heading of ['Klasselærarmøte', 'Klassen i tal', 'Svarprosent', 'Kven treng oppfølging', 'Planlagde tiltak', 'Vedtak og ansvar']) expect(sheet.text).toContain(heading);
  expect(sheet.text.replace(/\s+/g, ' ')).toMatch(/\d+ indikatorar byggjer på svar på negative spørsmål eller mobbespørsmål, som er lukka, og er ikkje med her\./);
  // The sheet's words and core's indicator sentences are nynorsk.
  expect(sheet.text.replace(/\s+/g, ' ')).toMatch(/Ingen valde .+? som ein å vere saman med \(0 av \d+ klassekameratar som svarte\)\./);
  expect(sheet.text).not.toContain('Ingen valgte');
  for (const bokmal of ['Fortrolig', 'Klassen i tall', 'Planlagte tiltak', 'Hvem trenger', 'Klasselærermøte']) expect(sheet.text).not.toContain(bokmal);
  // Dates in Norwegian: nynorsk where the browser knows it, else bokmål's identical "3. des. 2026" — never "Dec 3, 2026".
  expect(sheet.pages[0]).toMatch(/· \d{1,2}\. (jan|feb|mars|apr|mai|juni|juli|aug|sep|okt|nov|des)\.? \d{4}/);
  expect(sheet.text).not.toMatch(/\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{1,2}, \d{4}/);
  expect(await page.locator('.print-sheet[data-sheet="meeting-sheet"] svg.sociogram').count()).toBe(1);
});

test.describe('a browser set to nynorsk', () => {
  test.use({ locale: 'nn-NO' });

  test('starts in nynorsk when no language is stored, and keeps a chosen one', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'nn');
    await expect(page.getByLabel('Språk')).toHaveValue('nn');
    await expect(page.getByRole('button', { name: 'Opne: Demo 7B' })).toBeVisible();
    await page.getByLabel('Språk').selectOption('nb');
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('lang', 'nb');
    await expect(page.getByRole('button', { name: 'Åpne: Demo 7B' })).toBeVisible();
  });
});

/**
 * The school overview and class/wave management, as a resource-group leader uses them: several classes imported
 * through the wizard → the overview on the start page (figures, change since the previous wave, no pupil names)
 * → sorted from the keyboard → a class's living list opened from its follow-up count → a class renamed, a wave
 * moved to another class and a class deleted, each after a confirmation that names what goes → the resource
 * group's sheet printed to A4 and read back with pdftotext (confidential header and page count, no pupil names in
 * pseudonym mode). Screenshots at 1366×768, 1024×768 and 200 % for the user guides.
 */
import type { Page } from '@playwright/test';
import { expect, expectAccessible, fixturePath, screenshot, test } from './fixtures.ts';
import { printToPdf } from './print-to-pdf.ts';

/** Imports a survey file through the wizard as a new class (or a wave of `into`), with its wave's label and date. */
async function importClass(page: Page, file: string, className: string, label: string, date: string): Promise<void> {
  await page.getByRole('navigation').getByRole('button', { name: 'Importer en undersøkelse' }).click();
  await page.getByLabel('Eksport fra undersøkelsen (CSV eller Excel .xlsx)').setInputFiles(fixturePath(file));
  await page.getByLabel('Klassens navn').fill(className);
  await page.getByLabel('Runde', { exact: true }).fill(label);
  await page.getByLabel('Dato', { exact: true }).fill(date);
  await page.getByRole('button', { name: 'Lagre klassen' }).click();
  await expect(page.getByRole('heading', { level: 2, name: className })).toBeVisible();
}

async function toStart(page: Page): Promise<void> {
  await page.getByRole('navigation').getByRole('button', { name: 'Klasser' }).click();
  await expect(page.getByRole('heading', { level: 3, name: 'Skoleoversikt' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Regner ut klasse' })).toHaveCount(0);
}

const overview = (page: Page) => page.locator('table.overview').first();
const classNames = async (page: Page) => (await overview(page).locator('tbody th[scope=row] button').allTextContents()).map((s) => s.trim());

/** Pupil names of the fixtures used: none may appear on the overview or its sheet. */
const PUPIL_NAMES = ['Åse Bjørnstad', 'Kari Sæther', 'Sigrid Håland', 'Øystein', 'Ola Nordmann', 'Kari Nilsen', 'Selma Rønning'];

test('several classes → overview → sort → living list → rename, move, delete with confirmation → confidential sheet', async ({ page }) => {
  test.setTimeout(120_000);
  await page.addInitScript(() => {
    window.print = () => undefined;
  });
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto('/');
  await importClass(page, 'demo/klasse-7b.csv', '7A', 'Høst', '2026-09-15');
  // A measure with an evaluation date already past: 7A has one pupil under follow-up and one evaluation due.
  await page.getByRole('tab', { name: 'Elevtabell' }).click();
  await page.getByRole('button', { name: 'Åse Bjørnstad' }).click();
  await page.getByLabel('Tiltak', { exact: true }).fill('Fast plass ved en venn i friminuttet');
  await page.getByLabel('Ansvarlig voksen').fill('Kontaktlærer');
  await page.getByLabel('Evalueringsdato').fill('2026-10-01');
  await page.getByRole('button', { name: 'Legg til tiltaket' }).click();
  await expect(page.getByRole('rowheader', { name: 'Fast plass ved en venn i friminuttet' })).toBeVisible();
  await importClass(page, 'demo/klasse-7b-excel.csv', '7A vår', 'Vår', '2027-03-01');
  await importClass(page, 'tiny/google-forms.csv', '10C', 'Høst', '2026-09-01');

  await toStart(page);
  expect(await classNames(page)).toEqual(['7A', '7A vår', '10C', 'Demo 7B']);
  const row7a = overview(page).locator('tbody tr').filter({ has: page.getByRole('button', { name: 'Åpne: 7A', exact: true }) });
  await expect(row7a.getByRole('button', { name: 'Åpne oppfølgingslisten for 7A (1)' })).toBeVisible();
  await expect(row7a.locator('td').nth(5)).toHaveText('1');
  await expect(row7a.locator('td').nth(6)).toHaveText('én runde');
  for (const name of PUPIL_NAMES) await expect(overview(page)).not.toContainText(name);
  // The whole start page, evaluations due included, names no pupil before a class is opened: counts per class.
  await expect(page.getByText('7A: 1 evaluering forfalt 1. okt. 2026', { exact: true })).toBeVisible();
  for (const name of PUPIL_NAMES) await expect(page.locator('#main')).not.toContainText(name);
  await expectAccessible(page);
  await screenshot(page, 'school-overview', page.getByRole('heading', { level: 3, name: 'Skoleoversikt' }));

  // Sorting from the keyboard: the header buttons are reachable and say the order with aria-sort.
  const isolatedHeader = overview(page).getByRole('button', { name: 'Sorter etter Isolerte' });
  await isolatedHeader.focus();
  await page.keyboard.press('Enter');
  await expect(overview(page).locator('th[aria-sort=descending]')).toHaveText(/Isolerte/);
  const isolated = async () => (await overview(page).locator('tbody tr td:nth-of-type(3)').allTextContents()).map(Number);
  const down = await isolated();
  expect(down).toEqual([...down].sort((a, b) => b - a));
  await page.keyboard.press('Enter');
  await expect(overview(page).locator('th[aria-sort=ascending]')).toHaveText(/Isolerte/);
  const up = await isolated();
  expect(up).toEqual([...up].sort((a, b) => a - b));

  // The follow-up count opens 7A's living list; the measure with its adult and date is one click on.
  await row7a.getByRole('button', { name: 'Åpne oppfølgingslisten for 7A (1)' }).click();
  await expect(page.getByRole('heading', { level: 3, name: 'Elever under oppfølging i 7A' })).toBeVisible();
  await screenshot(page, 'school-overview-followups', page.getByRole('heading', { level: 3, name: 'Elever under oppfølging i 7A' }));
  await page.getByRole('button', { name: 'Åpne: Åse Bjørnstad' }).click();
  await expect(page.getByRole('cell', { name: 'Kontaktlærer' })).toBeVisible();

  // Rename 7A.
  await toStart(page);
  await page.getByLabel('Klasse som skal endres').selectOption({ label: '7A' });
  await page.getByLabel('Nytt navn på klassen').fill('7A Ås');
  await page.getByRole('button', { name: 'Gi nytt navn' }).click();
  await expect(page.getByText('Klassen heter nå 7A Ås.')).toBeVisible();

  // Move the spring wave ("7A vår", its only wave) into 7A Ås: the confirmation names wave, date, pupils and what goes.
  await page.getByLabel('Klasse som skal endres').selectOption({ label: '7A vår' });
  await page.getByLabel('Flytt runden til').selectOption({ label: '7A Ås' });
  await page.getByRole('button', { name: 'Flytt: Vår' }).click();
  const dialog = page.getByRole('alertdialog');
  await expect(dialog).toContainText('Flytte runden «Vår» (1. mars 2027, 24 elever) fra 7A vår til 7A Ås?');
  await expect(dialog).toContainText('7A vår har ingen andre runder og fjernes.');
  await expect(dialog.getByRole('button', { name: 'Avbryt' })).toBeFocused();
  await expectAccessible(page);
  await screenshot(page, 'manage-classes', page.getByRole('heading', { level: 3, name: 'Endre klasser og runder' }));
  await dialog.getByRole('button', { name: 'Ja, flytt runden' }).click();
  await expect(page.getByText('Runden «Vår» er flyttet til 7A Ås.')).toBeVisible();
  await expect.poll(() => classNames(page)).toEqual(['7A Ås', '10C', 'Demo 7B']);
  const rowAs = overview(page).locator('tbody tr').filter({ has: page.getByRole('button', { name: 'Åpne: 7A Ås', exact: true }) });
  await expect(rowAs.locator('td').first()).toHaveText('1. mars 2027');
  await expect(rowAs.locator('td').nth(6)).toContainText('siden 15. sep. 2026');

  // Delete 10C: the confirmation names the class, its wave, date and pupils; cancelling keeps it.
  await page.getByLabel('Klasse som skal endres').selectOption({ label: '10C' });
  await page.getByRole('button', { name: 'Slett klassen' }).click();
  await expect(page.getByRole('alertdialog')).toContainText('Slette klassen 10C med alle runder (Høst (1. sep. 2026,');
  await page.getByRole('alertdialog').getByRole('button', { name: 'Avbryt' }).click();
  expect(await classNames(page)).toContain('10C');
  await page.getByRole('button', { name: 'Slett klassen' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Ja, slett klassen' }).click();
  await expect(page.getByText('Klassen 10C er slettet.')).toBeVisible();
  await expect.poll(() => classNames(page)).toEqual(['7A Ås', 'Demo 7B']);

  // Nothing else changed: 7A Ås has both waves, and its living list is still there after a reload.
  await page.reload();
  await expect(page.getByRole('heading', { level: 3, name: 'Skoleoversikt' })).toBeVisible();
  await expect(overview(page).getByRole('button', { name: 'Åpne oppfølgingslisten for 7A Ås (1)' })).toBeVisible();
  await overview(page).getByRole('button', { name: 'Åpne: 7A Ås' }).click();
  await expect(page.getByRole('main').getByRole('combobox', { name: /Runde/ })).toContainText('Høst');
  await expect(page.getByRole('main').getByRole('combobox', { name: /Runde/ })).toContainText('Vår');

  // The resource group's sheet, in pseudonym mode: confidential header, page count, classes — no pupil names.
  await toStart(page);
  await page.getByLabel('Pseudonymer (for delt skjerm)').check();
  const { text, pages, sizes } = await printToPdf(page, 'Skriv ut skoleoversikten (fortrolig)', 'school-overview');
  pages.forEach((p, i) => {
    expect(p, `page ${i + 1}`).toContain('Fortrolig — personopplysninger om elever');
    expect(p, `page ${i + 1}`).toContain(`Side ${i + 1} av ${pages.length}`);
  });
  expect(text).toContain('Skoleoversikt for ressursgruppen');
  expect(text).toContain('7A Ås');
  expect(text).toContain('Demo 7B');
  for (const name of [...PUPIL_NAMES, 'Elev ']) expect(text, name).not.toContain(name);
  for (const size of sizes) expect(size).toMatch(/\(A4\)/);

  // The same screen at 1024×768 and at 200 % zoom of a 1366×768 screen (683×384 CSS pixels).
  for (const [viewport, name] of [[{ width: 1024, height: 768 }, 'school-overview-1024'], [{ width: 683, height: 384 }, 'school-overview-200']] as const) {
    await page.setViewportSize(viewport);
    if (viewport.width === 1024) {
      // The change cell: one change a line, in words, and the table fits the screen without its scroller.
      const changes = overview(page).locator('tbody tr').filter({ has: page.getByRole('button', { name: 'Åpne: 7A Ås', exact: true }) }).locator('td').nth(6).locator('.change');
      await expect(changes).toHaveText(['isolerte ±0', 'uten gjensidig venn ±0', 'svar ±0 prosentpoeng', 'siden 15. sep. 2026']);
      expect(await overview(page).evaluate((table) => table.getBoundingClientRect().right <= document.documentElement.clientWidth)).toBe(true);
    }
    await screenshot(page, name, page.getByRole('heading', { level: 3, name: 'Skoleoversikt' }));
    // No part of the page scrolls sideways except the table's own scroller.
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1)).toBe(true);
  }
});

test('in English, the overview and its sheet speak English', async ({ page }) => {
  await page.goto('/');
  await page.getByLabel('Språk').selectOption('en');
  await page.getByRole('navigation').getByRole('button', { name: 'Import a survey' }).click();
  await page.getByLabel(/^Survey export/).setInputFiles(fixturePath('demo/klasse-7b.csv'));
  await page.getByLabel('Class name').fill('7A');
  await page.getByRole('button', { name: 'Save the class' }).click();
  await expect(page.getByRole('heading', { level: 2, name: '7A' })).toBeVisible();
  await page.getByRole('navigation').getByRole('button', { name: 'Classes' }).click();
  await expect(page.getByRole('heading', { level: 3, name: 'School overview' })).toBeVisible();
  await expect(overview(page).getByRole('button', { name: 'Sort by No mutual friend' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 3, name: 'Change classes and waves' })).toBeVisible();
  await screenshot(page, 'school-overview-en', page.getByRole('heading', { level: 3, name: 'School overview' }));
});

/**
 * Every printed sheet, as paper: printed with page.pdf() under print media after its own print button, read
 * back with pdftotext, and checked for its audience (docs/outputs.md). Classroom copies hold names and places
 * only — even after negative and bullying answers were opened for a purpose; teacher sheets carry the
 * confidentiality line and page count on every page. Each sheet's first page is kept as a picture for the
 * user guides, and the PDFs are kept in test-results/sheets for a person to open.
 */
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, openDemo, REPO, test } from './fixtures.ts';
import { CLASSROOM_FORBIDDEN, printToPdf, type Printed } from './print-to-pdf.ts';

const SHEETS = join(REPO, 'apps/dashboard/test-results/sheets');
const IMAGES = join(REPO, 'docs/images');


async function stubPrint(page: Page): Promise<void> {
  await page.addInitScript(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => void ((window as unknown as { printed: number }).printed += 1);
  });
}


async function openSensitive(page: Page, purpose: string): Promise<void> {
  await page.getByRole('button', { name: 'Vis dem for et formål …' }).click();
  await page.getByLabel(/Hvorfor trenger du å se dem/).fill(purpose);
  await page.getByRole('button', { name: 'Vis', exact: true }).click();
  await expect(page.getByText(`Negative svar og mobbesvar vises (formål: ${purpose}).`)).toBeVisible();
}

function expectClassroomCopy(printed: Printed, names: readonly string[]): void {
  expect(printed.pages).toHaveLength(1);
  for (const name of names) expect(printed.text).toContain(name);
  for (const word of CLASSROOM_FORBIDDEN) expect(printed.text.toLowerCase(), word).not.toContain(word.toLowerCase());
}

function expectTeacherSheet(printed: Printed, purpose: string | null): void {
  printed.pages.forEach((text, i) => {
    expect(text, `page ${i + 1}`).toContain('Fortrolig — personopplysninger om elever');
    expect(text, `page ${i + 1}`).toContain('Demo 7B');
    expect(text, `page ${i + 1}`).toContain(`Side ${i + 1} av ${printed.pages.length}`);
  });
  if (purpose) expect(printed.text.replace(/\s+/g, ' ')).toContain(`åpnet for formålet «${purpose}»`);
}

const DEMO_NAMES = ['Selma Rønning', 'Åse Bjørnstad'];

test.beforeEach(async ({ page }) => stubPrint(page));

test('groups: the classroom copy holds names in boxes only, even with bullying answers open; the teacher copy says why and is confidential', async ({ page }) => {
  await openDemo(page);
  await openSensitive(page, 'Planlegge grupper etter mobbesak');
  await page.getByRole('tab', { name: 'Grupper' }).click();
  await page.getByRole('button', { name: 'Lag grupper' }).click();
  await expect(page.getByText('✓ Alle reglene er oppfylt.')).toBeVisible();
  const classroom = await printToPdf(page, 'Skriv ut klassekopi', 'groups-classroom');
  expectClassroomCopy(classroom, DEMO_NAMES);
  expect(classroom.text).toContain('Gruppe 1');
  expect(classroom.sizes[0]).toContain('A4');
  const teacher = await printToPdf(page, 'Skriv ut lærerkopi (fortrolig)', 'groups-teacher');
  expectTeacherSheet(teacher, 'Planlegge grupper etter mobbesak');
  expect(teacher.text).toContain('Regelsjekk');
  expect(teacher.text).toMatch(/sammen med valgt venn: /);
  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(2);
});

test('seating: the classroom copy is the room on one A4 page with names only; desk-mates share a line on paper and at 200 % zoom', async ({ page }) => {
  await openDemo(page);
  await openSensitive(page, 'Klassekart etter mobbesak');
  await page.getByRole('tab', { name: 'Klassekart' }).click();
  await page.getByRole('button', { name: 'Lag klassekart' }).click();
  await expect(page.getByText('✓ Alle reglene er oppfylt.')).toBeVisible();
  const classroom = await printToPdf(page, 'Skriv ut klassekopi', 'seating-classroom');
  expectClassroomCopy(classroom, DEMO_NAMES);
  expect(classroom.text).toContain('Tavle');

  // Under print media, every desk's seats have the same top on the printed map (printing ends the selection).
  await page.getByRole('button', { name: 'Skriv ut klassekopi', exact: true }).click();
  await page.emulateMedia({ media: 'print' });
  const printedTops = await page.locator('.print-sheet[data-active] .seat').evaluateAll((seats) =>
    seats.map((s) => ({ desk: s.getAttribute('data-desk')!, top: Math.round(s.getBoundingClientRect().top) })));
  expect(printedTops.length).toBeGreaterThan(20);
  expectDesksOnOneLine(printedTops);
  // Back to no emulation: page.pdf() prints with print media only when no media is emulated.
  await page.emulateMedia({ media: null });

  const teacher = await printToPdf(page, 'Skriv ut lærerkopi (fortrolig)', 'seating-teacher');
  expectTeacherSheet(teacher, 'Klassekart etter mobbesak');

  // 200 % zoom of a 1366×768 screen is a 683×384 CSS-pixel viewport: rows scroll, desks never split.
  for (const viewport of [{ width: 1366, height: 768 }, { width: 1024, height: 768 }, { width: 683, height: 384 }]) {
    await page.setViewportSize(viewport);
    const tops = await page.locator('.room .seat').evaluateAll((seats) =>
      seats.map((s) => ({ desk: s.closest('.desk')!.getAttribute('data-desk')!, top: Math.round(s.getBoundingClientRect().top) })));
    expectDesksOnOneLine(tops);
    await page.locator('.room').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHEETS, `seating-screen-${viewport.width}.png`) });
  }
});

function expectDesksOnOneLine(seats: readonly { desk: string; top: number }[]): void {
  const byDesk = new Map<string, Set<number>>();
  for (const { desk, top } of seats) byDesk.set(desk, (byDesk.get(desk) ?? new Set()).add(top));
  for (const [desk, tops] of byDesk) expect(tops.size, desk).toBe(1);
}

test('support group: one confidential page with the pupil, the members, the contact adult and the dates; the next pupil starts empty', async ({ page }) => {
  await openDemo(page);
  await page.getByRole('tab', { name: 'Elevtabell' }).click();
  await page.getByRole('button', { name: 'Selma Rønning' }).click();
  await page.getByRole('button', { name: 'Foreslå en støttegruppe' }).click();
  await page.getByLabel('Kontaktvoksen').fill('Kari Lærer (kontaktlærer)');
  await page.getByLabel('Evalueres').fill('2027-01-15');
  await page.getByLabel('Avtalt med eleven').check();
  await page.getByRole('button', { name: 'Lagre støttegruppen' }).click();
  await expect(page.getByText('Støttegruppen er lagret.')).toBeVisible();
  const sheet = await printToPdf(page, 'Skriv ut støttegruppen', 'support-group');
  expect(sheet.pages).toHaveLength(1);
  expectTeacherSheet(sheet, null);
  expect(sheet.text).toContain('Støttegruppe for Selma Rønning');
  expect(sheet.text).toContain('Kari Lærer (kontaktlærer)');
  expect(sheet.text).toContain('15. jan. 2027');
  expect(sheet.text).toContain('Åse Bjørnstad');

  // Another pupil's panel starts from that pupil's own (empty) support group, not Selma's.
  await page.getByRole('button', { name: 'Lukk' }).first().click();
  await page.getByRole('button', { name: 'Leah Ahmed' }).click();
  await expect(page.getByRole('heading', { level: 4, name: 'Støttegruppe: Leah Ahmed' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Foreslå en støttegruppe' })).toBeVisible();
  await expect(page.getByText('Støttegruppen er lagret.')).toBeHidden();
});

test('meeting sheet: confidential on every page, figures, sociogram, follow-up list and decisions on at most two pages; English too', async ({ page }) => {
  await openDemo(page);
  await page.getByRole('tab', { name: 'Møteark' }).click();
  const sheet = await printToPdf(page, 'Skriv ut eller lagre som PDF', 'meeting-sheet');
  expect(sheet.pages.length).toBeGreaterThanOrEqual(1);
  expect(sheet.pages.length).toBeLessThanOrEqual(2);
  expectTeacherSheet(sheet, null);
  for (const heading of ['Klassen i tall', 'Svarprosent', 'Hvem trenger oppfølging', 'Planlagte tiltak', 'Vedtak og ansvar']) expect(sheet.text).toContain(heading);
  // Closed answers stay closed on paper: no bullying indicator is named, only counted.
  expect(sheet.text.replace(/\s+/g, ' ')).toMatch(/\d+ indikatorer bygger på svar på negative spørsmål eller mobbespørsmål, som er lukket, og er ikke med her\./);
  expect(sheet.text).not.toMatch(/mobbet|mobber /i);
  expect(await page.locator('.print-sheet[data-sheet="meeting-sheet"] svg.sociogram').count()).toBe(1);

  await page.getByLabel('Språk').selectOption('en');
  const english = await printToPdf(page, 'Print or save as PDF', 'meeting-sheet-en');
  english.pages.forEach((text, i) => {
    expect(text).toContain('Confidential — personal data about pupils');
    expect(text).toContain(`Page ${i + 1} of ${english.pages.length}`);
  });
  expect(english.text).toContain('The class in figures');
});

test('projector mode: larger type, negative and bullying answers closed and kept closed, pseudonyms offered; groups readable at 1024×768', async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  await openDemo(page);
  await openSensitive(page, 'Forberede møtet');
  const normal = await page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
  await page.getByLabel('Projektormodus').check();
  expect(await page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize))).toBeGreaterThan(normal * 1.15);
  await expect(page.getByText('Negative svar og mobbesvar er skjult. De holdes lukket i projektormodus.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Vis dem for et formål …' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Bruk pseudonymer' }).click();
  await expect(page.getByLabel('Pseudonymer')).toBeChecked();
  await page.getByRole('tab', { name: 'Grupper' }).click();
  await page.getByRole('button', { name: 'Lag grupper' }).click();
  await expect(page.getByText('✓ Alle reglene er oppfylt.')).toBeVisible();
  await expect(page.getByText('Selma Rønning')).toHaveCount(0);
  await page.locator('ul.groups').scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(SHEETS, 'projector-groups-1024.png') });
  await page.screenshot({ path: join(IMAGES, 'projector.png') });
  // Printing from projector mode follows the same rules: the teacher copy shows no opened answers.
  const teacher = await printToPdf(page, 'Skriv ut lærerkopi (fortrolig)', 'groups-teacher-projector', { picture: false });
  expect(teacher.text).not.toContain('Selma Rønning');
  expect(teacher.text).not.toContain('åpnet for formålet');
});

test('CSV exports of groups and seating hold names and places only, even with bullying answers open', async ({ page }) => {
  await openDemo(page);
  await openSensitive(page, 'Eksport etter mobbesak');
  const read = async (button: string) => {
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: button, exact: true }).click();
    const file = await (await download).path();
    return (await import('node:fs')).readFileSync(file, 'utf8');
  };
  await page.getByRole('tab', { name: 'Grupper' }).click();
  await page.getByRole('button', { name: 'Lag grupper' }).click();
  await expect(page.getByText('✓ Alle reglene er oppfylt.')).toBeVisible();
  const groups = await read('Lagre som CSV');
  await page.getByRole('tab', { name: 'Klassekart' }).click();
  await page.getByRole('button', { name: 'Lag klassekart' }).click();
  await expect(page.getByRole('tabpanel', { name: 'Klassekart' }).getByText('✓ Alle reglene er oppfylt.')).toBeVisible();
  const seating = await read('Lagre som CSV');
  for (const csv of [groups, seating]) {
    for (const name of DEMO_NAMES) expect(csv).toContain(name);
    for (const word of CLASSROOM_FORBIDDEN.filter((w) => w !== '!')) expect(csv.toLowerCase(), word).not.toContain(word.toLowerCase());
  }
  // A seat in words holds commas, so the cell is quoted (read back with , or ; as the delimiter).
  expect(seating).toMatch(/"Rad 1, pult 1, plass 1";/);
  expect(groups.split('\n').filter(Boolean)).toHaveLength(1 + 25);
});

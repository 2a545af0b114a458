/**
 * Next year's classes (issue #20 item 4): two stored classes (an imported class with a bullying question, and
 * the demo class) are planned into two new classes in Web Workers; a long search is stopped; a protected pupil
 * moved away from every chosen friend turns the live rule check red and undo mends it; the class lists
 * (classroom) and the rationale (meeting) are printed to A4 and read back with pdftotext. Screenshots for the
 * user guides at 1366×768, 1024×768 and 200 %.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, expectAccessible, fixturePath, screenshot, test } from './fixtures.ts';
import { CLASSROOM_FORBIDDEN, printToPdf } from './print-to-pdf.ts';

/** Words no classroom copy may hold (print-to-pdf.ts), and the make-up of a class: support, gender. */
const CLASSES_FORBIDDEN = [...CLASSROOM_FORBIDDEN, 'støtte', 'support', 'jente', 'girl', 'gutt', 'boy'];

async function importBullyingClass(page: Page): Promise<void> {
  await page.goto('/');
  await page.getByRole('navigation').getByRole('button', { name: 'Importer en undersøkelse' }).click();
  await page.getByLabel('Eksport fra undersøkelsen (CSV eller Excel .xlsx)').setInputFiles(fixturePath('tiny/bullying-class.csv'));
  await page.getByLabel('Klassens navn').fill('7A');
  await page.getByRole('button', { name: 'Lagre klassen' }).click();
  await expect(page.getByRole('heading', { level: 2, name: '7A' })).toBeVisible();
  // The class teacher marks Anna Berg as protected (saved with the class; the class planner takes it over).
  await page.getByRole('tab', { name: 'Grupper' }).click();
  await page.getByText(/^Beskyttede elever \(\d+\)$/).click();
  await page.getByRole('checkbox', { name: 'Anna Berg' }).check();
}

async function openNextClasses(page: Page): Promise<void> {
  await page.getByRole('navigation').getByRole('button', { name: 'Neste skoleår' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Neste års klasser' })).toBeVisible();
  // The invented demo class is never ticked by default; ticked beside a real class, a warning says its pupils are invented.
  const demo = page.getByRole('checkbox', { name: /^Demo 7B/ });
  await expect(demo).not.toBeChecked();
  await expect(page.getByRole('checkbox', { name: /^7A/ })).toBeChecked();
  // The wave imported without a name (its date) is written as a Norwegian day, not 2026-12-03.
  await expect(page.getByRole('checkbox', { name: /^7A/ })).toHaveAccessibleName(/^7A · 8 elever · \d{1,2}\. [a-zæøå]+\.? \d{4}$/);
  await expect(page.getByText(/Demoklassen er valgt sammen med ekte klasser/)).toHaveCount(0);
  await demo.check();
  await expect(page.getByRole('alert').filter({ hasText: 'Demoklassen er valgt sammen med ekte klasser. Elevene i demoklassen er oppdiktet' })).toBeVisible();
  await expect(page.getByText('33 elever fra 2 klasser.')).toBeVisible();
  await page.getByLabel('Antall nye klasser').fill('2');
  // 0 is no cap, and the field says so.
  await expect(page.getByLabel('Høyst så mange fra samme klasse i en ny klasse (0 = ingen grense)')).toHaveValue('0');
}


test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    window.print = () => undefined;
  });
});

test('plans two stored classes into two new classes in a worker, stops a long search, and checks the rules live after a move', async ({ page }) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 1366, height: 768 });
  await importBullyingClass(page);
  await openNextClasses(page);
  await expectAccessible(page);

  // A 30-second search, stopped: progress shown, no plan made.
  await page.getByLabel('Søketid').selectOption({ label: '30 sekunder' });
  await page.getByRole('button', { name: 'Lag klasser' }).click();
  await expect(page.getByRole('progressbar', { name: 'Søket etter klasser' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Leter etter klasser i opptil 30 sekunder …' })).toBeVisible();
  // The bar moves with the time passed.
  await expect.poll(() => page.getByRole('progressbar').evaluate((bar) => (bar as HTMLProgressElement).value)).toBeGreaterThan(0);
  await page.getByRole('button', { name: 'Stopp' }).click();
  await expect(page.getByText('Søket ble stoppet. Ingen klasser ble laget.')).toBeVisible();
  await expect(page.getByRole('list', { name: 'Nye klasser' })).toHaveCount(0);

  // A 1-second search: two classes with every guarantee met.
  await page.getByLabel('Søketid').selectOption({ label: '1 sekund' });
  await page.getByRole('button', { name: 'Lag klasser' }).click();
  await expect(page.getByText('2 nye klasser er laget. Alle regler er sjekket.')).toBeVisible({ timeout: 15_000 });
  const board = page.getByRole('list', { name: 'Nye klasser' });
  await expect(board.locator('.group-card')).toHaveCount(2);
  await expect(board.locator('.chip')).toHaveCount(33);
  const guarantees = page.getByRole('region', { name: 'Dette holder planen' });
  await expect(guarantees).toContainText(/✓ Alle \d+ beskyttede elever som valgte noen, går i klasse med minst én av dem\./);
  await expect(guarantees).toContainText(/✓ Alle \d+ par som skal holdes fra hverandre, går i ulike klasser\./);
  await expect(board.locator('.group-card').first()).toContainText(/\d+ elever · \d+ jenter, \d+ gutter( · \d+ ukjent kjønn)? · fra 7A \d+, Demo 7B \d+/);
  // 7A's roster has no gender: its 8 pupils are counted as unknown gender in the class headers.
  const unknown = await board.locator('.group-card').evaluateAll((cards) => cards.map((c) => Number(/(\d+) ukjent kjønn/.exec(c.textContent ?? '')?.[1] ?? 0)).reduce((a, b) => a + b, 0));
  expect(unknown).toBe(8);
  await expectAccessible(page);
  await screenshot(page, 'next-classes', page.getByRole('heading', { level: 2, name: 'Neste års klasser' }));
  await screenshot(page, 'next-classes-board', guarantees);

  // Anna Berg (protected by her teacher) keeps a chosen friend; moving her friends out of her class by keyboard breaks that.
  await guarantees.getByText(/Hver beskyttet elev/).click();
  await expect(guarantees.getByText(/^✓ Anna Berg er sammen med .+, som Anna Berg valgte\.$/)).toBeVisible();
  const annaCard = () => board.locator('.group-card').filter({ has: page.getByText('Anna Berg', { exact: true }) });
  await expect(annaCard()).toContainText('★ 1 av 1 beskyttede har en valgt venn her');
  await page.getByRole('button', { name: 'Hvorfor er Anna Berg i denne klassen?' }).click();
  const why = page.getByRole('region', { name: 'Hvorfor er Anna Berg i denne klassen?' });
  await expect(why).toContainText('Anna Berg går nå i 7A.');
  await expect(why).toContainText(/✓ Anna Berg er sammen med .+, som Anna Berg valgte\./);
  await why.getByRole('button', { name: 'Lukk' }).click();
  let moves = 0;
  for (const friend of ['Bjørn Dahl', 'Cecilie Ås']) {
    const chip = annaCard().locator('.chip').filter({ has: page.getByText(friend, { exact: true }) });
    if ((await chip.count()) === 0) continue;
    const button = chip.locator('.chip-name');
    await button.press('Enter');
    await button.press('ArrowRight');
    await button.press('Enter');
    moves++;
    await expect(page.getByRole('status').filter({ hasText: new RegExp(`^${friend} er flyttet til klasse \\d\\.`) })).toBeVisible();
  }
  expect(moves).toBeGreaterThan(0);
  // The last move took Anna's last chosen friend away: the status says a rule is now broken.
  await expect(page.getByRole('status').filter({ hasText: /er flyttet til klasse \d\. Nå brytes \d+ regler? – se listen over\./ })).toBeVisible();
  await expect(guarantees).toContainText(/✗ Bare \d+ av \d+ beskyttede elever som valgte noen, går i klasse med minst én av dem\./);
  // In the list of broken rules and in the per-pupil list.
  await expect(guarantees.getByText('✗ Anna Berg har ingen av sine valgte venner i klassen.')).toHaveCount(2);
  await expect(annaCard().locator('.chip').filter({ has: page.getByText('Anna Berg', { exact: true }) })).toHaveClass(/broken/);
  await expect(annaCard()).toContainText('★ 0 av 1 beskyttede har en valgt venn her');
  // A kept-apart pair from closed (negative or bullying) answers is never named here; at most counted.
  await expect(guarantees).not.toContainText('men skal holdes fra hverandre');
  await screenshot(page, 'next-classes-moved', guarantees);
  for (let k = 0; k < moves; k++) await page.getByRole('button', { name: 'Angre' }).click();
  await expect(guarantees).toContainText(/✓ Alle \d+ beskyttede elever som valgte noen/);

  // Mouse: drag a pupil to the other class and back is the same move; here a click-then-click move.
  const first = board.locator('.group-card').nth(0).locator('.chip-name').first();
  const moved = (await first.locator('.member').textContent())!;
  await first.click();
  await board.locator('.group-card').nth(1).getByRole('button', { name: 'Flytt hit: klasse 2' }).click();
  await expect(board.locator('.group-card').nth(1).getByText(moved, { exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Angre' }).click();

  // Projected (the meeting's rule): no ★, no count of protected pupils per class.
  await page.getByLabel('Projektormodus').check();
  await expect(board).not.toContainText('★');
  await expect(board).not.toContainText('beskyttede');
  await page.getByLabel('Projektormodus').uncheck();
  await expect(board).toContainText('★');

  // Smaller screens and 200 %.
  await page.setViewportSize({ width: 1024, height: 768 });
  await screenshot(page, 'next-classes-1024', page.getByRole('heading', { level: 2, name: 'Neste års klasser' }));
  await page.setViewportSize({ width: 683, height: 384 });
  await screenshot(page, 'next-classes-200', guarantees);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, 'no sideways scrolling at 200 %').toBeLessThanOrEqual(0);

  // In English, the plan stays on screen (in memory) and its words follow the language.
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.getByLabel('Språk').selectOption('en');
  const inEnglish = page.getByRole('region', { name: 'What the plan holds' });
  await expect(inEnglish).toContainText(/✓ All \d+ protected pupils who chose someone share a class with at least one of them\./);
  await expect(page.getByRole('list', { name: 'New classes' }).locator('.chip')).toHaveCount(33);
  await screenshot(page, 'next-classes-en', page.getByRole('heading', { level: 2, name: "Next year's classes" }));
});

test('prints class lists with names only, and a confidential rationale with the guarantees', async ({ page }) => {
  test.setTimeout(60_000);
  await importBullyingClass(page);
  await openNextClasses(page);
  await page.getByLabel('Søketid').selectOption({ label: '1 sekund' });
  await page.getByRole('button', { name: 'Lag klasser' }).click();
  await expect(page.getByText('2 nye klasser er laget. Alle regler er sjekket.')).toBeVisible({ timeout: 15_000 });

  const lists = await printToPdf(page, 'Skriv ut klasselister', 'next-classes-lists');
  expect(lists.sizes.every((s) => s.includes('(A4)'))).toBe(true);
  expect(lists.pages).toHaveLength(1);
  for (const name of ['Anna Berg', 'Fredrik Moe', 'Selma Rønning', 'Åse Bjørnstad', 'Klasse 1', 'Klasse 2']) expect(lists.text).toContain(name);
  for (const word of CLASSES_FORBIDDEN) expect(lists.text.toLowerCase(), word).not.toContain(word.toLowerCase());
  // Names only: no previous class either.
  expect(lists.text).not.toContain('(7A)');

  const rationale = await printToPdf(page, 'Skriv ut begrunnelse (fortrolig)', 'next-classes-rationale');
  expect(rationale.sizes.every((s) => s.includes('(A4)'))).toBe(true);
  rationale.pages.forEach((text, i) => {
    expect(text, `page ${i + 1}`).toContain('Fortrolig — personopplysninger om elever');
    expect(text, `page ${i + 1}`).toContain('7A, Demo 7B');
    expect(text, `page ${i + 1}`).toContain(`Side ${i + 1} av ${rationale.pages.length}`);
  });
  const flat = rationale.text.replace(/\s+/g, ' ');
  expect(flat).toMatch(/Alle \d+ beskyttede elever som valgte noen, går i klasse med minst én av dem\./);
  expect(flat).toMatch(/Alle \d+ par som skal holdes fra hverandre, går i ulike klasser\./);
  expect(flat).toContain('Anna Berg (7A)');
  // Bullying answers are closed in this view: the reason a pair is kept apart is never printed.
  expect(flat).not.toMatch(/mobb/i);
});

test('plans from one dropped transition file split by its previous-class column, and says which file cannot be used', async ({ page }) => {
  test.setTimeout(60_000);
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto('/');
  await page.getByRole('navigation').getByRole('button', { name: 'Neste skoleår' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Neste års klasser' })).toBeVisible();
  const file = page.getByLabel('Eller planlegg fra én overgangsfil (slipp den her)');

  // A file with one class only: refused with the file named, nothing planned from it.
  await file.setInputFiles({ name: 'en-klasse.csv', mimeType: 'text/csv', buffer: Buffer.from('Navn,Venner\nOla,Kari\nKari,Ola\n') });
  await expect(page.getByRole('alert')).toContainText('en-klasse.csv har ingen kolonne for forrige klasse');
  // An empty file: the reader's own issue, located by file.
  await file.setInputFiles({ name: 'tom.csv', mimeType: 'text/csv', buffer: Buffer.from('') });
  await expect(page.getByRole('alert')).toContainText('tom.csv kunne ikke leses');
  await expect(page.getByRole('alert')).toContainText('tom.csv');

  // The grade's export with a "Forrige klasse" column: three previous classes, 23 pupils, planned into two.
  const grade = readFileSync(fixturePath('school/grade-7-google-forms.csv'), 'utf8').replace(',Klasse,', ',Forrige klasse,');
  await file.setInputFiles({ name: 'overgang-7.csv', mimeType: 'text/csv', buffer: Buffer.from(grade) });
  await expect(page.getByText('Planlegger fra overgang-7.csv: 7A, 7B, 7C.')).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(page.getByText('23 elever fra 3 klasser.')).toBeVisible();
  await expect(page.getByRole('checkbox', { name: /^Demo 7B/ })).toBeDisabled();
  await page.getByLabel('Antall nye klasser').fill('2');
  await page.getByLabel('Søketid').selectOption({ label: '1 sekund' });
  await page.getByRole('button', { name: 'Lag klasser' }).click();
  const board = page.getByRole('list', { name: 'Nye klasser' });
  await expect(board.locator('.group-card')).toHaveCount(2, { timeout: 15_000 });
  await expect(board.locator('.chip')).toHaveCount(23);
  await expect(board.locator('.group-card').first()).toContainText(/fra 7[ABC] \d+/);
  await screenshot(page, 'next-classes-transition', page.getByRole('heading', { level: 2, name: 'Neste års klasser' }));

  // Back to the stored classes.
  await page.getByRole('button', { name: 'Bruk de lagrede klassene i stedet' }).click();
  await expect(page.getByRole('checkbox', { name: /^Demo 7B/ })).toBeEnabled();
  await expect(board).toHaveCount(0);
});

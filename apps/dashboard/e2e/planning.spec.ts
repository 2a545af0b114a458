import { readFileSync } from 'node:fs';
import { analyseSurvey, derivePlanningProblem, importSurvey } from '@sociogram/core';
import { compileGroupModel } from '@sociogram/core/internal';
import { expect, expectAccessible, fixturePath, openDemo, screenshot, test } from './fixtures.ts';
import type { Page } from '@playwright/test';

async function importClass(page: Page, file: string, className: string, roster?: string): Promise<void> {
  await page.getByRole('navigation').getByRole('button', { name: 'Importer en undersøkelse' }).click();
  if (roster) await page.getByLabel('Klasseliste (valgfri)').setInputFiles(fixturePath(roster));
  await page.getByLabel('Eksport fra undersøkelsen (CSV eller Excel .xlsx)').setInputFiles(fixturePath(file));
  await page.getByLabel('Klassens navn').fill(className);
  await page.getByRole('button', { name: 'Lagre klassen' }).click();
  await expect(page.getByRole('heading', { level: 2, name: className })).toBeVisible();
}

/** Groups as shown on the cards, by pupil name. */
async function shownGroups(page: Page): Promise<string[][]> {
  const cards = page.getByRole('list', { name: 'Grupper' }).getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3 }) });
  const groups: string[][] = [];
  for (const card of await cards.all()) groups.push((await card.locator('.member').allInnerTexts()).map((text) => text.replace(' ★', '')));
  return groups;
}

test('groups for the demo class keep every rule: no reported pair together, every vulnerable pupil with a friend they chose', async ({ page }) => {
  await openDemo(page);
  await page.getByRole('tab', { name: 'Grupper' }).click();
  await page.getByRole('button', { name: 'Lag grupper' }).click();
  await expect(page.getByText('✓ Alle reglene er oppfylt.')).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, 'groups', page.getByRole('tablist'));

  const imported = importSurvey(readFileSync(fixturePath('demo/klasse-7b.csv')), { roster: readFileSync(fixturePath('demo/klasse-7b-roster.csv')) });
  const problem = derivePlanningProblem(imported.survey, analyseSurvey(imported.survey), { groupSize: 4 });
  const model = compileGroupModel(problem);
  const groups = await shownGroups(page);
  expect(groups.flat().sort()).toEqual(problem.pupils.map((p) => p.name!).sort());
  const groupOf = new Map(groups.flatMap((g, k) => g.map((n) => [n, k] as const)));
  const nameOf = (id: string) => problem.pupils.find((p) => p.id === id)!.name!;
  for (const [a, b] of [...(problem.bullying ?? []), ...(problem.negative ?? [])]) expect(groupOf.get(nameOf(a))).not.toBe(groupOf.get(nameOf(b)));
  model.pupils.forEach((pupil, i) => {
    if (!model.mustCover[i]) return;
    expect(model.admissibleOf[i]!.some((j) => groupOf.get(model.pupils[j]!.name) === groupOf.get(pupil.name)), pupil.name).toBe(true);
  });

  // Another suggestion gives other groups (the demo class has several equally good plans), rules still met.
  const partition = (list: string[][]) => JSON.stringify(list.map((g) => [...g].sort()).sort());
  await page.getByRole('button', { name: 'Et annet forslag' }).click();
  await expect(page.getByRole('button', { name: 'Et annet forslag' })).toBeEnabled({ timeout: 15_000 });
  await expect.poll(async () => partition(await shownGroups(page))).not.toBe(partition(groups));
  await expect(page.getByText('✓ Alle reglene er oppfylt.')).toBeVisible();

  // Keep Selma and a groupmate where they are: another suggestion keeps them together.
  const selmaGroup = (await shownGroups(page)).find((g) => g.includes('Selma Rønning'))!;
  const mate = selmaGroup.find((n) => n !== 'Selma Rønning')!;
  await page.getByRole('button', { name: 'Behold Selma Rønning i denne gruppen' }).click();
  await page.getByRole('button', { name: `Behold ${mate} i denne gruppen` }).click();
  await expect(page.getByRole('button', { name: 'Behold Selma Rønning i denne gruppen' })).toHaveAttribute('aria-pressed', 'true');
  const selmaAt = (await shownGroups(page)).findIndex((g) => g.includes('Selma Rønning'));
  await page.getByRole('button', { name: 'Et annet forslag' }).click();
  await expect(page.getByRole('button', { name: 'Et annet forslag' })).toBeEnabled({ timeout: 15_000 });
  await expect(page.getByText('✓ Alle reglene er oppfylt.')).toBeVisible();
  expect((await shownGroups(page)).find((g) => g.includes('Selma Rønning'))).toContain(mate);
  // Kept in the very group the teacher sees, also after a reload of a saved plan.
  expect((await shownGroups(page)).findIndex((g) => g.includes('Selma Rønning'))).toBe(selmaAt);

  await page.getByRole('button', { name: 'Hvorfor er Selma Rønning her?' }).click();
  await expect(page.getByRole('heading', { level: 3, name: 'Hvorfor er Selma Rønning her?' })).toBeVisible();
  await expect(page.getByText(/Selma Rønning er sammen med .+, som Selma Rønning valgte\./)).toBeVisible();
  await page.getByRole('button', { name: 'Lagre planen' }).click();
  await expect(page.getByText('Planen er lagret.')).toBeVisible();
});

test('moving a pupil into a group with the pupil reported as bullying them shows the rule as broken; undo restores it', async ({ page }) => {
  await page.goto('/');
  await importClass(page, 'tiny/bullying-class.csv', 'Plangruppen');
  await page.getByRole('tab', { name: 'Grupper' }).click();
  await page.getByLabel('Gruppestørrelse').fill('2');
  await page.getByRole('button', { name: 'Lag grupper' }).click();
  await expect(page.getByText('✓ Alle reglene er oppfylt.')).toBeVisible();
  const groups = await shownGroups(page);
  const fredrik = groups.findIndex((g) => g.includes('Fredrik Moe'));
  const anna = groups.findIndex((g) => g.includes('Anna Berg'));
  // With the keyboard: pick Anna up, arrow to Fredrik's group, drop.
  await page.getByRole('button', { name: 'Anna Berg', exact: true }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByText('Anna Berg er plukket opp fra gruppe', { exact: false })).toBeAttached();
  for (let k = 0; k < (fredrik - anna + groups.length) % groups.length; k++) await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Enter');
  await expect(page.getByText(`Anna Berg er flyttet til gruppe ${fredrik + 1}.`)).toBeAttached();
  await expect(page.getByRole('button', { name: 'Anna Berg', exact: true })).toBeFocused();
  await expect(page.getByText('✗ 2 regler er brutt:')).toBeVisible();
  await expect(page.getByText('✗ Anna Berg og Fredrik Moe er i samme gruppe, men skal holdes fra hverandre.')).toBeVisible();
  // The unsaved change survives a look at another tab.
  await page.getByRole('tab', { name: 'Sosiogram' }).click();
  await expect(page.getByRole('group', { name: /Sosiogram for Plangruppen/ })).toBeVisible();
  await page.getByRole('tab', { name: 'Grupper' }).click();
  await expect(page.getByText('✗ Anna Berg og Fredrik Moe er i samme gruppe, men skal holdes fra hverandre.')).toBeVisible();
  await page.getByRole('button', { name: 'Angre' }).click();
  await expect(page.getByText('✓ Alle reglene er oppfylt.')).toBeVisible();

  // The same with the mouse: drag Anna onto Fredrik's group card.
  const cards = page.getByRole('list', { name: 'Grupper' }).locator(':scope > li');
  await page.getByRole('listitem').filter({ has: page.getByText('Anna Berg', { exact: true }) }).last().dragTo(cards.nth(fredrik));
  await expect(page.getByText('✗ Anna Berg og Fredrik Moe er i samme gruppe, men skal holdes fra hverandre.')).toBeVisible();
  expect((await shownGroups(page))[fredrik]).toContain('Anna Berg');
  await page.getByRole('button', { name: 'Angre' }).click();
  await expect(page.getByText('✓ Alle reglene er oppfylt.')).toBeVisible();

  // With every pupil locked there is no other plan: the app says so and keeps the groups.
  const before = await shownGroups(page);
  for (const button of await page.getByRole('button', { name: /^Behold .+ i denne gruppen$/ }).all()) {
    await button.click();
    await expect(button).toHaveAttribute('aria-pressed', 'true');
  }
  await page.getByRole('button', { name: 'Et annet forslag' }).click();
  await expect(page.getByText('Fant ingen annen plan som holder reglene', { exact: false })).toBeVisible({ timeout: 15_000 });
  expect(await shownGroups(page)).toEqual(before);
});

test('seating plan: generated with every rule met; Ctrl+P prints the classroom copy alone, without the app around it', async ({ page }) => {
  await openDemo(page);
  await page.getByRole('tab', { name: 'Klassekart' }).click();
  await page.getByRole('button', { name: 'Lag klassekart' }).click();
  await expect(page.getByText('✓ Alle reglene er oppfylt.')).toBeVisible();
  await expect(page.getByRole('group', { name: 'Rad 1', exact: true })).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, 'seating', page.getByRole('tablist'));
  // What Ctrl+P does: the browser fires beforeprint, then lays the page out for print.
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('header.app')).toBeHidden();
  await expect(page.locator('main')).toBeHidden();
  const sheet = page.locator('.print-sheet[data-sheet="seating-classroom"]');
  await expect(sheet).toBeVisible();
  await expect(sheet.locator('text', { hasText: 'Selma Rønning' })).toHaveCount(1);
  await page.emulateMedia({ media: null });
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  await expect(page.locator('main')).toBeVisible();
});

test('a saved seating plan comes back with its room after a reload, seats named in words, and shows on the meeting sheet', async ({ page }) => {
  await openDemo(page);
  await page.getByRole('tab', { name: 'Klassekart' }).click();
  await page.getByRole('spinbutton', { name: 'Rader' }).fill('6');
  await page.getByLabel('Lærerens pult').selectOption('back');
  await page.getByRole('button', { name: 'Lag klassekart' }).click();
  await expect(page.getByText('✓ Alle reglene er oppfylt.')).toBeVisible();
  // Move Selma to the last seat of the room by its name in words.
  await page.locator('.room').getByRole('button', { name: 'Selma Rønning', exact: true }).click();
  await page.getByRole('group', { name: 'Rad 6, pult 3, plass 2' }).locator('.seat-name').click();
  await expect(page.getByText(/har byttet\./)).toBeVisible();
  await expect(page.getByRole('group', { name: 'Rad 6, pult 3, plass 2' }).getByText('Selma Rønning', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Lagre planen' }).click();
  await expect(page.getByText('Planen er lagret.')).toBeVisible();

  await page.reload();
  await page.getByRole('button', { name: 'Åpne: Demo 7B' }).click();
  await page.getByRole('tab', { name: 'Klassekart' }).click();
  await expect(page.getByRole('spinbutton', { name: 'Rader' })).toHaveValue('6');
  await expect(page.getByLabel('Lærerens pult')).toHaveValue('back');
  await expect(page.getByRole('group', { name: 'Rad 6, pult 3, plass 2' }).getByText('Selma Rønning', { exact: true })).toBeVisible();

  await page.getByRole('tab', { name: 'Møteark' }).click();
  await expect(page.getByRole('heading', { level: 4, name: 'Klassekart' })).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: 'Rad 6:' })).toContainText(/Selma Rønning$/);

  // Changing the room after opening a saved plan keeps the change (the saved plan is not forced back).
  await page.getByRole('tab', { name: 'Klassekart' }).click();
  await page.getByRole('spinbutton', { name: 'Rader' }).fill('7');
  await page.getByRole('spinbutton', { name: 'Rader' }).press('Tab');
  await expect(page.getByRole('spinbutton', { name: 'Rader' })).toHaveValue('7');
  await expect(page.getByRole('group', { name: 'Rad 6', exact: true })).toHaveCount(0);
  await page.getByRole('button', { name: 'Lag klassekart' }).click();
  await expect(page.getByRole('group', { name: 'Rad 7', exact: true })).toBeVisible();
});

test('support group and a dated follow-up plan, which survive a reload and show on the meeting sheet', async ({ page }) => {
  await openDemo(page);
  await page.getByRole('tab', { name: 'Elevtabell' }).click();
  await page.getByRole('button', { name: 'Selma Rønning' }).click();
  await page.getByRole('button', { name: 'Foreslå en støttegruppe' }).click();
  await expect(page.locator('main').getByText('Selma Rønning valgte Åse Bjørnstad.')).toBeVisible();
  await page.getByLabel('Avtalt med eleven').check();
  await page.getByRole('button', { name: 'Lagre støttegruppen' }).click();
  await expect(page.getByText('Støttegruppen er lagret.')).toBeVisible();
  await page.getByLabel('Tiltak', { exact: true }).fill('Fast plass ved Åse i friminuttet');
  await page.getByLabel('Ansvarlig voksen').fill('Kontaktlærer');
  await page.getByLabel('Evalueringsdato').fill('2026-12-01');
  await page.getByRole('button', { name: 'Legg til tiltaket' }).click();
  await expect(page.getByRole('rowheader', { name: 'Fast plass ved Åse i friminuttet' })).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, 'pupil-panel');

  await page.reload();
  await expect(page.getByText(/1\. des\. 2026: Selma Rønning \(Demo 7B\) — Fast plass ved Åse i friminuttet/)).toBeVisible();
  await page.getByRole('button', { name: 'Åpne: Demo 7B' }).click();
  await page.getByRole('tab', { name: 'Møteark' }).click();
  await expect(page.getByRole('cell', { name: 'Fast plass ved Åse i friminuttet' })).toBeVisible();
  await expect(page.getByRole('cell', { name: '1. des. 2026' })).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, 'meeting-sheet', page.getByRole('tablist'));
});

test('a second wave is compared pupil by pupil', async ({ page }) => {
  await page.goto('/');
  await importClass(page, 'demo/klasse-7b.csv', '7B', 'demo/klasse-7b-roster.csv');
  await page.getByRole('navigation').getByRole('button', { name: 'Importer en undersøkelse' }).click();
  await page.getByLabel('Klasseliste (valgfri)').setInputFiles(fixturePath('demo/klasse-7b-roster.csv'));
  await page.getByLabel('Eksport fra undersøkelsen (CSV eller Excel .xlsx)').setInputFiles(fixturePath('demo/klasse-7b-excel.csv'));
  const typo = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Øystein Li', exact: true }) });
  await typo.getByRole('combobox').selectOption({ label: 'Noah Hansen' });
  await page.getByLabel('Legg til som ny runde i').selectOption({ label: '7B' });
  await page.getByLabel('Runde', { exact: true }).fill('Vår 2027');
  await page.getByRole('button', { name: 'Lagre klassen' }).click();
  await expect(page.getByRole('heading', { level: 2, name: '7B' })).toBeVisible();
  await page.getByRole('tab', { name: 'Sammenlign runder' }).click();
  const noah = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Noah Hansen' }) });
  await expect(noah.getByRole('cell').first()).toHaveText('2 → 3 (+1)');
  await expect(page.getByText('En endring mellom to runder er et utgangspunkt for en samtale, ikke bevis for at et tiltak virket.')).toBeVisible();
  await expectAccessible(page);
});

test('encrypted export, delete all, import restores everything; a wrong passphrase is refused and changes nothing', async ({ page }, info) => {
  await page.goto('/');
  await importClass(page, 'tiny/bullying-class.csv', 'Eksportklassen');
  await page.getByRole('navigation').getByRole('button', { name: 'Klasser' }).click();
  await page.getByLabel('Klasse', { exact: true }).selectOption({ label: 'Eksportklassen' });
  await page.getByLabel('Passord (minst 8 tegn)').first().fill('hemmelig-passord');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Eksporter kryptert' }).click();
  const file = info.outputPath('eksport.sociogram');
  await (await download).saveAs(file);
  expect(readFileSync(file, 'utf8')).not.toContain('Fredrik');

  await page.getByRole('button', { name: 'Slett alle data' }).click();
  await page.getByRole('button', { name: 'Ja, slett alt' }).click();
  await expect(page.getByRole('list', { name: 'Klasser' }).getByRole('listitem')).toHaveCount(1);

  await page.getByLabel('Eksportert klassefil').setInputFiles(file);
  await page.getByLabel('Passord (minst 8 tegn)').nth(1).fill('feil-passord');
  await page.getByRole('button', { name: 'Åpne filen' }).click();
  await expect(page.getByRole('alert')).toHaveText('Feil passord, eller filen er endret. Ingenting ble importert.');
  await expect(page.getByRole('list', { name: 'Klasser' }).getByRole('listitem')).toHaveCount(1);

  await page.getByLabel('Passord (minst 8 tegn)').nth(1).fill('hemmelig-passord');
  await page.getByRole('button', { name: 'Åpne filen' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Eksportklassen' })).toBeVisible();
  await expect(page.getByRole('button', { name: /^Fredrik Moe: valgt av 2/ })).toBeVisible();
});

test('a passphrase lock encrypts the stored data; after a reload only the right passphrase opens it', async ({ page }) => {
  await page.goto('/');
  await importClass(page, 'tiny/bullying-class.csv', 'Låst klasse');
  await page.getByRole('navigation').getByRole('button', { name: 'Klasser' }).click();
  await page.getByLabel('Nytt passord (minst 8 tegn)').fill('lang hemmelighet');
  await page.getByLabel('Gjenta passordet').fill('lang hemmelighet');
  await page.getByRole('button', { name: 'Lås med passordet' }).click();
  await expect(page.getByText('Dataene er nå kryptert.')).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { level: 2, name: 'Lås opp' })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel('Passord', { exact: true }).fill('feil');
  await page.getByRole('button', { name: 'Lås opp' }).click();
  await expect(page.getByRole('alert')).toHaveText('Feil passord. Ingenting ble endret.');
  await page.getByLabel('Passord', { exact: true }).fill('lang hemmelighet');
  await page.getByRole('button', { name: 'Lås opp' }).click();
  await expect(page.getByRole('button', { name: 'Åpne: Låst klasse' })).toBeVisible();
});

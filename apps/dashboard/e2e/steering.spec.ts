/**
 * Steering a plan in the meeting (issue flows): keep a pupil, leave out absent pupils and bring one back,
 * get a genuinely different suggestion, read why each group is as it is, invalid settings answered next to the
 * field, and a seating plan whose seats show their rules and keep their locks.
 */
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, expectAccessible, openDemo, REPO, screenshot, test } from './fixtures.ts';

async function shownGroups(page: Page): Promise<string[][]> {
  const cards = page.locator('ul.groups > li');
  const groups: string[][] = [];
  for (const card of await cards.all()) groups.push(await card.locator('.member').allInnerTexts());
  return groups;
}

test('groups: size checked next to the field, absent pupils left out and one brought back, another suggestion really different, readable at 1024×768', async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  await openDemo(page);
  await page.getByRole('tab', { name: 'Grupper' }).click();
  const size = page.getByLabel('Gruppestørrelse');
  await size.fill('');
  await expect(page.getByText('Skriv et helt tall fra 2 til 8.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Lag grupper' })).toBeDisabled();
  await size.fill('30');
  await expect(page.getByText('Skriv et helt tall fra 2 til 8.')).toBeVisible();
  await size.fill('4');
  await expect(page.getByRole('button', { name: 'Lag grupper' })).toBeEnabled();

  // Two pupils are away today.
  await page.getByText('Fraværende i dag (0)').click();
  await page.getByLabel('Leah Ahmed er borte').check();
  await page.getByLabel('Oskar Vik er borte').check();
  await page.getByRole('button', { name: 'Lag grupper' }).click();
  await expect(page.getByText('Nye grupper er laget.')).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Nye grupper er laget.' })).toBeFocused();
  await expect(page.getByText('✓ Alle reglene er oppfylt.')).toBeVisible();
  let groups = await shownGroups(page);
  expect(groups.flat()).toHaveLength(23);
  expect(groups.flat()).not.toContain('Leah Ahmed');

  // Every group says why it is as it is, and shows who chose whom.
  for (const card of await page.locator('ul.groups > li').all()) await expect(card.locator('.group-reason')).not.toBeEmpty();
  await expect(page.locator('ul.groups .tie').first()).toContainText(/↔|→/);
  await page.locator('ul.groups').scrollIntoViewIfNeeded();
  const board = await page.locator('ul.groups').boundingBox();
  expect(board!.height, 'the groups fit one 1024×768 screen').toBeLessThan(768);
  await page.locator('ul.groups').scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(REPO, 'apps/dashboard/test-results/sheets/groups-1024.png') });
  await expectAccessible(page);

  // Another suggestion: at least three pupils placed differently, said in words.
  await page.getByRole('button', { name: 'Et annet forslag' }).click();
  await expect(page.getByText(/Et annet forslag: \d+ elever er plassert annerledes/)).toBeVisible({ timeout: 15_000 });
  const moved = Number((await page.getByText(/Et annet forslag: \d+ elever/).innerText()).match(/(\d+) elever/)![1]);
  expect(moved).toBeGreaterThanOrEqual(3);

  // Leah is back: put in with the fewest moves, every rule kept.
  await page.getByLabel('Leah Ahmed er borte').uncheck();
  await expect(page.getByText(/Leah Ahmed er tilbake, i gruppe \d+\./)).toBeVisible();
  groups = await shownGroups(page);
  expect(groups.flat()).toHaveLength(24);
  expect(groups.flat()).toContain('Leah Ahmed');
  await expect(page.getByText('✓ Alle reglene er oppfylt.')).toBeVisible();
  await screenshot(page, 'groups', page.getByRole('tablist'));

  // The score is explained in words on request.
  await page.getByText(/^Poeng: /).click();
  await expect(page.getByText('Poengene sier hvor godt gruppene følger elevenes valg', { exact: false })).toBeVisible();
});

test('groups in English: keep-here locks listed and removable, rules written as sentences', async ({ page }) => {
  await openDemo(page, 'en');
  await page.getByRole('tab', { name: 'Groups' }).click();
  await page.getByRole('button', { name: 'Make groups' }).click();
  await expect(page.getByText('✓ Every rule is met.')).toBeVisible();
  await page.getByRole('button', { name: 'Keep Selma Rønning in this group' }).click();
  await page.getByText('Pupils kept in their group (1)').click();
  await expect(page.getByText(/Selma Rønning is kept in group \d+\./)).toBeVisible();
  await page.getByRole('button', { name: 'Stop keeping Selma Rønning' }).click();
  await expect(page.getByText('Pupils kept in their group (0)')).toBeVisible();
  await page.getByText('Pairs kept apart or together (0)').click();
  await page.getByLabel('First pupil').selectOption({ label: 'Oskar Vik' });
  await page.getByLabel('Second pupil').selectOption({ label: 'Per Ødegård' });
  await page.getByRole('button', { name: 'Keep apart' }).click();
  await expect(page.getByText('Oskar Vik and Per Ødegård are in different groups.')).toBeVisible();
});

test('seating: a seat that breaks a rule turns red and says which; seat locks are their own, listed and removable; two seats swap by pressing each', async ({ page }) => {
  await openDemo(page);
  await page.getByRole('tab', { name: 'Klassekart' }).click();
  await page.getByRole('button', { name: 'Lag klassekart' }).click();
  await expect(page.getByText('✓ Alle reglene er oppfylt.')).toBeVisible();
  await expect(page.getByText('Nytt klassekart er laget.')).toBeVisible();

  // Keep Selma in her seat: listed on this tab, not as a group lock.
  await page.getByRole('button', { name: 'La Selma Rønning beholde denne plassen' }).click();
  await page.getByText('Elever som beholder plassen sin (1)').click();
  await expect(page.getByText(/Selma Rønning beholder Rad \d+, pult \d+, plass \d+\./)).toBeVisible();
  await page.getByRole('tab', { name: 'Grupper' }).click();
  await page.getByText('Elever som beholdes i gruppen (0)').click();
  await expect(page.getByText('Ingen. Trykk på hengelåsen', { exact: false })).toBeVisible();
  await page.getByRole('tab', { name: 'Klassekart' }).click();

  // Swap Selma with Leah by pressing each seat: Selma's seat lock moves with her; Leah now sits where Selma sat.
  const seatOf = async (pupil: string) => page.locator('.room .seat').filter({ has: page.getByText(pupil, { exact: true }) }).getAttribute('data-seat');
  const [selma, leah] = [await seatOf('Selma Rønning'), await seatOf('Leah Ahmed')];
  await page.locator('.room').getByRole('button', { name: 'Selma Rønning', exact: true }).click();
  await page.locator('.room').getByRole('button', { name: 'Leah Ahmed', exact: true }).click();
  await expect(page.getByText(/har byttet\./)).toBeVisible();
  expect(await seatOf('Selma Rønning')).toBe(leah);
  expect(await seatOf('Leah Ahmed')).toBe(selma);

  // Break a rule by hand: the seat turns red and names the rule on focus.
  const swaps = page.locator('.room .seat.broken');
  if ((await swaps.count()) === 0) {
    // Put Leah (who chose nobody) aside and move a protected pupil away from every friend: swap until a rule breaks.
    const names = await page.locator('.room .seat .member').allInnerTexts();
    for (const other of names) {
      await page.locator('.room').getByRole('button', { name: 'Selma Rønning', exact: true }).click();
      await page.locator('.room').getByRole('button', { name: other, exact: true }).click();
      if ((await swaps.count()) > 0) break;
    }
  }
  await expect(swaps.first()).toBeVisible();
  await swaps.first().locator('.seat-name').focus();
  await expect(swaps.first().locator('.seat-rules')).toBeVisible();
  await expect(page.locator('.rule-summary')).toContainText('✗');
  await screenshot(page, 'seating', page.getByRole('tablist'));
  await page.getByRole('button', { name: 'Slutt å beholde Selma Rønning' }).click();
  await expect(page.getByText('Elever som beholder plassen sin (0)')).toBeVisible();
});

test('the pupil panel closes with Escape from inside it; a support-group candidate shows its reason', async ({ page }) => {
  await openDemo(page);
  await page.getByRole('tab', { name: 'Elevtabell' }).click();
  await page.getByRole('button', { name: 'Selma Rønning' }).click();
  await page.getByRole('button', { name: 'Foreslå en støttegruppe' }).click();
  const more = page.getByLabel('Legg til en annen');
  await expect(more.locator('option').nth(1)).toHaveText(/ — .+\./);
  await more.focus();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('heading', { level: 3, name: 'Selma Rønning' })).toHaveCount(0);
});

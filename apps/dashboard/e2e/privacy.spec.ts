import { expect, expectAccessible, fixturePath, openDemo, screenshot, test } from './fixtures.ts';

test('switches language everywhere', async ({ page }) => {
  await openDemo(page);
  await page.getByLabel('Språk').selectOption('en');
  await expect(page.getByRole('tab', { name: 'Who needs attention' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.reload();
  await expect(page.getByRole('heading', { level: 2, name: 'Classes' })).toBeVisible();
});

test('pseudonym mode hides every real name on screen', async ({ page }) => {
  await openDemo(page);
  await page.getByLabel('Pseudonymer (for delt skjerm)').check();
  await expect(page.getByRole('button', { name: /^Elev \d+: valgt av 0/ }).first()).toBeVisible();
  await page.getByRole('tab', { name: 'Hvem trenger oppfølging' }).click();
  await expect(page.getByText(/Ingen valgte Elev \d+ som en å være sammen med \(0 av 23 klassekamerater som svarte\)\./).first()).toBeVisible();
  expect(await page.locator('main').innerText()).not.toContain('Selma');
  await expectAccessible(page);
  await screenshot(page, 'pseudonyms');
});

test('hostile names are shown as text, never run', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('navigation').getByRole('button', { name: 'Importer en undersøkelse' }).click();
  await page.getByLabel('Eksport fra undersøkelsen (CSV eller Excel .xlsx)').setInputFiles(fixturePath('tiny/hostile-names.csv'));
  await page.getByLabel('Klassens navn').fill('<b>Test</b>');
  await page.getByRole('button', { name: 'Lagre klassen' }).click();
  await expect(page.getByRole('heading', { level: 2, name: '<b>Test</b>' })).toBeVisible();
  await expect(page.getByRole('button', { name: /^<img src=x onerror=alert\(1\)>: valgt av/ })).toBeVisible();
  expect(await page.locator('main img').count()).toBe(0);
  expect(await page.locator('main b').count()).toBe(0);
});

test('enters a small class by hand', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('navigation').getByRole('button', { name: 'Skriv inn svar for hånd' }).click();
  await page.getByLabel('Klassens navn').fill('Papirklassen');
  await page.getByLabel('Klasseliste, ett navn per linje').fill('Åse Ødegård\nKari Nilsen\nPer Hansen');
  await page.getByLabel('Åse Ødegård, Hvem liker du å være sammen med? 1').fill('Kari Nilsen');
  await page.getByLabel('Kari Nilsen, Hvem liker du å være sammen med? 1').fill('Åse Ødegård');
  await page.getByLabel('Per Hansen, Hvem liker du å være sammen med? 1').fill('Kari');
  await expectAccessible(page);
  await screenshot(page, 'manual');
  await page.getByRole('button', { name: 'Lagre klassen' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Papirklassen' })).toBeVisible();
  await page.getByRole('tab', { name: 'Elevtabell' }).click();
  const kari = page.getByRole('row').filter({ has: page.getByRole('button', { name: 'Kari Nilsen' }) });
  await expect(kari.getByRole('cell').first()).toHaveText('2');

  // Later: correct an answer; the same wave is updated.
  await page.getByRole('button', { name: 'Endre svarene' }).click();
  await expect(page.getByLabel('Åse Ødegård, Hvem liker du å være sammen med? 1')).toHaveValue('Kari Nilsen');
  await page.getByLabel('Åse Ødegård, Hvem liker du å være sammen med? 1').fill('Per Hansen');
  await page.getByRole('button', { name: 'Lagre klassen' }).click();
  await page.getByRole('tab', { name: 'Elevtabell' }).click();
  await expect(kari.getByRole('cell').first()).toHaveText('1');
  await expect(page.getByLabel('Runde')).toHaveCount(1);
  expect(await page.getByLabel('Runde').locator('option').count()).toBe(1);
});

test('delete all removes every stored class after confirmation, and a reload keeps them deleted', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('navigation').getByRole('button', { name: 'Importer en undersøkelse' }).click();
  await page.getByLabel('Eksport fra undersøkelsen (CSV eller Excel .xlsx)').setInputFiles(fixturePath('tiny/google-forms.csv'));
  await page.getByRole('button', { name: 'Lagre klassen' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'google-forms' })).toBeVisible();
  await page.getByRole('navigation').getByRole('button', { name: 'Klasser' }).click();
  await expect(page.getByRole('main').getByRole('button', { name: /^Åpne: / })).toHaveCount(2); // the school overview
  await page.getByRole('button', { name: 'Slett alle data' }).click();
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Ja, slett alt' }).click();
  await expect(page.getByText('Alle data er slettet.')).toBeVisible();
  await expect(page.getByRole('list', { name: 'Klasser' }).getByRole('listitem')).toHaveCount(1);
  await page.reload();
  await expect(page.getByRole('list', { name: 'Klasser' }).getByRole('listitem')).toHaveCount(1);
});

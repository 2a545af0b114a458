import { expect, expectAccessible, fixturePath, screenshot, test } from './fixtures.ts';

test('imports a ";"-separated Windows-1252 export with æøå names, fixes a misspelt name, and keeps it after reload', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('navigation').getByRole('button', { name: 'Importer en undersøkelse' }).click();
  await expectAccessible(page);
  await page.getByLabel('Klasseliste (valgfri)').setInputFiles(fixturePath('demo/klasse-7b-roster.csv'));
  await page.getByLabel('Eksport fra undersøkelsen (CSV eller Excel .xlsx)').setInputFiles(fixturePath('demo/klasse-7b-excel.csv'));
  await expect(page.getByText('windows-1252', { exact: true })).toBeVisible();
  await expect(page.getByText('25 elever, 24 svarte, 95 valg.')).toBeVisible();
  await expect(page.getByRole('rowheader', { name: 'Hvem liker du å være sammen med i friminuttet?' })).toBeVisible();
  const typo = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Øystein Li', exact: true }) });
  await expect(typo.getByText('Navnet ble lest tross en skrivefeil – sjekk det.')).toBeVisible();
  await expect(typo.getByRole('cell', { name: 'Øystein Lie' })).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, 'import');
  await typo.getByRole('combobox').selectOption({ label: 'Noah Hansen' });
  await expect(page.getByText('Navnet ble lest tross en skrivefeil – sjekk det.')).toHaveCount(0);
  await page.getByLabel('Klassens navn').fill('7B Ås skole');
  await page.getByLabel('Runde', { exact: true }).fill('Høst');
  await page.getByRole('button', { name: 'Lagre klassen' }).click();
  await expect(page.getByRole('heading', { level: 2, name: '7B Ås skole' })).toBeVisible();
  await expect(page.getByRole('button', { name: /^Øystein Lie: valgt av/ })).toBeVisible();

  await page.reload();
  await expect(page.getByRole('button', { name: 'Åpne: 7B Ås skole' })).toBeVisible();
});

test('a broken file gets a readable error and leaves stored classes untouched', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('navigation').getByRole('button', { name: 'Importer en undersøkelse' }).click();
  await page.getByLabel('Eksport fra undersøkelsen (CSV eller Excel .xlsx)').setInputFiles(fixturePath('invalid/BINARY_FILE.csv'));
  await expect(page.getByRole('alert')).toContainText('Dette er ikke en tabell. Eksporter undersøkelsen som CSV eller Excel.');
  await expectAccessible(page);
  await page.getByRole('navigation').getByRole('button', { name: 'Klasser' }).click();
  await expect(page.getByRole('list', { name: 'Klasser' }).getByRole('listitem')).toHaveCount(1);
});

/**
 * The store in storage buckets under garbage collection: Chromium stops answering a connection whose
 * `StorageBucket` object was collected, so a save after a collection hung on "Lagrer …" until the store
 * kept each bucket alive with its connection (lib/storage/generations.ts).
 */
import { expect, fixturePath, test } from './fixtures.ts';
import type { Page } from '@playwright/test';

test.use({
  launchOptions: {
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--js-flags=--expose-gc'],
  },
});

/** A full garbage collection in the page (V8's `gc`, exposed by the flag above). */
const collect = (page: Page) => page.evaluate(() => (globalThis as unknown as { gc(): void }).gc());

const bucketKeys = (page: Page) => page.evaluate(() => (navigator as unknown as { storageBuckets: { keys(): Promise<string[]> } }).storageBuckets.keys());

async function saveClass(page: Page, className: string): Promise<void> {
  await page.getByRole('navigation').getByRole('button', { name: 'Importer en undersøkelse' }).click();
  await page.getByLabel('Eksport fra undersøkelsen (CSV eller Excel .xlsx)').setInputFiles(fixturePath('tiny/bullying-class.csv'));
  await page.getByLabel('Klassens navn').fill(className);
  await collect(page);
  await page.getByRole('button', { name: 'Lagre klassen' }).click();
  await expect(page.getByRole('heading', { level: 2, name: className })).toBeVisible();
}

test('saves in storage buckets still complete after garbage collection, before and after a lock moves the store to a new bucket', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 2, name: 'Klasser' })).toBeVisible();
  expect(await bucketKeys(page)).toEqual(['sociogram-1']);
  await saveClass(page, 'Første klasse');
  await saveClass(page, 'Andre klasse');
  await page.getByRole('navigation').getByRole('button', { name: 'Klasser' }).click();
  await page.getByLabel('Nytt passord (minst 8 tegn)').fill('lang hemmelighet');
  await page.getByLabel('Gjenta passordet').fill('lang hemmelighet');
  await collect(page);
  await page.getByRole('button', { name: 'Lås med passordet' }).click();
  await expect(page.getByText('Dataene er nå kryptert.')).toBeVisible();
  expect(await bucketKeys(page)).toEqual(['sociogram-2']);
  await saveClass(page, 'Tredje klasse');
  await page.reload();
  await page.getByLabel('Passord', { exact: true }).fill('lang hemmelighet');
  await page.getByRole('button', { name: 'Lås opp' }).click();
  for (const name of ['Første klasse', 'Andre klasse', 'Tredje klasse']) await expect(page.getByRole('button', { name: `Åpne: ${name}` })).toBeVisible();
});

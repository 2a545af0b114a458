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

test('a save the browser never finishes is reported after the time limit, writes nothing, and the next save works', async ({ page }) => {
  test.setTimeout(60_000);
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 2, name: 'Klasser' })).toBeVisible();
  // A second connection keeps a readwrite transaction over the store open (it keeps asking), so the app's
  // transaction never starts: the store's watchdog must end the save.
  await page.evaluate(async () => {
    const manager = (navigator as unknown as { storageBuckets: { open(name: string): Promise<{ indexedDB: IDBFactory }> } }).storageBuckets;
    const bucket = await manager.open('sociogram-1');
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = bucket.indexedDB.open('sociogram');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const tx = db.transaction(['classes', 'log', 'meta'], 'readwrite');
    const holder = { holding: true, bucket, db, done: new Promise((resolve) => (tx.oncomplete = resolve)) };
    const keep = (): void => {
      if (holder.holding) tx.objectStore('meta').get('stamp').onsuccess = keep;
    };
    keep();
    (globalThis as unknown as { holder: typeof holder }).holder = holder;
  });
  await page.getByRole('navigation').getByRole('button', { name: 'Importer en undersøkelse' }).click();
  await page.getByLabel('Eksport fra undersøkelsen (CSV eller Excel .xlsx)').setInputFiles(fixturePath('tiny/bullying-class.csv'));
  await page.getByLabel('Klassens navn').fill('Klassen som henger');
  await page.getByRole('button', { name: 'Lagre klassen' }).click();
  await expect(page.getByRole('button', { name: 'Lagre klassen' })).toBeDisabled();
  await expect(page.getByRole('alert').filter({ hasText: 'Klassen kunne ikke lagres. Ingenting ble endret.' })).toBeVisible({ timeout: 25_000 });
  await expect(page.getByRole('button', { name: 'Lagre klassen' })).toBeEnabled();
  const stored = await page.evaluate(async () => {
    const holder = (globalThis as unknown as { holder: { holding: boolean; db: IDBDatabase; done: Promise<unknown> } }).holder;
    holder.holding = false;
    await holder.done;
    const count = holder.db.transaction('classes').objectStore('classes').count();
    const n = await new Promise<number>((resolve) => (count.onsuccess = () => resolve(count.result)));
    holder.db.close();
    return n;
  });
  expect(stored).toBe(0);
  await page.getByRole('button', { name: 'Lagre klassen' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Klassen som henger' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('button', { name: 'Åpne: Klassen som henger' })).toHaveCount(1);
});

/**
 * The store in a real browser: two tabs on one store, a failing write, hostile class files, a stored record
 * that fails the schema, and the app inside another site's frame.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { importSurvey } from '@sociogram/core';
import { MIN_PBKDF2_ITERATIONS, encryptJson } from '../src/lib/crypto/encrypted-file.ts';
import { expect, fixturePath, test } from './fixtures.ts';
import type { Page } from '@playwright/test';

async function importClass(page: Page, className: string): Promise<void> {
  await page.getByRole('navigation').getByRole('button', { name: 'Importer en undersøkelse' }).click();
  await page.getByLabel('Eksport fra undersøkelsen (CSV eller Excel .xlsx)').setInputFiles(fixturePath('tiny/bullying-class.csv'));
  await page.getByLabel('Klassens navn').fill(className);
  await page.getByRole('button', { name: 'Lagre klassen' }).click();
  await expect(page.getByRole('heading', { level: 2, name: className })).toBeVisible();
  await page.getByRole('navigation').getByRole('button', { name: 'Klasser' }).click();
}

/** One "Åpne: <class>" button per class: on the class cards (one class) or the school overview (more). */
const classList = (page: Page) => page.getByRole('main').getByRole('button', { name: /^Åpne: / });

test('two tabs: each sees what the other saved, neither deletes it, and locking in one locks the other', async ({ page, context }) => {
  const other = await context.newPage();
  const otherErrors: string[] = [];
  other.on('pageerror', (error) => otherErrors.push(error.message));
  await page.goto('/');
  await other.goto('/');
  await expect(classList(other)).toHaveCount(1);

  await importClass(page, 'Klasse fra fane A');
  // The other tab, opened earlier, re-reads on its own and then saves its class next to it.
  await expect(other.getByRole('button', { name: 'Åpne: Klasse fra fane A' })).toBeVisible();
  await importClass(other, 'Klasse fra fane B');
  await expect(page.getByRole('button', { name: 'Åpne: Klasse fra fane B' })).toBeVisible();
  await expect(classList(page)).toHaveCount(3);

  await page.getByLabel('Nytt passord (minst 8 tegn)').fill('lang hemmelighet');
  await page.getByLabel('Gjenta passordet').fill('lang hemmelighet');
  await page.getByRole('button', { name: 'Lås med passordet' }).click();
  await expect(page.getByText('Dataene er nå kryptert.')).toBeVisible();
  await expect(other.getByRole('heading', { level: 2, name: 'Lås opp' })).toBeVisible();
  expect(await other.locator('main').innerText()).not.toContain('Klasse fra fane');

  await other.getByLabel('Passord', { exact: true }).fill('lang hemmelighet');
  await other.getByRole('button', { name: 'Lås opp' }).click();
  await expect(classList(other)).toHaveCount(3);
  await page.reload();
  await page.getByLabel('Passord', { exact: true }).fill('lang hemmelighet');
  await page.getByRole('button', { name: 'Lås opp' }).click();
  await expect(classList(page)).toHaveCount(3);
  expect(otherErrors).toEqual([]);
});

test('a lock that fails to write says so, changes nothing and does not hang on "Working …"', async ({ page }) => {
  await page.goto('/');
  await importClass(page, 'Klassen som blir');
  await page.evaluate(() => {
    IDBObjectStore.prototype.put = () => {
      throw new DOMException('The disk is full', 'QuotaExceededError');
    };
  });
  await page.getByLabel('Nytt passord (minst 8 tegn)').fill('lang hemmelighet');
  await page.getByLabel('Gjenta passordet').fill('lang hemmelighet');
  await page.getByRole('button', { name: 'Lås med passordet' }).click();
  await expect(page.getByRole('alert')).toContainText('Dataene kunne ikke låses. Ingenting ble endret.');
  await expect(page.getByRole('alert')).toContainText('The disk is full');
  await expect(page.getByText('Arbeider …')).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole('button', { name: 'Åpne: Klassen som blir' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Lås opp' })).toHaveCount(0);
});

test('hostile class files are refused before anything is stored, and the app still opens', async ({ page }, info) => {
  const { survey, issues } = importSurvey(readFileSync(fixturePath('tiny/bullying-class.csv')), { file: 'bullying-class.csv' });
  const good = { id: 'hostile', name: 'Fiendtlig klasse', createdAt: '2026-01-01', waves: [{ id: 'w', label: 'Høst', date: '2026-09-01', survey, importIssues: issues, file: null }] };
  const files: [string, string, string][] = [
    ['no-waves', await encryptJson({ ...good, waves: [] }, 'hemmelig-passord', MIN_PBKDF2_ITERATIONS), 'Filen inneholder ingen brukbar klasse (waves: empty). Ingenting ble importert.'],
    ['no-survey', await encryptJson({ ...good, waves: [{ ...good.waves[0]!, survey: null }] }, 'hemmelig-passord', MIN_PBKDF2_ITERATIONS), 'Filen inneholder ingen brukbar klasse (waves[0].survey: not an object). Ingenting ble importert.'],
  ];
  const valid = JSON.parse(await encryptJson(good, 'hemmelig-passord', MIN_PBKDF2_ITERATIONS));
  for (const iterations of [2_000_000_000, 1]) {
    files.push([`iterations-${iterations}`, JSON.stringify({ ...valid, kdf: { ...valid.kdf, iterations } }), 'Filen ber om nøkkelinnstillinger utenfor det som godtas (100 000–10 000 000 PBKDF2-runder). Ingenting ble importert.']);
  }
  await page.goto('/');
  for (const [name, text, message] of files) {
    const path = info.outputPath(`${name}.sociogram`);
    writeFileSync(path, text);
    await page.getByLabel('Eksportert klassefil').setInputFiles(path);
    await page.getByLabel('Passord (minst 8 tegn)').nth(1).fill('hemmelig-passord');
    const started = Date.now();
    await page.getByRole('button', { name: 'Åpne filen' }).click();
    await expect(page.getByRole('alert')).toHaveText(message);
    expect(Date.now() - started, `${name} refused quickly`).toBeLessThan(5000);
    await expect(classList(page)).toHaveCount(1);
  }
  await page.reload();
  await expect(page.getByRole('heading', { level: 2, name: 'Klasser' })).toBeVisible();
  await expect(classList(page)).toHaveCount(1);
});

test('a stored class that fails the schema is set aside with a message; the app renders and delete-all removes it', async ({ page }) => {
  await page.goto('/');
  await importClass(page, 'God klasse');
  // Damage the store behind the app's back: a record without waves, as an old or hostile version could leave.
  await page.evaluate(async () => {
    const buckets = (navigator as unknown as { storageBuckets: { keys(): Promise<string[]>; open(name: string): Promise<{ indexedDB: IDBFactory }> } }).storageBuckets;
    const name = (await buckets.keys()).find((key) => key.startsWith('sociogram-'))!;
    const factory = (await buckets.open(name)).indexedDB;
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = factory.open('sociogram');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    await new Promise((resolve, reject) => {
      const tx = db.transaction('classes', 'readwrite');
      tx.objectStore('classes').put({ id: 'broken', name: 'Ødelagt', createdAt: '2026-01-01', waves: [] });
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  });
  await page.reload();
  await expect(page.getByRole('alert')).toContainText('1 lagrede klasseoppføringer kunne ikke leses');
  await expect(page.getByRole('alert')).toContainText('broken: waves: empty');
  await expect(classList(page)).toHaveCount(2);
  await page.getByRole('button', { name: 'Slett alle data' }).click();
  await page.getByRole('button', { name: 'Ja, slett alt' }).click();
  await expect(page.getByText('Alle data er slettet.')).toBeVisible();
  await page.reload();
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(classList(page)).toHaveCount(1);
});

test('inside another site\'s frame the app does not start, even from a server that sends no headers', async ({ browser, baseURL }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const app = new URL(baseURL!);
  // A plain static server: the same files without the CSP and X-Frame-Options headers.
  await context.route(`${app.origin}/**`, async (route) => {
    const response = await route.fetch();
    const headers = { ...response.headers() };
    delete headers['content-security-policy'];
    delete headers['x-frame-options'];
    await route.fulfill({ response, headers });
  });
  await context.route('http://other-site.test/', (route) => route.fulfill({ contentType: 'text/html', body: `<iframe src="${app.origin}/" width="800" height="600"></iframe>` }));
  await page.goto('http://other-site.test/');
  const frame = page.frameLocator('iframe');
  await expect(frame.locator('#app')).toContainText('Sociogram kan ikke vises inne i en annen side.');
  await expect(frame.getByRole('heading', { level: 2 })).toHaveCount(0);
  await context.close();
});

test('a group plan or an access-log entry that cannot be stored is reported, with no unhandled rejection', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Åpne: Demo 7B' }).click();
  await page.evaluate(() => {
    const fail = () => {
      throw new DOMException('The disk is full', 'QuotaExceededError');
    };
    IDBObjectStore.prototype.put = fail;
    IDBObjectStore.prototype.add = fail;
  });
  await page.getByRole('tab', { name: 'Grupper' }).click();
  await page.getByRole('button', { name: 'Lag grupper' }).click();
  await page.getByRole('button', { name: 'Lagre planen' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Klassen kunne ikke lagres. Ingenting ble endret.' })).toBeVisible();
  await expect(page.getByText('Planen er lagret.')).toHaveCount(0);

  await page.getByRole('button', { name: 'Vis dem for et formål …' }).click();
  await page.getByLabel(/Hvorfor trenger du å se dem/).fill('Møte i ressursteamet');
  await page.getByRole('button', { name: 'Vis', exact: true }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Tilgangen kunne ikke skrives i loggen, så svarene forblir skjult.' })).toBeVisible();
  await expect(page.getByText('Negative svar og mobbesvar vises')).toHaveCount(0);
  // The guard fixture fails the test on any page error, unhandled rejections included.
});

test('a tab of an older build stops writing once a newer build has saved, and asks to be reloaded; nothing is lost', async ({ page, context }) => {
  await page.goto('/');
  await importClass(page, 'Klasse før oppdateringen');
  // Another tab runs a newer build: it saves with a newer store format and tells the other tabs, as the app does.
  const newer = await context.newPage();
  await newer.goto('/');
  await expect(newer.getByRole('button', { name: 'Åpne: Klasse før oppdateringen' })).toBeVisible();
  await newer.evaluate(async () => {
    const manager = (navigator as unknown as { storageBuckets?: { keys(): Promise<string[]>; open(name: string): Promise<{ indexedDB: IDBFactory }> } }).storageBuckets;
    const bucket = manager ? (await manager.keys()).find((key) => /^sociogram-\d+$/.test(key)) : undefined;
    const factory = bucket ? (await manager!.open(bucket)).indexedDB : indexedDB;
    const name = bucket ? 'sociogram' : ((await indexedDB.databases()).map((d) => d.name!).find((n) => /^sociogram~\d+$/.test(n)) ?? 'sociogram');
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = factory.open(name);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction('meta', 'readwrite');
      tx.objectStore('meta').put({ key: 'format', value: 99 });
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
    const channel = new BroadcastChannel('sociogram-store:sociogram');
    channel.postMessage({ generation: -2, stamp: -2, format: 99 });
    channel.close();
  });
  await newer.close();

  const banner = page.getByRole('alert').filter({ hasText: 'En nyere versjon av Sociogram har lagret data i en annen fane' });
  await expect(banner).toBeVisible();
  await expect(banner.getByRole('button', { name: 'Last inn på nytt' })).toBeVisible();
  // The old tab tries to save a class anyway: refused, and nothing is written.
  await page.getByRole('navigation').getByRole('button', { name: 'Importer en undersøkelse' }).click();
  await page.getByLabel('Eksport fra undersøkelsen (CSV eller Excel .xlsx)').setInputFiles(fixturePath('tiny/bullying-class.csv'));
  await page.getByLabel('Klassens navn').fill('Klasse fra den gamle fanen');
  await page.getByRole('button', { name: 'Lagre klassen' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Denne fanen kjører en eldre versjon av Sociogram' })).toBeVisible();
  for (const [label, width, height] of [['1366x768', 1366, 768], ['1024x768', 1024, 768], ['200pct', 683, 384]] as const) {
    await page.setViewportSize({ width, height });
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: `test-results/store/outdated-${label}.png` });
  }
  // Reloading this (still old) build: it opens read-only, says so again, and everything saved is there.
  await banner.getByRole('button', { name: 'Last inn på nytt' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'En nyere versjon av Sociogram' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Åpne: Klasse før oppdateringen' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Åpne: Klasse fra den gamle fanen' })).toHaveCount(0);
});

/**
 * Encryption at rest, checked where it matters: in the browser profile's files. Chromium runs with a known
 * profile directory; a class with a pupil name, a class name and an access-log purpose is stored, the browser
 * is closed and every file of the profile is searched for those words (UTF-8/Latin-1 and UTF-16). Without a
 * lock they must be found (the search works); after locking and closing they must not be found anywhere.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, test, expect, type BrowserContext, type Page } from '@playwright/test';
import { fixturePath } from './fixtures.ts';

const SECRETS = ['Fredrik Moe', 'Zebraklassen', 'Samtale om vennskap'];

function launch(dir: string, baseURL: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(dir, {
    baseURL,
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** Every file under `dir`. */
function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    const stat = statSync(path, { throwIfNoEntry: false });
    if (!stat) return [];
    return stat.isDirectory() ? files(path) : [path];
  });
}

/** The secrets found in the profile's files, with the file they are in. */
function findSecrets(dir: string): string[] {
  const found: string[] = [];
  for (const path of files(dir)) {
    const bytes = readFileSync(path);
    for (const secret of SECRETS) {
      for (const encoding of ['utf8', 'latin1', 'utf16le'] as const) {
        if (bytes.includes(Buffer.from(secret, encoding))) found.push(`${secret} (${encoding}) in ${path.slice(dir.length)}`);
      }
    }
  }
  return [...new Set(found)];
}

async function openPage(context: BrowserContext): Promise<{ page: Page; errors: string[] }> {
  const page = context.pages()[0] ?? (await context.newPage());
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto('/');
  return { page, errors };
}

test('after locking, no pupil name, class name or log purpose is left readable in the profile files', async ({ baseURL }) => {
  test.setTimeout(90_000);
  const dir = mkdtempSync(join(tmpdir(), 'sociogram-profile-'));
  try {
    // 1. Store a class and an access-log entry in clear, close the browser: the search finds them.
    let context = await launch(dir, baseURL!);
    let { page, errors } = await openPage(context);
    await page.getByRole('navigation').getByRole('button', { name: 'Importer en undersøkelse' }).click();
    await page.getByLabel('Eksport fra undersøkelsen (CSV eller Excel .xlsx)').setInputFiles(fixturePath('tiny/bullying-class.csv'));
    await page.getByLabel('Klassens navn').fill('Zebraklassen');
    await page.getByRole('button', { name: 'Lagre klassen' }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'Zebraklassen' })).toBeVisible();
    await page.getByRole('button', { name: 'Vis dem for et formål …' }).click();
    await page.getByLabel(/Hvorfor trenger du å se dem/).fill('Samtale om vennskap');
    await page.getByRole('button', { name: 'Vis', exact: true }).click();
    await expect(page.getByText(/Samtale om vennskap/).first()).toBeVisible();
    expect(errors).toEqual([]);
    await context.close();
    const before = findSecrets(dir);
    expect(before.some((hit) => hit.startsWith('Fredrik Moe')), `clear text is found before the lock: ${before.join('; ')}`).toBe(true);

    // 2. Lock, close the browser: nothing is found in any file of the profile.
    context = await launch(dir, baseURL!);
    ({ page, errors } = await openPage(context));
    await page.getByLabel('Nytt passord (minst 8 tegn)').fill('lang hemmelighet');
    await page.getByLabel('Gjenta passordet').fill('lang hemmelighet');
    await page.getByRole('button', { name: 'Lås med passordet' }).click();
    await expect(page.getByText('Dataene er nå kryptert.')).toBeVisible();
    expect(errors).toEqual([]);
    await context.close();
    expect(findSecrets(dir)).toEqual([]);

    // 3. The data is all there behind the passphrase.
    context = await launch(dir, baseURL!);
    ({ page, errors } = await openPage(context));
    await page.getByLabel('Passord', { exact: true }).fill('lang hemmelighet');
    await page.getByRole('button', { name: 'Lås opp' }).click();
    await expect(page.getByRole('button', { name: 'Åpne: Zebraklassen' })).toBeVisible();
    await page.getByRole('navigation').getByRole('button', { name: 'Tilgangslogg' }).click();
    await expect(page.getByRole('cell', { name: 'Samtale om vennskap' })).toBeVisible();
    expect(errors).toEqual([]);
    await context.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

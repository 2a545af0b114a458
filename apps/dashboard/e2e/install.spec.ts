/**
 * The app as a school hosts it: the built files copied into a sub-folder (/sociogram/) of an ordinary static
 * web server, opened once, then opened again without the network (service worker).
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { expect, test } from '@playwright/test';

const DIST = join(import.meta.dirname, '..', 'dist');
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json',
};

let server: Server;
let base: string;

test.beforeAll(async () => {
  // A plain static server with no headers of its own and no fallback: only /sociogram/… is served.
  server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    if (!path.startsWith('/sociogram/')) return void response.writeHead(404).end();
    const file = normalize(join(DIST, path.slice('/sociogram/'.length) || 'index.html'));
    if (!file.startsWith(DIST) || !existsSync(file) || !statSync(file).isFile()) return void response.writeHead(404).end();
    response.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/sociogram/`;
});

test.afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

test('works from a sub-folder of a static server, is installable, and opens offline after the first visit', async ({ page, context }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const failed: string[] = [];
  page.on('response', (response) => {
    if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
  });

  await page.goto(base);
  // The CSP is in the page itself, for hosts that send no headers.
  expect(await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')).toContain("default-src 'self'");
  await expect(page.getByRole('heading', { level: 2, name: 'Klasser' })).toBeVisible();
  await page.getByRole('button', { name: 'Åpne: Demo 7B' }).click();
  await expect(page.getByRole('group', { name: /Sosiogram for Demo 7B: 25 elever/ })).toBeVisible();

  // The service worker has cached every file: the page says so.
  await expect(page.getByText('Sociogram åpnes nå også uten nettverk.')).toBeVisible({ timeout: 20_000 });
  expect(await page.evaluate(async () => (await navigator.serviceWorker.ready).scope)).toBe(base);
  // Installable as an app: a valid manifest and no installability error (Playwright's profile is incognito).
  const cdp = await context.newCDPSession(page);
  expect((await cdp.send('Page.getAppManifest')).errors).toEqual([]);
  const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
  expect(installabilityErrors.map((e) => e.errorId).filter((id) => id !== 'in-incognito')).toEqual([]);

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { level: 2, name: 'Klasser' })).toBeVisible();
  await page.getByRole('button', { name: 'Åpne: Demo 7B' }).click();
  await expect(page.getByRole('group', { name: /Sosiogram for Demo 7B: 25 elever/ })).toBeVisible();
  // A view outside the first visit's script comes from its own chunk, precached as well.
  await page.getByRole('tab', { name: 'Hvem trenger oppfølging' }).click();
  await expect(page.getByRole('tabpanel').getByText('Ingen valgte Selma Rønning som en å være sammen med (0 av 23 klassekamerater som svarte).')).toBeVisible();
  await context.setOffline(false);

  expect(failed).toEqual([]);
  expect(errors).toEqual([]);
});

/**
 * Shared e2e setup: every test records each request the page makes and fails if any leaves the app's own
 * origin (nothing is sent anywhere), and fails on any page error or Content-Security-Policy report.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { test as base, expect, type Locator, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

export const REPO = join(import.meta.dirname, '../../..');
export const fixturePath = (path: string) => join(REPO, 'fixtures', path);
const SCREENSHOTS = join(REPO, 'docs', 'images');

export const test = base.extend<{ guard: { foreign: string[]; errors: string[] } }>({
  guard: [
    async ({ page, baseURL }, use) => {
      const origin = new URL(baseURL!).origin;
      const foreign: string[] = [];
      const errors: string[] = [];
      await page.route('**/*', (route) => {
        const url = route.request().url();
        if (url.startsWith('data:') || url.startsWith('blob:') || new URL(url).origin === origin) return route.continue();
        foreign.push(url);
        return route.abort();
      });
      page.on('pageerror', (error) => errors.push(error.message));
      page.on('console', (message) => {
        if (message.type() === 'error' || /Content.Security.Policy/i.test(message.text())) errors.push(message.text());
      });
      page.on('dialog', (dialog) => {
        errors.push(`unexpected dialog: ${dialog.message()}`);
        void dialog.dismiss();
      });
      await use({ foreign, errors });
      expect(foreign, 'requests to other origins').toEqual([]);
      expect(errors, 'page errors').toEqual([]);
    },
    { auto: true },
  ],
});

/** Axe-core on the live page: no serious or critical accessibility violations. */
export async function expectAccessible(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const severe = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(severe.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')})`)).toEqual([]);
}

/** A screenshot for the user guides (docs/images/<name>.png), scrolled so that `top` starts the picture. */
export async function screenshot(page: Page, name: string, top?: Locator): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  if (top) await top.evaluate((element) => element.scrollIntoView({ block: 'start' }));
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: false });
}

const OPEN: Readonly<Record<'nb' | 'nn' | 'en', string>> = { nb: 'Åpne', nn: 'Opne', en: 'Open' };

/** Opens the demo class, after switching from bokmål to `lang`. */
export async function openDemo(page: Page, lang: 'nb' | 'nn' | 'en' = 'nb'): Promise<void> {
  await page.goto('/');
  if (lang !== 'nb') await page.getByLabel('Språk').selectOption(lang);
  await page.getByRole('button', { name: `${OPEN[lang]}: Demo 7B` }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Demo 7B' })).toBeVisible();
}

export { expect };

/**
 * Shared e2e setup: every test records each request the page makes, and fails if any leaves the app's own
 * origin (the privacy promise: nothing is sent anywhere).
 */
import { test as base, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

export const test = base.extend<{ foreignRequests: string[] }>({
  foreignRequests: async ({ page, baseURL }, use) => {
    const origin = new URL(baseURL!).origin;
    const foreign: string[] = [];
    await page.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith('data:') || url.startsWith('blob:') || new URL(url).origin === origin) return route.continue();
      foreign.push(url);
      return route.abort();
    });
    await use(foreign);
    expect(foreign, 'requests to other origins').toEqual([]);
  },
});

/** Axe-core on the live page: no serious or critical accessibility violations. */
export async function expectAccessible(page: import('@playwright/test').Page): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const severe = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(severe.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
}

export { expect };

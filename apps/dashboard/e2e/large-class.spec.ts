/**
 * A class of 2,000 pupils (issue 22): importing it and opening it must not block the page. Every long task
 * (PerformanceObserver `longtask`, > 50 ms on the main thread) is recorded from the start, and the longest
 * of each step is printed; the target is no task over 200 ms (`pnpm bench` prints the same figure). The
 * test asserts only what the teacher sees, and a generous ceiling on the longest task.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { largeClassCsv, longestTaskSince as longest, pageNow as now, recordLongTasks } from '../bench/long-tasks.mjs';
import { expect, expectAccessible, REPO, screenshot, test } from './fixtures.ts';

const REVIEW = join(REPO, 'apps/dashboard/test-results/large-class');
/** 1366×768, 1024×768, and 200 % zoom of 1366×768 (683×384 CSS pixels). */
const SIZES = [
  { name: '1366x768', width: 1366, height: 768 },
  { name: '1024x768', width: 1024, height: 768 },
  { name: '200pct', width: 683, height: 384 },
];
async function pictures(page: Page, name: string, top: Locator): Promise<void> {
  mkdirSync(REVIEW, { recursive: true });
  for (const size of SIZES) {
    await page.setViewportSize({ width: size.width, height: size.height });
    await top.evaluate((element) => element.scrollIntoView({ block: 'start' }));
    await page.screenshot({ path: join(REVIEW, `${name}-${size.name}.png`) });
  }
  await page.setViewportSize({ width: 1366, height: 768 });
  // Lay the page out at this size now (a 2,000-row table takes a while), so the next step's figure does not count it.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => resolve(document.body.offsetHeight))));
}

test('a 2,000-pupil class is imported and opened without blocking the page', async ({ page }) => {
  test.setTimeout(120_000);
  await recordLongTasks(page);
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto('/');
  await page.getByRole('navigation').getByRole('button', { name: 'Importer en undersøkelse' }).click();

  const importStart = await now(page);
  await page.getByLabel('Eksport fra undersøkelsen (CSV eller Excel .xlsx)').setInputFiles({ name: 'stor-klasse.csv', mimeType: 'text/csv', buffer: Buffer.from(largeClassCsv()) });
  await expect(page.getByText(/^2000 elever, 2000 svarte, \d+ valg\./)).toBeVisible({ timeout: 60_000 });
  const importLongest = await longest(page, importStart);

  const openStart = await now(page);
  await page.getByLabel('Klassens navn').fill('Stor klasse');
  await page.getByRole('button', { name: 'Lagre klassen' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Stor klasse' })).toBeVisible({ timeout: 60_000 });
  // The analysis runs in a worker meanwhile (about a second): a picture of the progress when it is caught.
  const progress = page.getByRole('status').filter({ hasText: 'Analyserer klassen (2000 elever)' });
  if (await progress.isVisible()) await page.screenshot({ path: join(REVIEW, 'analysing-1366x768.png') });
  await expect(page.getByText('2000 elever er for mange til å tegnes')).toBeVisible({ timeout: 60_000 });
  const openLongest = await longest(page, openStart);
  await expect(page.getByText('2000 av 2000 svarte. 0 elever ble ikke valgt av noen')).toBeVisible();
  await expect(page.getByLabel('Oppsett')).toHaveCount(0);
  await expectAccessible(page);
  await screenshot(page, 'large-class', page.getByRole('heading', { level: 2, name: 'Stor klasse' }));
  await pictures(page, 'summary', page.getByRole('tablist'));

  const tableStart = await now(page);
  await page.getByRole('button', { name: 'Åpne elevtabellen' }).click();
  await expect(page.getByRole('tab', { name: 'Elevtabell' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('rowheader', { name: 'Elev 0001' })).toBeVisible({ timeout: 60_000 });
  // Rows come in steps; all 2,000 are there in the end and the table is no longer busy.
  await expect(page.locator('tbody tr')).toHaveCount(2000, { timeout: 60_000 });
  await expect(page.getByRole('table')).toHaveAttribute('aria-busy', 'false');
  const tableLongest = await longest(page, tableStart);
  await pictures(page, 'table', page.getByRole('tablist'));
  const sortStart = await now(page);
  await page.getByRole('button', { name: 'Sorter etter Valgt av' }).click();
  await expect(page.locator('tbody tr').first()).toBeVisible();
  await expect(page.getByRole('table')).toHaveAttribute('aria-busy', 'false', { timeout: 60_000 });
  const sortLongest = await longest(page, sortStart);

  console.log(`large class (2,000 pupils): longest main-thread task — import ${Math.round(importLongest)} ms, save and open ${Math.round(openLongest)} ms, pupil table ${Math.round(tableLongest)} ms, table sorted ${Math.round(sortLongest)} ms (target ≤ 200 ms)`);
  // A generous ceiling only (the machine is shared): before the worker this was one task of 5.4 s.
  expect(Math.max(importLongest, openLongest, tableLongest, sortLongest)).toBeLessThan(2000);
});

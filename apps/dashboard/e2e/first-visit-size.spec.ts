/**
 * The JavaScript a first visit fetches — the start page, then the demo class's sociogram — stays within
 * 130 KiB gzipped: every script response the page received, gzipped as a static server would send it (the
 * same measurement as `pnpm bench`). Views off that path load from their own chunks when first shown.
 */
import { gzipSync } from 'node:zlib';
import { expect, test } from './fixtures.ts';

const LIMIT = 130 * 1024;

test('the first visit fetches at most 130 KiB of JavaScript, gzipped', async ({ page }) => {
  const sizes = new Map<string, number>();
  const bodies: Promise<void>[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() !== 'script') return;
    bodies.push(response.body().then((body) => void sizes.set(new URL(response.url()).pathname, gzipSync(body).length)));
  });
  await page.goto('/');
  await page.getByRole('button', { name: 'Åpne: Demo 7B' }).click();
  await expect(page.locator('svg.sociogram g.node')).toHaveCount(25);
  await page.waitForLoadState('networkidle');
  await Promise.all(bodies);

  const total = [...sizes.values()].reduce((a, b) => a + b, 0);
  const files = [...sizes].sort((a, b) => b[1] - a[1]).map(([file, bytes]) => `  ${file} ${(bytes / 1024).toFixed(1)} KiB`);
  console.log(`first visit JavaScript, gzipped: ${(total / 1024).toFixed(1)} KiB in ${sizes.size} files (limit 130 KiB)\n${files.join('\n')}`);
  expect(sizes.size).toBeGreaterThan(0);
  expect(total, files.join('\n')).toBeLessThanOrEqual(LIMIT);
});

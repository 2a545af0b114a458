// `pnpm bench` (dashboard part): the production bundle's size (gzipped JavaScript and CSS) and the time from
// opening the app to the demo class's sociogram being drawn, in Debian's Chromium (median of 7 runs).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { build, preview } from 'vite';

const root = join(import.meta.dirname, '..');
await build({ root, logLevel: 'error' });
const assets = join(root, 'dist', 'assets');
const sizes = { js: 0, css: 0 };
for (const file of readdirSync(assets)) {
  const kind = file.endsWith('.js') ? 'js' : file.endsWith('.css') ? 'css' : null;
  if (kind) sizes[kind] += gzipSync(readFileSync(join(assets, file))).length;
}

const server = await preview({ root, preview: { host: '127.0.0.1', port: 4174, strictPort: true }, logLevel: 'error' });
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const times = [];
try {
  for (let run = 0; run < 7; run++) {
    const page = await browser.newPage();
    const started = Date.now();
    await page.goto('http://127.0.0.1:4174/');
    await page.getByRole('button', { name: 'Åpne: Demo 7B' }).click();
    await page.locator('svg.sociogram g.node').nth(24).waitFor();
    times.push(Date.now() - started);
    await page.close();
  }
} finally {
  await browser.close();
  server.httpServer.close();
}
times.sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)];
console.log('\nDashboard (production build, Chromium)');
console.log(`  JavaScript, gzipped                          ${(sizes.js / 1024).toFixed(1)} KiB`);
console.log(`  CSS, gzipped                                 ${(sizes.css / 1024).toFixed(1)} KiB`);
console.log(`  open app → demo sociogram drawn (median of 7)  ${median} ms  (best ${times[0]} ms)  target < 2000 ms: ${median < 2000 ? 'met' : 'NOT MET'}`);

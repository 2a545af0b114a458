// `pnpm bench` (dashboard part): the production bundle's size (gzipped JavaScript and CSS), the time from
// opening the app to the demo class's sociogram being drawn, and the time to a group plan and to another
// suggestion for the demo class, in Debian's Chromium (medians).
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
const planTimes = [];
const anotherTimes = [];
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
  for (let run = 0; run < 5; run++) {
    const page = await browser.newPage();
    await page.goto('http://127.0.0.1:4174/');
    await page.getByRole('button', { name: 'Åpne: Demo 7B' }).click();
    await page.getByRole('tab', { name: 'Grupper' }).click();
    let started = Date.now();
    await page.getByRole('button', { name: 'Lag grupper' }).click();
    await page.getByText('Nye grupper er laget.').waitFor();
    planTimes.push(Date.now() - started);
    started = Date.now();
    await page.getByRole('button', { name: 'Et annet forslag' }).click();
    await page.getByText(/Et annet forslag: \d+ elever|Fant ingen annen plan/).waitFor({ timeout: 30_000 });
    anotherTimes.push(Date.now() - started);
    await page.close();
  }
} finally {
  await browser.close();
  server.httpServer.close();
}
times.sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)];
const middle = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];
console.log('\nDashboard (production build, Chromium)');
console.log(`  JavaScript, gzipped                          ${(sizes.js / 1024).toFixed(1)} KiB`);
console.log(`  CSS, gzipped                                 ${(sizes.css / 1024).toFixed(1)} KiB`);
console.log(`  open app → demo sociogram drawn (median of 7)  ${median} ms  (best ${times[0]} ms)  target < 2000 ms: ${median < 2000 ? 'met' : 'NOT MET'}`);
console.log(`  "Lag grupper" → groups shown (median of 5)   ${middle(planTimes)} ms  (search 1000 ms; target < 1500 ms: ${middle(planTimes) < 1500 ? 'met' : 'NOT MET'})`);
console.log(`  "Et annet forslag" → shown (median of 5)     ${middle(anotherTimes)} ms  (1–3 searches of 1000 ms; target < 3500 ms: ${middle(anotherTimes) < 3500 ? 'met' : 'NOT MET'})`);

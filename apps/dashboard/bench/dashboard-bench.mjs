// `pnpm bench` (dashboard part): the production bundle's size (gzipped JavaScript and CSS), the JavaScript a
// first visit actually fetches (start page + demo sociogram, measured from the requests the page made, each
// response gzipped as a static server would send it), the time from opening the app to the demo class's
// sociogram being drawn, and the time to a group plan and to another suggestion for the demo class, in
// Debian's Chromium (medians); first, the sociogram's geometry on the fixture classes (`bench sociogram`: only
// that); last, class composition in the browser (classes-bench.mjs). BENCH_PORT chooses the preview port.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { build, defaultServerConditions, preview, runnerImport } from 'vite';
import { classesInBrowser } from './classes-bench.mjs';
import { largeClassCsv, longestTaskSince, pageNow, recordLongTasks } from './long-tasks.mjs';

const root = join(import.meta.dirname, '..');
{
  // The sociogram's geometry (bench/sociogram-bench.ts), run in Node through Vite's module runner, core from source.
  const { module } = await runnerImport(join(root, 'bench', 'sociogram-bench.ts'), {
    configFile: false,
    root,
    logLevel: 'error',
    environments: { inline: { resolve: { noExternal: ['@sociogram/core'], conditions: ['@sociogram/source', ...defaultServerConditions] } } },
  });
  console.log('\nSociogram: ties through names and marks, straight lines → routed (bench/sociogram-bench.ts)\n');
  console.log(module.sociogramBench());
  if (process.argv.includes('sociogram')) process.exit(0);
}
await build({ root, logLevel: 'error' });
const assets = join(root, 'dist', 'assets');
const sizes = { js: 0, css: 0 };
for (const file of readdirSync(assets)) {
  const kind = file.endsWith('.js') ? 'js' : file.endsWith('.css') ? 'css' : null;
  if (kind) sizes[kind] += gzipSync(readFileSync(join(assets, file))).length;
}

const port = Number(process.env.BENCH_PORT ?? 4174);
const url = `http://127.0.0.1:${port}/`;
const server = await preview({ root, preview: { host: '127.0.0.1', port, strictPort: true }, logLevel: 'error' });
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const times = [];
const planTimes = [];
const anotherTimes = [];
let classesLines = [];
/** The 2,000-pupil class: the longest main-thread task and the times to import and to open (ms). */
const largeRuns = [];
/** Gzipped bytes of every script the first visit's page requested, by file name. */
const firstVisit = new Map();
try {
  {
    const context = await browser.newContext();
    const page = await context.newPage();
    const bodies = [];
    page.on('response', (response) => {
      if (response.request().resourceType() === 'script') bodies.push(response.body().then((body) => firstVisit.set(new URL(response.url()).pathname, gzipSync(body).length)));
    });
    await page.goto(url);
    await page.getByRole('button', { name: 'Åpne: Demo 7B' }).click();
    await page.locator('svg.sociogram g.node').nth(24).waitFor();
    await page.waitForLoadState('networkidle');
    await Promise.all(bodies);
    await context.close();
  }
  for (let run = 0; run < 7; run++) {
    const page = await browser.newPage();
    const started = Date.now();
    await page.goto(url);
    await page.getByRole('button', { name: 'Åpne: Demo 7B' }).click();
    await page.locator('svg.sociogram g.node').nth(24).waitFor();
    times.push(Date.now() - started);
    await page.close();
  }
  for (let run = 0; run < 5; run++) {
    const page = await browser.newPage();
    await page.goto(url);
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
  {
    const page = await browser.newPage();
    await page.goto(url);
    classesLines = await classesInBrowser(page);
    await page.close();
  }
  // A 2,000-pupil class: import, save and open, pupil table (issue 22; e2e/large-class.spec.ts checks the same).
  for (let run = 0; run < 3; run++) {
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    await recordLongTasks(page);
    await page.goto(url);
    await page.getByRole('navigation').getByRole('button', { name: 'Importer en undersøkelse' }).click();
    const start = await pageNow(page);
    let started = Date.now();
    await page.getByLabel('Eksport fra undersøkelsen (CSV eller Excel .xlsx)').setInputFiles({ name: 'stor-klasse.csv', mimeType: 'text/csv', buffer: Buffer.from(largeClassCsv(2000)) });
    await page.getByText(/^2000 elever, 2000 svarte/).waitFor({ timeout: 60_000 });
    const imported = Date.now() - started;
    await page.getByLabel('Klassens navn').fill('Stor klasse');
    started = Date.now();
    await page.getByRole('button', { name: 'Lagre klassen' }).click();
    await page.getByText('2000 elever er for mange til å tegnes').waitFor({ timeout: 60_000 });
    const opened = Date.now() - started;
    await page.getByRole('tab', { name: 'Elevtabell' }).click();
    await page.locator('table[aria-busy="false"]').waitFor({ timeout: 60_000 });
    largeRuns.push({ longest: await longestTaskSince(page, start), imported, opened });
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
const firstVisitBytes = [...firstVisit.values()].reduce((a, b) => a + b, 0);
console.log(`  JavaScript, gzipped, all chunks              ${(sizes.js / 1024).toFixed(1)} KiB  (the service worker precaches them after the first visit)`);
console.log(`  first visit JavaScript (start + demo), gzipped  ${(firstVisitBytes / 1024).toFixed(1)} KiB in ${firstVisit.size} files  target ≤ 130 KiB: ${firstVisitBytes <= 130 * 1024 ? 'met' : 'NOT MET'}`);
for (const [file, bytes] of [...firstVisit].sort((a, b) => b[1] - a[1])) console.log(`    ${file}  ${(bytes / 1024).toFixed(1)} KiB`);
const workerScripts = readdirSync(join(root, 'dist')).filter((file) => file === 'sw.js' || /^workbox-.*\.js$/.test(file));
const workerBytes = workerScripts.reduce((sum, file) => sum + gzipSync(readFileSync(join(root, 'dist', file))).length, 0);
console.log(`  service worker scripts (${workerScripts.join(', ')}), gzipped  ${(workerBytes / 1024).toFixed(1)} KiB  (fetched by the browser in the background, not by the page)`);
console.log(`  CSS, gzipped                                 ${(sizes.css / 1024).toFixed(1)} KiB`);
console.log(`  open app → demo sociogram drawn (median of 7)  ${median} ms  (best ${times[0]} ms)  target < 2000 ms: ${median < 2000 ? 'met' : 'NOT MET'}`);
console.log(`  "Lag grupper" → groups shown (median of 5)   ${middle(planTimes)} ms  (search 1000 ms; target < 1500 ms: ${middle(planTimes) < 1500 ? 'met' : 'NOT MET'})`);
console.log(`  "Et annet forslag" → shown (median of 5)     ${middle(anotherTimes)} ms  (1–3 searches of 1000 ms; target < 3500 ms: ${middle(anotherTimes) < 3500 ? 'met' : 'NOT MET'})`);
const largeLongest = Math.max(...largeRuns.map((r) => r.longest));
console.log(`  2,000-pupil class: longest main-thread task, import → open → pupil table (worst of ${largeRuns.length})  ${Math.round(largeLongest)} ms  target ≤ 200 ms: ${largeLongest <= 200 ? 'met' : 'NOT MET'}`);
console.log(`    read the file ${middle(largeRuns.map((r) => r.imported))} ms, save and analyse ${middle(largeRuns.map((r) => r.opened))} ms (medians, in workers)`);
for (const line of classesLines) console.log(line);

// Class composition in the browser (issue #20 item 5): the built dashboard's own classes worker
// (dist/assets/classes-worker-*.js, the planners alone) run as the "Neste års klasser" view runs it — two
// workers, seeds 1 and 2, the best kept, no step budget — on the benchmark package's cohorts of 300 pupils into 10
// (fixtures/planning/classes), at 1 s and 5 s, as % of the best known plan; every hard rule and per-pupil
// guarantee checked. `node bench/classes-bench.mjs` runs it alone on an existing build (pnpm build first);
// dashboard-bench.mjs runs it after its own build.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const CLASSES_DIR = join(root, '..', '..', 'fixtures', 'planning', 'classes');
const LIMITS = [1000, 5000];

/** Runs every cohort at every limit in `page` (on the app's origin); returns the rows to print. */
export async function classesInBrowser(page) {
  const worker = readdirSync(join(root, 'dist', 'assets')).find((file) => /^classes-worker-.*\.js$/.test(file));
  if (!worker) throw new Error('no classes worker in dist/assets: build the dashboard first');
  const instances = readdirSync(CLASSES_DIR).filter((f) => f.endsWith('.json')).sort().map((f) => JSON.parse(readFileSync(join(CLASSES_DIR, f), 'utf8'))).filter((i) => i.bestKnown);
  const results = [];
  for (const limit of LIMITS) {
    for (const instance of instances) {
      const run = await page.evaluate(async ({ url, problem, options }) => {
        const one = (seed) => new Promise((resolve, reject) => {
          const w = new Worker(url, { type: 'module' });
          w.onmessage = (event) => { resolve(event.data); w.terminate(); };
          w.onerror = (event) => reject(new Error(event.message));
          w.postMessage({ problem, options: { ...options, seed } });
        });
        const started = performance.now();
        const answers = await Promise.all([one(1), one(2)]);
        const plans = answers.filter((a) => a.plan && !a.plan.infeasible).map((a) => a.plan);
        const best = plans.sort((a, b) => b.score - a.score)[0];
        return {
          ms: performance.now() - started,
          score: best ? best.score : 0,
          ok: Boolean(best) && best.evaluation.violations.length === 0 && best.guarantees.withChosenFriend === best.guarantees.withAdmissibleFriend,
        };
      }, { url: `/assets/${worker}`, problem: instance.problem, options: { classCount: instance.classCount, timeLimit: limit, maxIterations: 1e9 } });
      results.push({ limit, name: instance.name, share: (100 * run.score) / instance.bestKnown, ms: run.ms, ok: run.ok });
    }
  }
  const lines = [];
  for (const limit of LIMITS) {
    const rows = results.filter((r) => r.limit === limit);
    const shares = rows.map((r) => r.share).sort((a, b) => a - b);
    const ms = rows.map((r) => r.ms).sort((a, b) => a - b);
    lines.push(`  classes 300 → 10 in the browser, 2 workers, ${limit / 1000} s: % of best known  median ${shares[Math.floor(shares.length / 2)].toFixed(2)} %, worst ${shares[0].toFixed(2)} % (of ${rows.length}; wall time median ${Math.round(ms[Math.floor(ms.length / 2)])} ms)${limit === 5000 ? `  target ≥ 99.5 %: ${shares[0] >= 99.5 ? 'met' : 'NOT MET'}` : ''}`);
  }
  const ok = results.filter((r) => r.ok).length;
  lines.push(`  classes in the browser: runs with every rule and per-pupil guarantee met  ${ok} of ${results.length}`);
  return lines;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { chromium } = await import('@playwright/test');
  const { preview } = await import('vite');
  const port = Number(process.env.BENCH_PORT ?? 4174);
  const server = await preview({ root, preview: { host: '127.0.0.1', port, strictPort: true }, logLevel: 'error' });
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${port}/`);
    console.log('\nClass composition in the browser (production build, Chromium)');
    for (const line of await classesInBrowser(page)) console.log(line);
  } finally {
    await browser.close();
    server.httpServer.close();
  }
}

#!/usr/bin/env node
// Runs every check of the repository — typecheck, unit and component tests of each package, the build, the
// packed packages installed with npm in an empty folder (scripts/consumer-test.mjs), then the
// dashboard's end-to-end tests in Chromium — and ends with one line: `N passed, N failed`.
// Exits non-zero when anything failed. Used by the README's test command and by .ci/run.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const summary = join(mkdtempSync(join(tmpdir(), 'sociogram-tests-')), 'summary.jsonl');
const env = { ...process.env, SOCIOGRAM_SUMMARY_FILE: summary, NO_COLOR: '1', FORCE_COLOR: '0', PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1' };
let extraFailed = 0;
let extraPassed = 0;

function step(name, command, args, { counted = false } = {}) {
  console.log(`\n=== ${name}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env });
  const ok = result.status === 0;
  if (!counted) {
    if (ok) extraPassed++;
    else extraFailed++;
    console.log(`${name}: ${ok ? 'ok' : 'FAILED'}`);
  } else if (!ok) {
    console.log(`${name}: exited with ${result.status}`);
  }
  return ok;
}

/** Chromium runs the end-to-end tests; poppler-utils reads the printed sheets back (pdftotext, pdfinfo, pdftoppm). */
function ensureBrowserTools() {
  const has = (command) => spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;
  const missing = [...(existsSync('/usr/bin/chromium') ? [] : ['chromium']), ...(has('pdftotext') ? [] : ['poppler-utils'])];
  if (missing.length === 0) return true;
  const asRoot = process.getuid?.() === 0;
  const sudo = asRoot ? [] : ['sudo', '-n'];
  console.log(`\n=== Missing for the end-to-end tests: installing Debian's ${missing.join(', ')}`);
  const run = (args) => spawnSync(sudo[0] ?? args[0], sudo.length ? [...sudo.slice(1), ...args] : args.slice(1), { stdio: 'inherit' }).status === 0;
  return run(['apt-get', 'update', '-qq']) && run(['apt-get', 'install', '-y', '-qq', ...missing]) && existsSync('/usr/bin/chromium') && has('pdftotext');
}

const before = existsSync(summary) ? readFileSync(summary, 'utf8') : '';
step('typecheck', 'pnpm', ['-r', '--no-bail', '--no-sort', '--workspace-concurrency=1', 'typecheck']);
step('unit and component tests', 'pnpm', ['-r', '--no-bail', '--no-sort', '--workspace-concurrency=1', 'test'], { counted: true });
step('build', 'pnpm', ['-r', 'build']);
step('packed packages installed with npm (consumer test)', 'node', ['scripts/consumer-test.mjs'], { counted: true });
if (ensureBrowserTools()) {
  step('end-to-end tests (Chromium)', 'pnpm', ['--filter', '@sociogram/dashboard', 'e2e'], { counted: true });
} else {
  console.log('Could not install Chromium and poppler-utils (run `apt-get install chromium poppler-utils` as root); end-to-end tests not run.');
  extraFailed++;
}

let passed = extraPassed;
let failed = extraFailed;
const lines = (existsSync(summary) ? readFileSync(summary, 'utf8') : before).split('\n').filter(Boolean);
for (const line of lines) {
  const counts = JSON.parse(line);
  passed += counts.passed;
  failed += counts.failed;
}
const suites = lines.map((line) => JSON.parse(line).suite);
for (const expected of ['@sociogram/core', '@sociogram/cli', '@sociogram/bench', '@sociogram/dashboard', 'consumer', 'e2e']) {
  if (!suites.includes(expected)) {
    console.log(`suite ${expected} reported no results`);
    failed++;
  }
}
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);

#!/usr/bin/env node
// Tests the packages as a stranger gets them from npm: `pnpm pack`s @sociogram/core and @sociogram/cli
// (built first when dist/ is missing), installs the two tarballs with plain npm into an empty folder, then
// runs `npx sociogram` (and `npx <cli tarball>`) and imports core as an ES module with the default conditions and with
// `--conditions=development` (the condition a consumer's Vite dev server resolves). Prints `N passed, N
// failed`, appends the counts to $SOCIOGRAM_SUMMARY_FILE (suite "consumer") and exits non-zero on a failure.
import { execFileSync, spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'sociogram-consumer-'));
const results = [];

function check(name, fn) {
  try {
    fn();
    results.push({ name, ok: true });
    console.log(`  ✓ ${name}`);
  } catch (error) {
    results.push({ name, ok: false });
    console.log(`  ✗ ${name}\n    ${String(error.stack ?? error).split('\n').slice(0, 12).join('\n    ')}`);
  }
}

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 64 * 2 ** 20, ...options });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} exited with ${result.status}\n${result.stderr}${result.stdout.slice(0, 2000)}`);
  return result.stdout;
}

function assert(condition, message) {
  if (!condition) throw new Error(message);
}

const packages = ['core', 'cli'];
const tarballs = {};
console.log(`Consumer test in ${work}`);

check('pnpm pack @sociogram/core and @sociogram/cli', () => {
  for (const name of packages) {
    const dir = join(root, 'packages', name);
    if (!existsSync(join(dir, 'dist'))) run('pnpm', ['build'], { cwd: dir });
    const out = run('pnpm', ['pack', '--pack-destination', work], { cwd: dir });
    const file = out.trim().split('\n').filter((line) => line.endsWith('.tgz')).pop();
    assert(file, `pnpm pack printed no tarball for ${name}:\n${out}`);
    tarballs[name] = file.startsWith('/') ? file : join(work, file);
  }
});

check('each tarball holds LICENSE, README.md and dist/, no src/', () => {
  for (const name of packages) {
    const files = execFileSync('tar', ['-tzf', tarballs[name]], { encoding: 'utf8' }).split('\n');
    for (const needed of ['package/LICENSE', 'package/package.json', 'package/dist/']) assert(files.some((f) => f.startsWith(needed)), `${name}: ${needed} missing`);
    if (name === 'core') assert(files.includes('package/README.md'), 'core: README.md missing');
    assert(!files.some((f) => f.startsWith('package/src/')), `${name}: src/ is in the package`);
    const manifest = JSON.parse(execFileSync('tar', ['-xzOf', tarballs[name], 'package/package.json'], { encoding: 'utf8' }));
    assert(!JSON.stringify(manifest).includes('workspace:'), `${name}: workspace: protocol left in package.json`);
  }
});

const app = join(work, 'app');
check('npm install the two tarballs into an empty folder', () => {
  run('mkdir', ['-p', app]);
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  run('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', tarballs.core, tarballs.cli], { cwd: app });
});

const demo = join(root, 'fixtures/demo/klasse-7b.csv');
check('npx sociogram --version and import <demo> --json', () => {
  const { version } = JSON.parse(readFileSync(join(root, 'packages/cli/package.json'), 'utf8'));
  assert(run('npx', ['--no-install', 'sociogram', '--version'], { cwd: app }).trim() === version, 'wrong --version');
  const json = JSON.parse(run('npx', ['--no-install', 'sociogram', 'import', demo, '--json'], { cwd: app }));
  assert(json.pupils.length === 24 && json.questions.length > 0 && json.nominations.length > 0, 'import --json: unexpected content');
  for (const key of ['pupils', 'questions', 'nominations', 'respondents', 'issues', 'detected']) assert(key in json, `import --json lacks ${key}`);
});

check('npx sociogram reads .xlsx, plans seating, plans groups on 2 threads, rejects options of other commands', () => {
  const xlsx = JSON.parse(run('npx', ['--no-install', 'sociogram', 'import', join(root, 'fixtures/tiny/microsoft-forms.xlsx'), '--json'], { cwd: app }));
  assert(xlsx.detected.source.kind === 'xlsx', 'xlsx not read');
  const seating = JSON.parse(run('npx', ['--no-install', 'sociogram', 'plan', 'seating', demo, '--layout', join(root, 'fixtures/planning/layout-pairs-4x4.json'), '--iterations', '200', '--json'], { cwd: app }));
  assert(seating.infeasible === false && seating.seats.length === 32, 'plan seating failed');
  const groups = JSON.parse(run('npx', ['--no-install', 'sociogram', 'plan', 'groups', demo, '--workers', '2', '--iterations', '200', '--json'], { cwd: app }));
  assert(groups.infeasible === false, 'plan groups --workers 2 failed');
  const wrong = spawnSync('npx', ['--no-install', 'sociogram', 'import', demo, '--classes', '3'], { cwd: app, encoding: 'utf8' });
  assert(wrong.status === 1 && wrong.stderr.includes('import does not take --classes'), `import --classes 3: exit ${wrong.status}`);
});

check('npx <cli tarball> runs without installing anything else (no dependencies)', () => {
  const manifest = JSON.parse(execFileSync('tar', ['-xzOf', tarballs.cli, 'package/package.json'], { encoding: 'utf8' }));
  assert(Object.keys(manifest.dependencies ?? {}).length === 0, `the CLI has runtime dependencies: ${JSON.stringify(manifest.dependencies)}`);
  const out = run('npx', ['--yes', '--package', tarballs.cli, 'sociogram', 'import', demo, '--json'], { cwd: work });
  assert(JSON.parse(out).pupils.length === 24, 'npx <tarball> import failed');
});

const probe = `
import { readFileSync } from 'node:fs';
import { analyseSurvey, createRoomLayout, derivePlanningProblem, importSurvey, planSeating } from '@sociogram/core';
import { planGroups } from '@sociogram/core/planners';
import { formatMessage, indicatorMessage } from '@sociogram/core/messages';
const { survey, issues } = importSurvey(new Uint8Array(readFileSync(${JSON.stringify(demo)})), { file: 'klasse-7b.csv' });
const problem = derivePlanningProblem(survey, analyseSurvey(survey, { importIssues: issues }));
const seating = planSeating(problem, createRoomLayout({ kind: 'pairs', rows: 4, desksPerRow: 4 }), { maxIterations: 200 });
const groups = planGroups(problem, { maxIterations: 200 });
const analysis = analyseSurvey(survey, { importIssues: issues });
const flagged = analysis.pupils.find((p) => p.indicators.length > 0);
const sentences = ['nb', 'nn', 'en'].map((lang) => formatMessage(indicatorMessage(flagged.indicators[0], 'X'), lang));
console.log(JSON.stringify({ pupils: survey.pupils.length, seating: !seating.infeasible, groups: !groups.infeasible, sentences }));
`;
for (const conditions of [[], ['--conditions=development']]) {
  check(`import('@sociogram/core') from an ES module${conditions.length ? ` with ${conditions[0]}` : ''}`, () => {
    writeFileSync(join(app, 'probe.mjs'), probe);
    const out = JSON.parse(run(process.execPath, [...conditions, 'probe.mjs'], { cwd: app }));
    assert(out.pupils === 24 && out.seating && out.groups, `unexpected ${JSON.stringify(out)}`);
    assert(new Set(out.sentences).size === 3 && out.sentences.every((s) => s.includes('X')), `@sociogram/core/messages: ${JSON.stringify(out.sentences)}`);
  });
}

const passed = results.filter((r) => r.ok).length;
const failed = results.length - passed;
if (process.env.SOCIOGRAM_SUMMARY_FILE) appendFileSync(process.env.SOCIOGRAM_SUMMARY_FILE, `${JSON.stringify({ suite: 'consumer', passed, failed, skipped: 0 })}\n`);
if (failed === 0) rmSync(work, { recursive: true, force: true });
else console.log(`\nTHE PACKED PACKAGES ARE BROKEN for a stranger installing them from npm (left in ${work}).`);
console.log(`consumer: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);

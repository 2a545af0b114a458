/**
 * Vitest reporter that adds this run's counts to $SOCIOGRAM_SUMMARY_FILE (one JSON line per run), so
 * `scripts/test-all.mjs` can print one closing line for every suite, and prints `N passed, N failed` itself.
 */
import { appendFileSync } from 'node:fs';
import type { Reporter, TestModule } from 'vitest/node';

export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<unknown>): void {
    let passed = 0;
    let failed = unhandledErrors.length;
    let skipped = 0;
    for (const module of testModules) {
      if (module.state() === 'failed' && [...module.children.allTests()].length === 0) failed++;
      for (const test of module.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') passed++;
        else if (state === 'failed') failed++;
        else skipped++;
      }
    }
    const suite = process.env.npm_package_name ?? process.cwd();
    console.log(`${suite}: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
    const file = process.env.SOCIOGRAM_SUMMARY_FILE;
    if (file) appendFileSync(file, `${JSON.stringify({ suite, passed, failed, skipped })}\n`);
  }
}

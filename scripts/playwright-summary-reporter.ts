/** Playwright reporter: prints `e2e: N passed, N failed` and adds the counts to $SOCIOGRAM_SUMMARY_FILE. */
import { appendFileSync } from 'node:fs';
import type { FullResult, Reporter, TestCase, TestResult } from '@playwright/test/reporter';

export default class SummaryReporter implements Reporter {
  private readonly outcomes = new Map<string, string>();

  onTestEnd(test: TestCase, result: TestResult): void {
    this.outcomes.set(test.id, result.status);
  }

  onEnd(result: FullResult): void {
    const statuses = [...this.outcomes.values()];
    const passed = statuses.filter((s) => s === 'passed').length;
    const skipped = statuses.filter((s) => s === 'skipped').length;
    let failed = statuses.length - passed - skipped;
    if (result.status !== 'passed' && failed === 0) failed = 1;
    console.log(`e2e: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
    const file = process.env.SOCIOGRAM_SUMMARY_FILE;
    if (file) appendFileSync(file, `${JSON.stringify({ suite: 'e2e', passed, failed, skipped })}\n`);
  }
}

// Shared by `pnpm bench` (dashboard-bench.mjs) and e2e/large-class.spec.ts: a generated export of a large class
// and the longest main-thread task (PerformanceObserver `longtask`, > 50 ms) recorded in a Playwright page.

/** A long-format export of `n` pupils named "Elev 0001" …, each choosing up to three others (deterministic). */
export function largeClassCsv(n = 2000) {
  const name = (i) => `Elev ${String(i + 1).padStart(4, '0')}`;
  const rows = ['respondent,nominee,question'];
  for (let i = 0; i < n; i++) {
    for (const j of [(i + 1) % n, (i + 7) % n, (i * 13 + 5) % n]) if (j !== i) rows.push(`${name(i)},${name(j)},Hvem liker du å være sammen med?`);
  }
  return `${rows.join('\n')}\n`;
}

/** Records every long task of `page` from its first script on (call before `goto`). */
export async function recordLongTasks(page) {
  await page.addInitScript(() => {
    const tasks = [];
    window.__longTasks = tasks;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) tasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
  });
}

/** The page's clock (ms), to mark where a step starts. */
export function pageNow(page) {
  return page.evaluate(() => performance.now());
}

/** The longest task (ms) that started at or after `since`; 0 when none passed 50 ms. */
export async function longestTaskSince(page, since) {
  // A long task is reported after it ends: give the observer a moment.
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 100)));
  return page.evaluate((t) => Math.max(0, ...window.__longTasks.filter((x) => x.start >= t).map((x) => x.duration)), since);
}

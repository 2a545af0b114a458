/** Times a function: a few warm-up runs, then the median and best of `runs` timed runs, in milliseconds. */
export interface Timing {
  readonly median: number;
  readonly best: number;
  readonly runs: number;
}

export function measure(fn: () => unknown, runs = 15, warmup = 3): Timing {
  for (let i = 0; i < warmup; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(times.length / 2)]!, best: times[0]!, runs };
}

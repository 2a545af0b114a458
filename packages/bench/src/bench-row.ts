/** One line of `pnpm bench` output. */
export interface BenchRow {
  readonly name: string;
  readonly value: number;
  readonly unit: string;
  /** The figure to stay under (or reach, with `higherIsBetter`), null when purely informative. */
  readonly target: number | null;
  readonly higherIsBetter?: boolean;
  readonly ratio?: number;
  readonly ratioOf?: string;
}

export function formatBenchRows(title: string, rows: readonly BenchRow[]): string {
  const width = Math.max(...rows.map((row) => row.name.length), 10);
  let out = `\n${title}\n`;
  for (const row of rows) {
    const value = `${row.value.toFixed(row.unit === 'ms' ? 1 : 2)} ${row.unit}`.padStart(12);
    const target = row.target === null ? '' : `  target ${row.higherIsBetter ? '≥' : '<'} ${row.target} ${row.unit}: ${(row.higherIsBetter ? row.value >= row.target : row.value < row.target) ? 'met' : 'NOT MET'}`;
    const ratio = row.ratio === undefined ? '' : `  (${row.ratio.toFixed(1)}× ${row.ratioOf})`;
    out += `  ${row.name.padEnd(width)}  ${value}${ratio}${target}\n`;
  }
  return out;
}

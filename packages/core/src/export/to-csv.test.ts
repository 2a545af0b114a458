import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from './to-csv.ts';

describe('toCsv(rows)', () => {
  it('neutralises cells that start like a formula', () => {
    for (const evil of ['=HYPERLINK("http://x","y")', '+1+1', '-2+3', '@SUM(A1)', '\t=1', '\r=1']) expect(csvCell(evil).replace(/^"/, '').startsWith("'")).toBe(true);
    expect(csvCell('Åse')).toBe('Åse');
    expect(csvCell('-')).toBe("'-");
  });
  it('round-trips through a CSV parser, with a BOM and ";" by default', () => {
    const rows = [['navn', 'notat'], ['Åse Ødegård', 'sa "hei"; gikk'], ['Per', 'linje 1\nlinje 2'], ['=1+1', null]];
    const text = toCsv(rows);
    expect(text.startsWith('\uFEFF')).toBe(true);
    const parsed = Papa.parse<string[]>(text.slice(1), { delimiter: ';' }).data.filter((r) => r.length > 1);
    expect(parsed).toEqual([['navn', 'notat'], ['Åse Ødegård', 'sa "hei"; gikk'], ['Per', 'linje 1\nlinje 2'], ["'=1+1", '']]);
  });
});

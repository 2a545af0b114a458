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
  it('quotes every delimiter a reader may guess, so Per,=2+2 stays one cell that is no formula', () => {
    expect(csvCell('Per,=2+2', ';')).toBe('"Per,=2+2"');
    expect(csvCell('Per;=2+2', ',')).toBe('"Per;=2+2"');
    expect(csvCell('Per\t=2+2', ',')).toBe('"Per\t=2+2"');
    const text = toCsv([['navn', 'notat'], ['Per,=2+2', 'Kari;=1']], { bom: false });
    for (const delimiter of [',', ';']) {
      const parsed = Papa.parse<string[]>(text, { delimiter }).data.filter((r) => r.length > 0 && r[0] !== '');
      expect(parsed.every((row) => row.every((cell) => !cell.startsWith('=')))).toBe(true);
    }
    expect(Papa.parse<string[]>(text, { delimiter: ';' }).data[1]).toEqual(['Per,=2+2', 'Kari;=1']);
  });
  it('keeps names as typed with guardFormulas: false', () => {
    expect(toCsv([['-Anna'], ['=Per']], { bom: false, guardFormulas: false })).toBe('-Anna\r\n=Per\r\n');
    expect(toCsv([['-Anna']], { bom: false })).toBe("'-Anna\r\n");
  });
});

import { describe, expect, it } from 'vitest';
import { printable } from './printable.ts';

describe('printable(text)', () => {
  it('replaces escape codes, carriage returns, backspaces, C1 controls and bidi overrides', () => {
    expect(printable('\u001b[2J\u001b[HOla')).toBe('\uFFFD[2J\uFFFD[HOla');
    expect(printable('Kari\u001b]0;hacked\u0007')).toBe('Kari\uFFFD]0;hacked\uFFFD');
    expect(printable('Åse\rNils')).toBe('Åse\uFFFDNils');
    expect(printable('Back\u0008X')).toBe('Back\uFFFDX');
    expect(printable('C1\u009b31m')).toBe('C1\uFFFD31m');
    expect(printable('Bidi\u202eesrever')).toBe('Bidi\uFFFDesrever');
  });

  it('keeps line feeds, tabs and every letter', () => {
    expect(printable('Åse Ødegård\tKari\nØystein – “Per”')).toBe('Åse Ødegård\tKari\nØystein – “Per”');
  });
});

import { describe, expect, it } from 'vitest';
import { isFramed, refuseFrame } from './frame-guard.ts';

describe('isFramed(window)', () => {
  it('is false for the top window, true inside a frame and when the top cannot be read', () => {
    expect(isFramed(window)).toBe(false);
    const frame = document.createElement('iframe');
    document.body.append(frame);
    expect(isFramed(frame.contentWindow!)).toBe(true);
    const hostile = { get top(): Window { throw new DOMException('blocked', 'SecurityError'); }, self: {} } as unknown as Window;
    expect(isFramed(hostile)).toBe(true);
    frame.remove();
  });

  it('refuseFrame shows only the message, even when the top window cannot be navigated', () => {
    const target = document.createElement('div');
    target.innerHTML = '<p>app</p>';
    const blocked = { get top(): Window { throw new DOMException('blocked', 'SecurityError'); }, location: { href: 'x' } } as unknown as Window;
    refuseFrame(blocked, target, 'Not in a frame');
    expect(target.innerHTML).toBe('Not in a frame');
  });
});

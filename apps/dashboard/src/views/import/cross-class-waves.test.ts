// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { crossClassWaves } from './cross-class-waves.ts';

describe('crossClassWaves(crossClass, waveOf)', () => {
  it('groups the choices by the chooser\'s class, names the other class by its new wave, and leaves out classes not saved', () => {
    const crossClass = [
      { from: 'p1', fromClass: '7A', to: 'p9', toClass: '7B', question: 'friends' },
      { from: 'p2', fromClass: '7A', to: 'p8', toClass: '7C', question: 'bully' },
      { from: 'p9', fromClass: '7B', to: 'p1', toClass: '7A', question: 'friends' },
      { from: 'p5', fromClass: '7C', to: 'p1', toClass: '7A', question: 'friends' },
    ];
    const out = crossClassWaves(crossClass, new Map([['7A', 'wa'], ['7B', 'wb']]));
    expect(Object.fromEntries(out)).toEqual({
      '7A': [{ from: 'p1', toWave: 'wb', to: 'p9', question: 'friends' }],
      '7B': [{ from: 'p9', toWave: 'wa', to: 'p1', question: 'friends' }],
    });
  });
});

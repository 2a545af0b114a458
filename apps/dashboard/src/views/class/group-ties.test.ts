import { describe, expect, it } from 'vitest';
import { groupTies } from './group-ties.ts';

describe('groupTies(group, positive)', () => {
  it('lists mutual pairs once and one-way choices from the chooser, inside the group only', () => {
    const positive: [string, string][] = [['a', 'b'], ['b', 'a'], ['c', 'a'], ['a', 'x'], ['x', 'c'], ['b', 'a']];
    expect(groupTies(['a', 'b', 'c'], positive)).toEqual({ mutual: [['a', 'b']], oneWay: [['c', 'a']] });
    expect(groupTies(['x'], positive)).toEqual({ mutual: [], oneWay: [] });
  });
});

import { describe, expect, it } from 'vitest';
import { compileGroupModel } from './group-model.ts';
import type { PlanningProblem } from './planning-problem.ts';
import { tieBlocks } from './tie-blocks.ts';

describe('tieBlocks(model, seed)', () => {
  const ids = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H'];
  const circle = (members: string[]) => members.flatMap((a) => members.filter((b) => b !== a).map((b) => [a, b] as [string, string]));
  const problem: PlanningProblem = { version: 1, pupils: ids.map((id) => ({ id })), positive: [...circle(['A', 'B', 'C', 'D']), ...circle(['E', 'F', 'G']), ['D', 'E']] };
  const model = compileGroupModel(problem, 'classes');
  const block = tieBlocks(model, 1);
  const of = (id: string) => block[model.index.get(id)!];

  it('puts each circle of friends in one block, and a pupil without ties in a block alone', () => {
    expect(new Set(['A', 'B', 'C', 'D'].map(of)).size).toBe(1);
    expect(new Set(['E', 'F', 'G'].map(of)).size).toBe(1);
    expect(of('A')).not.toBe(of('E'));
    expect(ids.filter((id) => of(id) === of('H'))).toEqual(['H']);
  });

  it('is the same for the same seed', () => {
    expect(tieBlocks(model, 1)).toEqual(block);
  });
});

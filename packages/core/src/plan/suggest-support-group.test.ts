import { describe, expect, it } from 'vitest';
import { formatMessage } from '../messages/format-message.ts';
import type { PlanningProblem } from './planning-problem.ts';
import { suggestSupportGroup } from './suggest-support-group.ts';

// Kari (vulnerable) is bullied by Per. Per and Ola are mutual friends, and Ola named Kari negatively: an ally.
// Åse and Kari chose each other; Kari chose Nils; Liv chose Kari; Mona is liked by many; Tor is a star (powerful).
const problem: PlanningProblem = {
  version: 1,
  pupils: ['Kari', 'Per', 'Ola', 'Åse', 'Nils', 'Liv', 'Mona', 'Tor', 'Eva', 'Jon'].map((id) => ({ id, vulnerable: id === 'Kari', powerful: id === 'Tor' })),
  positive: [
    ['Kari', 'Åse'], ['Åse', 'Kari'], ['Kari', 'Nils'], ['Liv', 'Kari'], ['Per', 'Ola'], ['Ola', 'Per'],
    ['Eva', 'Mona'], ['Jon', 'Mona'], ['Nils', 'Mona'], ['Eva', 'Tor'], ['Jon', 'Tor'], ['Liv', 'Tor'], ['Kari', 'Tor'],
  ],
  negative: [['Ola', 'Kari']],
  bullying: [['Per', 'Kari']],
};

describe('suggestSupportGroup(problem, pupil)', () => {
  const result = suggestSupportGroup(problem, 'Kari', { size: 5 });

  it('ranks mutual friends, then own choices, then those who chose the pupil, then the well liked', () => {
    expect(result.suggestions.map((s) => [s.pupil, s.reason])).toEqual([
      ['Åse', 'MUTUAL_FRIEND'],
      ['Nils', 'CHOSEN_BY_PUPIL'],
      ['Liv', 'CHOSE_PUPIL'],
      ['Mona', 'WELL_LIKED'],
    ]);
    expect(formatMessage(result.suggestions[0]!.message, 'en')).toBe('Åse and Kari chose each other.');
  });

  it('never suggests the pupil reported as bullying, their allies, or pupils in a power position', () => {
    expect(result.excluded).toEqual([
      { pupil: 'Per', reason: 'BULLYING' },
      { pupil: 'Ola', reason: 'ALLY_OF_BULLY' },
      { pupil: 'Tor', reason: 'POWERFUL' },
    ]);
  });

  it('rejects an unknown pupil', () => {
    expect(() => suggestSupportGroup(problem, 'Zorro')).toThrow('unknown pupil');
  });
});

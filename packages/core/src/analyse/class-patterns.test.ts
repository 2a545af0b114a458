import { describe, expect, it } from 'vitest';
import { importMoreno, MORENO_GRADES } from '../../test/moreno.ts';
import type { Survey } from '../survey/survey.ts';
import { analyseSurvey } from './analyse-survey.ts';
import { classPatterns } from './class-patterns.ts';

// A, B, C choose each other (a subgroup); C–D–E–F is a chain of mutual choices; C (3 mutual) is the star and
// also chooses G, who has no mutual friend (a special power position); H chose A and nobody chose H.
const pairs = 'A>B B>A B>C C>B C>A A>C C>D D>C D>E E>D E>F F>E C>G H>A';
const survey: Survey = {
  pupils: ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H'].map((id) => ({ id, name: id, attributes: { kjønn: 'ABC'.includes(id) ? 'j' : 'm' } })),
  questions: [{ id: 'q', label: 'Hvem liker du å være sammen med?', kind: 'positive', limit: null }],
  nominations: pairs.split(' ').map((p) => ({ from: p[0]!, to: p[2]!, question: 'q' })),
  respondents: { q: ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H'] },
};

describe('classPatterns(survey)', () => {
  it('finds the stars, the isolated, special power positions, subgroups and chains of a hand-checked class', () => {
    const patterns = classPatterns(survey);
    expect(patterns.stars).toEqual(['C']);
    expect(patterns.isolated).toEqual(['H']);
    expect(patterns.specialPower).toEqual(['G']);
    expect(patterns.subgroups).toEqual([['A', 'B', 'C']]);
    expect(patterns.chains).toEqual([['C', 'D', 'E', 'F']]);
  });

  it('counts choices within and across genders, beside what random choices would give', () => {
    // Girls A, B, C; boys D–H. Across: C→D, C→G (girls to boys), D→C, H→A (boys to girls).
    // Random: a girl's choice crosses with 5/7, a boy's with 3/7; 8 choices by girls, 6 by boys → 58/98.
    expect(classPatterns(survey).genders).toEqual({ choices: 14, within: 10, across: 4, girlsToBoys: 2, boysToGirls: 2, expectedShareAcross: 0.592 });
  });

  it('says nothing about genders when they are not known, and a ring of mutual choices is no chain', () => {
    const ring: Survey = { ...survey, pupils: survey.pupils.map((p) => ({ ...p, attributes: {} })), nominations: 'A>B B>A B>C C>B C>D D>C D>A A>D'.split(' ').map((p) => ({ from: p[0]!, to: p[2]!, question: 'q' })) };
    expect(classPatterns(ring).genders).toBeNull();
    expect(classPatterns(ring).chains).toEqual([]);
  });

  it.each(MORENO_GRADES)('%s: subgroups are the mutual cliques, stars have 3+ mutual choices, chains are linked by mutual choices', (grade) => {
    const s = importMoreno(grade).survey;
    const analysis = analyseSurvey(s);
    const patterns = classPatterns(s);
    const byId = new Map(analysis.pupils.map((p) => [p.id, p]));
    expect(patterns.subgroups).toEqual(analysis.questions['sit-next-to']!.cliques);
    expect(patterns.isolated).toEqual(analysis.pupils.filter((p) => p.isolated).map((p) => p.id));
    for (const id of patterns.stars) expect(byId.get(id)!.positive.mutual).toBeGreaterThanOrEqual(3);
    for (const id of patterns.specialPower) expect(byId.get(id)!.positive.mutual).toBeLessThanOrEqual(1);
    for (const chain of patterns.chains) {
      expect(chain.length).toBeGreaterThanOrEqual(3);
      chain.slice(1).forEach((id, i) => expect(byId.get(id)!.positive.mutualWith).toContain(chain[i]));
    }
    expect(patterns.genders).toBeNull();
  });
});

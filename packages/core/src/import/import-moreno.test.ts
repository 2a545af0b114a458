import { describe, expect, it } from 'vitest';
import { importMoreno, MORENO_GRADES, morenoReference } from '../../test/moreno.ts';

describe('importSurvey on Moreno\'s real classes (1934)', () => {
  it.each(MORENO_GRADES)('%s: every pupil and every choice, as networkx counted them', (grade) => {
    const reference = morenoReference(grade);
    const { survey, issues } = importMoreno(grade);
    expect(survey.questions).toEqual([{ id: 'sit-next-to', label: 'sit_next_to', kind: 'positive', limit: null }]);
    expect(survey.pupils.length).toBe(reference.n_nodes);
    expect(survey.nominations.length).toBe(reference.n_edges);
    const given = new Map<string, number>();
    for (const n of survey.nominations) given.set(n.from, (given.get(n.from) ?? 0) + 1);
    for (const [id, node] of Object.entries(reference.nodes)) expect([id, given.get(id) ?? 0]).toEqual([id, node.out_degree]);
    // Labels that never chose anyone are non-respondents, not pupils who chose nobody.
    const silent = Object.entries(reference.nodes).filter(([, node]) => node.out_degree === 0).map(([id]) => id).sort();
    expect(issues.filter((i) => i.code === 'NON_RESPONDENT').map((i) => i.pupil).sort()).toEqual(silent);
    expect(issues.filter((i) => i.severity === 'warning')).toEqual([]);
  });
});

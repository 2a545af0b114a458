import { scoreGroups, type PlanningProblem } from '@sociogram/core';
import { render } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { Locale } from '../../lib/i18n/locale.svelte.ts';
import { appContext } from '../../lib/state/context.ts';
import RuleCheck from './RuleCheck.svelte';
import { sheetRules } from './sheet-rules.ts';

const problem: PlanningProblem = { version: 1, pupils: ['Ada', 'Bo', 'Cato', 'Dina'].map((id) => ({ id, name: id })), separate: [['Ada', 'Bo']], together: [['Cato', 'Dina']] };

describe('<RuleCheck rules>', () => {
  it('writes each broken rule from core\'s message, in the locale\'s language', () => {
    const rules = sheetRules('groups-teacher', scoreGroups(problem, [['Ada', 'Bo'], ['Cato'], ['Dina']], 2).checks, true);
    expect(rules.broken.map((c) => c.rule).sort()).toEqual(['APART', 'SIZES', 'TOGETHER']);
    const nb = render(RuleCheck, { props: { rules }, context: appContext(null, new Locale('nb')) });
    expect(nb.container.textContent).toContain('✗ Ada og Bo er i samme gruppe, men skal holdes fra hverandre (holdes adskilt av lærer).');
    expect(nb.container.textContent).toContain('✗ Cato og Dina skal være sammen, men er i ulike grupper.');
    nb.unmount();
    const en = render(RuleCheck, { props: { rules }, context: appContext(null, new Locale('en')) });
    expect(en.container.textContent).toContain('✗ Ada and Bo share a group but must be kept apart (kept apart by a teacher).');
    expect(en.container.textContent).toContain('✗ Cato and Dina should be together but are in different groups.');
  });
});

import type { ClassGuaranteeSummary, PlanRuleCheck } from '@sociogram/core';
import { message } from '@sociogram/core/messages';
import { render } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { Locale } from '../../lib/i18n/locale.svelte.ts';
import { appContext } from '../../lib/state/context.ts';
import ClassGuarantees from './ClassGuarantees.svelte';

const apart = (a: string, b: string, sensitive: boolean): PlanRuleCheck => ({
  rule: 'APART', met: false, pupils: [a, b], group: 0, sensitive,
  message: message('RULE_APART_SHARED', { a, b, unit: 'class', reasons: sensitive ? ['bullying'] : ['separate'] }),
});
const fromAnswers = apart('Cecilie Ås', 'Fredrik Moe', true);
const byTeacher = apart('Ada', 'Bo', false);
const guarantees: ClassGuaranteeSummary = { friendsMet: 0, friendsOf: 0, apartMet: 0, apartOf: 2, otherMet: 1, otherOf: 1, friendChecks: [], apartChecks: [fromAnswers, byTeacher] };

describe('<ClassGuarantees broken>', () => {
  it('counts a broken pair from closed answers without naming it, and names a pair the teacher entered', () => {
    for (const [lang, closed] of [['nb', '✗ 1 par fra lukkede svar går i samme klasse.'], ['nn', '✗ 1 par frå lukka svar går i same klasse.'], ['en', '✗ 1 pair from closed answers is in the same class.']] as const) {
      const view = render(ClassGuarantees, { props: { guarantees, audience: 'screen', broken: [fromAnswers, byTeacher], name: (id: string) => id }, context: appContext(null, new Locale(lang)) });
      const text = view.container.textContent!;
      expect(text).toContain(closed);
      expect(text).not.toContain('Cecilie');
      expect(text).not.toContain('Fredrik');
      expect(text).toContain(lang === 'en' ? 'Ada and Bo' : 'Ada og Bo');
      view.unmount();
    }
  });
});

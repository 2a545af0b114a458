import type { PlanRuleCheck } from '@sociogram/core';
import { message } from '@sociogram/core/messages';
import { describe, expect, it } from 'vitest';
import { closedPairs } from './closed-pairs.ts';

const apart = (a: string, b: string, sensitive: boolean): PlanRuleCheck => ({
  rule: 'APART', met: false, pupils: [a, b], group: 0, sensitive,
  message: message('RULE_APART_SHARED', { a, b, unit: 'class', reasons: sensitive ? ['bullying'] : ['separate'] }),
});

describe('closedPairs(checks)', () => {
  it('counts kept-apart pairs from closed answers and keeps teacher-entered pairs and other rules to be named', () => {
    const sizes: PlanRuleCheck = { rule: 'SIZES', met: false, pupils: [], group: null, sensitive: false, message: message('RULE_SIZES', { unit: 'class', actual: [3, 1], expected: [2, 2] }) };
    const split = closedPairs([apart('Ada', 'Bo', true), sizes, apart('Cato', 'Dina', false), apart('Eva', 'Finn', true)]);
    expect(split.closed).toBe(2);
    expect(split.named.map((c) => c.pupils.join('+') || c.rule)).toEqual(['SIZES', 'Cato+Dina']);
  });
});

import type { PlanRuleCheck } from '@sociogram/core';
import { describe, expect, it } from 'vitest';
import { sheetRules } from './sheet-rules.ts';

const check = (met: boolean, sensitive: boolean): PlanRuleCheck => ({ rule: 'APART', met, pupils: ['a', 'b'], group: 0, message: { code: 'RULE_APART_SPLIT', facts: { a: 'A', b: 'B', unit: 'group', reasons: ['separate'] } }, sensitive });
const checks = [check(true, false), check(false, false), check(false, true), check(true, true)];

describe('sheetRules(output, checks, open)', () => {
  it('a classroom sheet shows no rule at all, whatever is open', () => {
    expect(sheetRules('groups-classroom', checks, true)).toEqual({ broken: [], checked: 4, hiddenBroken: 2 });
  });
  it('a teacher sheet names sensitive broken rules only while the answers are open, and counts the rest', () => {
    expect(sheetRules('groups-teacher', checks, false)).toEqual({ broken: [checks[1]], checked: 4, hiddenBroken: 1 });
    expect(sheetRules('groups-teacher', checks, true)).toEqual({ broken: [checks[1], checks[2]], checked: 4, hiddenBroken: 0 });
  });
});

/**
 * The rule check of a plan as a sheet for `output` may show it (core's audience rule): the broken rules it
 * may name, how many rules were checked, and how many broken rules rest on answers that are not open (counted, never
 * described, so the sheet is honest that something is left out).
 */
import { mayShow, outputAudience, type OutputId, type PlanRuleCheck } from '@sociogram/core';

export interface SheetRules {
  readonly broken: readonly PlanRuleCheck[];
  /** Every rule checked, shown or not (a count of the shown ones alone would tell how many were left out). */
  readonly checked: number;
  readonly hiddenBroken: number;
}

export function sheetRules(output: OutputId, checks: readonly PlanRuleCheck[], sensitiveOpen: boolean): SheetRules {
  const audience = outputAudience(output);
  const shown = (c: PlanRuleCheck) => mayShow(audience, 'rules', c, sensitiveOpen);
  return {
    broken: checks.filter((c) => !c.met && shown(c)),
    checked: checks.length,
    hiddenBroken: checks.filter((c) => !c.met && !shown(c)).length,
  };
}

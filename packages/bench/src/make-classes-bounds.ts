/**
 * Adds to each cohort in fixtures/planning/classes a proven upper bound on any plan's score
 * (classes-upper-bound.ts), with HiGHS's version, so the benchmark can say how far even
 * the best known plan can be from the optimum (and mark it optimal when it reaches the bound).
 * `pnpm --filter @sociogram/bench classes-bounds`.
 */
import { writeFileSync } from 'node:fs';
import { classesUpperBound } from './exact/classes-upper-bound.ts';
import { HIGHS_VERSION } from './exact/exact-groups.ts';
import { CLASSES_DIR, classesStatus, readInstances, type StoredInstance } from './reference-instances.ts';

for (const instance of readInstances(CLASSES_DIR)) {
  const result = await classesUpperBound(instance.problem);
  const sizes = [...new Set(result.parts.map((p) => p.pupils.length))].sort((a, b) => a - b).join(', ');
  const updated: StoredInstance = {
    ...instance,
    ...classesStatus(instance.bestKnown, result.bound),
    upperBound: result.bound,
    upperBoundMethod: `sum over ${result.parts.length} parts of pupils tied to each other (of ${sizes} pupils) of each part's optimum, HiGHS ${HIGHS_VERSION}: classes-upper-bound.ts`,
  };
  const file = `${CLASSES_DIR}${instance.name}.json`;
  writeFileSync(file, `${JSON.stringify(updated, null, 1)}\n`);
  console.log(`${instance.name}: upper bound ${result.bound ?? 'not proven'} (best known ${instance.bestKnown}) in ${result.seconds.toFixed(1)} s`);
}

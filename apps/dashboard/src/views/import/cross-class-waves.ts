/**
 * crossClassWaves(crossClass, waveOf): the choices of pupils in other classes of a school file, as each saved
 * wave keeps them (StoredWave.crossClass): grouped by the chooser's class, the named class given by the id of
 * the wave it is saved as. Choices to or from a class that is not saved are left out.
 */
import type { CrossClassNomination } from '@sociogram/core';
import type { StoredCrossNomination } from '../../lib/storage/stored-class.ts';

/** Per class name (the chooser's): its cross-class choices; `waveOf` maps each saved class name to its new wave's id. */
export function crossClassWaves(crossClass: readonly CrossClassNomination[], waveOf: ReadonlyMap<string, string>): Map<string, StoredCrossNomination[]> {
  const out = new Map<string, StoredCrossNomination[]>();
  for (const n of crossClass) {
    const toWave = waveOf.get(n.toClass);
    if (toWave === undefined || !waveOf.has(n.fromClass)) continue;
    const list = out.get(n.fromClass) ?? [];
    list.push({ from: n.from, toWave, to: n.to, question: n.question });
    out.set(n.fromClass, list);
  }
  return out;
}

/**
 * The class and wave management edits, as pure functions from stored classes to the records one transaction
 * writes (`put`) and deletes (`remove`): rename a class, rename or redate a wave, delete a wave, delete a class,
 * move a wave to another class. Nothing else changes: a wave's group plans and seating plans go with it (deleted
 * with it, or moved along to the other class); a class's follow-up, support groups and planning choices stay with
 * the class. A class left without waves by a move is deleted (the confirmation says so). The demo class is never
 * stored and cannot be edited.
 */
import type { StoredClass, StoredWave } from '../storage/stored-class.ts';

export interface ClassEdit {
  readonly put: readonly StoredClass[];
  readonly remove: readonly string[];
}

/** An edit that cannot be made (unknown class or wave, the demo class, an empty name, a class's only wave). */
export class ClassEditError extends Error {
  constructor(readonly code: 'NO_CLASS' | 'NO_WAVE' | 'DEMO' | 'EMPTY_NAME' | 'BAD_DATE' | 'ONLY_WAVE' | 'SAME_CLASS') {
    super(code);
    this.name = 'ClassEditError';
  }
}

function find(classes: readonly StoredClass[], id: string): StoredClass {
  const found = classes.find((c) => c.id === id);
  if (!found) throw new ClassEditError('NO_CLASS');
  if (found.demo) throw new ClassEditError('DEMO');
  return found;
}

function findWave(stored: StoredClass, waveId: string): StoredWave {
  const wave = stored.waves.find((w) => w.id === waveId);
  if (!wave) throw new ClassEditError('NO_WAVE');
  return wave;
}

function cleanName(name: string): string {
  const trimmed = name.trim();
  if (!trimmed) throw new ClassEditError('EMPTY_NAME');
  return trimmed;
}

/** The class without one wave and the plans made on it. */
function withoutWave(stored: StoredClass, waveId: string): StoredClass {
  const next: StoredClass = { ...stored, waves: stored.waves.filter((w) => w.id !== waveId) };
  return {
    ...next,
    ...(stored.groupPlans ? { groupPlans: stored.groupPlans.filter((p) => p.waveId !== waveId) } : {}),
    ...(stored.seatings ? { seatings: stored.seatings.filter((p) => p.waveId !== waveId) } : {}),
  };
}

/** Plans made on a wave: what goes (or moves) with it. */
export function wavePlans(stored: StoredClass, waveId: string): number {
  return (stored.groupPlans ?? []).filter((p) => p.waveId === waveId).length + (stored.seatings ?? []).filter((p) => p.waveId === waveId).length;
}

export function renameClass(classes: readonly StoredClass[], classId: string, name: string): ClassEdit {
  return { put: [{ ...find(classes, classId), name: cleanName(name) }], remove: [] };
}

/** Renames and redates a wave; waves stay in date order (the latest last). */
export function editWave(classes: readonly StoredClass[], classId: string, waveId: string, change: { readonly label: string; readonly date: string }): ClassEdit {
  const stored = find(classes, classId);
  findWave(stored, waveId);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(change.date) || Number.isNaN(Date.parse(change.date))) throw new ClassEditError('BAD_DATE');
  const waves = stored.waves.map((w) => (w.id === waveId ? { ...w, label: cleanName(change.label), date: change.date } : w));
  return { put: [{ ...stored, waves: byDate(waves) }], remove: [] };
}

export function deleteWave(classes: readonly StoredClass[], classId: string, waveId: string): ClassEdit {
  const stored = find(classes, classId);
  findWave(stored, waveId);
  if (stored.waves.length === 1) throw new ClassEditError('ONLY_WAVE');
  return { put: [withoutWave(stored, waveId)], remove: [] };
}

export function deleteClass(classes: readonly StoredClass[], classId: string): ClassEdit {
  return { put: [], remove: [find(classes, classId).id] };
}

/**
 * Moves a wave (with the plans made on it) to another class, placed by its date among that class's waves. A wave
 * id the target already uses gets a new one (`newId`). The source class goes when that was its only wave.
 */
export function moveWave(classes: readonly StoredClass[], fromId: string, waveId: string, toId: string, newId: () => string = () => crypto.randomUUID()): ClassEdit {
  if (fromId === toId) throw new ClassEditError('SAME_CLASS');
  const from = find(classes, fromId);
  const to = find(classes, toId);
  const wave = findWave(from, waveId);
  const id = to.waves.some((w) => w.id === waveId) ? newId() : waveId;
  const moved = { ...wave, id };
  const groupPlans = (from.groupPlans ?? []).filter((p) => p.waveId === waveId).map((p) => ({ ...p, waveId: id }));
  const seatings = (from.seatings ?? []).filter((p) => p.waveId === waveId).map((p) => ({ ...p, waveId: id }));
  const target: StoredClass = {
    ...to,
    waves: byDate([...to.waves, moved]),
    ...(groupPlans.length || to.groupPlans ? { groupPlans: [...(to.groupPlans ?? []), ...groupPlans] } : {}),
    ...(seatings.length || to.seatings ? { seatings: [...(to.seatings ?? []), ...seatings] } : {}),
  };
  return from.waves.length === 1 ? { put: [target], remove: [from.id] } : { put: [withoutWave(from, waveId), target], remove: [] };
}

/** Waves ordered by date, the order of equal dates kept. */
function byDate(waves: readonly StoredWave[]): StoredWave[] {
  return [...waves].sort((a, b) => a.date.localeCompare(b.date));
}

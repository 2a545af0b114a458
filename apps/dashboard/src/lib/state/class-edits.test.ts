import { describe, expect, it } from 'vitest';
import type { StoredClass, StoredWave } from '../storage/stored-class.ts';
import { ClassEditError, deleteClass, deleteWave, editWave, moveWave, renameClass } from './class-edits.ts';

const wave = (id: string, date: string): StoredWave => ({ id, label: id, date, file: null, importIssues: [], survey: { pupils: [{ id: 'a', name: 'Åse', attributes: {} }], questions: [], nominations: [], respondents: {} } });
const plan = (id: string, waveId: string) => ({ id, waveId, createdAt: '2026-10-01', groupSize: 2, groups: [['a']] });
const followUps = { a: { measures: [], log: [{ at: '2026-10-01', text: 'x' }] } };

const a: StoredClass = { id: 'A', name: '7A', createdAt: '1', waves: [wave('a1', '2026-09-01'), wave('a2', '2027-03-01')], groupPlans: [plan('p1', 'a1'), plan('p2', 'a2')], followUps };
const b: StoredClass = { id: 'B', name: '7B', createdAt: '2', waves: [wave('b1', '2026-09-10')] };
const demo: StoredClass = { id: 'demo', name: 'Demo', createdAt: '0', demo: true, waves: [wave('d1', '2026-01-01')] };
const classes = [demo, a, b];

describe('class edits', () => {
  it('renameClass(classes, id, name) changes the name only, trimmed; an empty name or the demo class is refused', () => {
    expect(renameClass(classes, 'A', '  7A Ås ')).toEqual({ put: [{ ...a, name: '7A Ås' }], remove: [] });
    expect(() => renameClass(classes, 'A', '  ')).toThrow(ClassEditError);
    expect(() => renameClass(classes, 'demo', 'x')).toThrow(expect.objectContaining({ code: 'DEMO' }));
    expect(() => renameClass(classes, 'nope', 'x')).toThrow(expect.objectContaining({ code: 'NO_CLASS' }));
  });

  it('editWave(classes, id, wave, change) renames and redates one wave and keeps the waves in date order', () => {
    const { put } = editWave(classes, 'A', 'a1', { label: 'Vår 2027', date: '2027-05-01' });
    expect(put[0]!.waves.map((w) => [w.id, w.label, w.date])).toEqual([['a2', 'a2', '2027-03-01'], ['a1', 'Vår 2027', '2027-05-01']]);
    expect(() => editWave(classes, 'A', 'a1', { label: 'x', date: '1. mai' })).toThrow(expect.objectContaining({ code: 'BAD_DATE' }));
  });

  it('deleteWave(classes, id, wave) removes the wave and the plans made on it; follow-up stays; a class\'s only wave is refused', () => {
    const { put, remove } = deleteWave(classes, 'A', 'a1');
    expect(remove).toEqual([]);
    expect(put[0]!.waves.map((w) => w.id)).toEqual(['a2']);
    expect(put[0]!.groupPlans!.map((p) => p.id)).toEqual(['p2']);
    expect(put[0]!.followUps).toBe(followUps);
    expect(() => deleteWave(classes, 'B', 'b1')).toThrow(expect.objectContaining({ code: 'ONLY_WAVE' }));
  });

  it('deleteClass(classes, id) removes exactly that class record', () => {
    expect(deleteClass(classes, 'B')).toEqual({ put: [], remove: ['B'] });
    expect(() => deleteClass(classes, 'demo')).toThrow(ClassEditError);
  });

  it('moveWave(classes, from, wave, to) moves the wave with its plans into date order; the other waves and the follow-up stay', () => {
    const { put, remove } = moveWave(classes, 'A', 'a1', 'B');
    expect(remove).toEqual([]);
    const [from, to] = put;
    expect(from!.waves.map((w) => w.id)).toEqual(['a2']);
    expect(from!.groupPlans!.map((p) => p.id)).toEqual(['p2']);
    expect(from!.followUps).toBe(followUps);
    expect(to!.waves.map((w) => w.id)).toEqual(['a1', 'b1']);
    expect(to!.groupPlans!.map((p) => [p.id, p.waveId])).toEqual([['p1', 'a1']]);
    expect(to!.name).toBe('7B');
  });

  it('moveWave of a class\'s only wave deletes that class; a wave id the target has gets a new one, and its plans follow it', () => {
    const clash: StoredClass = { ...b, waves: [wave('a2', '2026-09-10')], groupPlans: [plan('q', 'a2')] };
    const { put, remove } = moveWave([a, clash], 'B', 'a2', 'A', () => 'fresh');
    expect(remove).toEqual(['B']);
    expect(put).toHaveLength(1);
    expect(put[0]!.waves.map((w) => w.id)).toEqual(['a1', 'fresh', 'a2']);
    expect(put[0]!.groupPlans!.find((p) => p.id === 'q')!.waveId).toBe('fresh');
    expect(() => moveWave(classes, 'A', 'a1', 'A')).toThrow(expect.objectContaining({ code: 'SAME_CLASS' }));
  });
});

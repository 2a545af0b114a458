// @vitest-environment node
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { deriveCohortProblem } from '@sociogram/core';
import { describe, expect, it } from 'vitest';
import { readTransitionFile } from './transition-cohort.ts';

const FIXTURES = join(import.meta.dirname, '../../../../../fixtures');
const grade = () => readFileSync(join(FIXTURES, 'school/grade-7-google-forms.csv'), 'utf8');
const bytes = (text: string) => new TextEncoder().encode(text);

describe('readTransitionFile(bytes, file)', () => {
  it('splits a grade export by its "Forrige klasse" column into cohort classes, the previous class as each pupil\'s', async () => {
    const outcome = await readTransitionFile(bytes(grade().replace(',Klasse,', ',Forrige klasse,')), 'overgang.csv');
    if (!outcome.ok) throw new Error(outcome.reason);
    expect(outcome.classes.map((c) => [c.key, c.name, c.survey.pupils.length])).toEqual([['file0', '7A', 8], ['file1', '7B', 7], ['file2', '7C', 8]]);
    const problem = deriveCohortProblem(outcome.classes);
    expect(new Set(problem.pupils.map((p) => p.previousClass))).toEqual(new Set(['7A', '7B', '7C']));
    // Jonas Lie (7A) chose Sara Moe (7B): a friend across the previous classes.
    expect(outcome.classes[0]!.crossClass).toContainEqual(expect.objectContaining({ from: 'Jonas Lie', toClass: 'file1', to: 'Sara Moe' }));
    expect(problem.positive).toContainEqual(['file0:Jonas Lie', 'file1:Sara Moe']);
  });

  it('refuses a file without a previous-class column, and says where an unreadable file fails', async () => {
    const none = await readTransitionFile(bytes('Navn,Venner\nOla,Kari\nKari,Ola\n'), 'en-klasse.csv');
    expect(none).toEqual({ ok: false, reason: 'noClasses', issues: [] });
    const broken = await readTransitionFile(bytes(''), 'tom.csv');
    expect(broken.ok).toBe(false);
    if (broken.ok) return;
    expect(broken.reason).toBe('unreadable');
    expect(broken.issues[0]).toMatchObject({ code: 'EMPTY_FILE', file: 'tom.csv' });
  });
});

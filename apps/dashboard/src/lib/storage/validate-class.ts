/**
 * The one schema of a stored class, checked wherever a class comes in: an imported class file, every record
 * read from the browser's database, and every record carried over when the store is rewritten. A class that
 * passes can be rendered: at least one wave, every wave with a survey whose nominations and respondents name
 * known pupils and questions. Problems are returned as data, each located by a path (`waves[0].survey`).
 */
import { QUESTION_KINDS } from '@sociogram/core';
import type { StoredClass } from './stored-class.ts';

export type ClassCheck = { readonly ok: true; readonly value: StoredClass } | { readonly ok: false; readonly problems: readonly string[] };

/** At most this many problems are listed; the rest are counted. */
const MAX_PROBLEMS = 10;
const SEAT_KINDS = ['pairs', 'singles', 'islands', 'u-shape'];
const MEASURE_STATUSES = ['planned', 'active', 'done', 'stopped'];

type Value = unknown;
const isObject = (v: Value): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isString = (v: Value): v is string => typeof v === 'string';
const isStringArray = (v: Value): v is string[] => Array.isArray(v) && v.every(isString);

class Checker {
  readonly problems: string[] = [];
  fail(path: string, what: string): false {
    this.problems.push(`${path}: ${what}`);
    return false;
  }
  object(v: Value, path: string): v is Record<string, unknown> {
    return isObject(v) || this.fail(path, 'not an object');
  }
  array(v: Value, path: string, nonEmpty = false): v is unknown[] {
    if (!Array.isArray(v)) return this.fail(path, 'not a list');
    return !nonEmpty || v.length > 0 || this.fail(path, 'empty');
  }
  string(v: Value, path: string, nonEmpty = false): v is string {
    if (!isString(v)) return this.fail(path, 'not text');
    return !nonEmpty || v.length > 0 || this.fail(path, 'empty');
  }
  optional(record: Record<string, unknown>, key: string, path: string, check: (v: unknown, path: string) => void): void {
    if (record[key] !== undefined) check(record[key], path ? `${path}.${key}` : key);
  }
}

function checkSurvey(c: Checker, survey: Value, path: string): void {
  if (!c.object(survey, path)) return;
  const pupils = new Set<string>();
  const questions = new Set<string>();
  if (c.array(survey.pupils, `${path}.pupils`, true)) {
    survey.pupils.forEach((p, i) => {
      const at = `${path}.pupils[${i}]`;
      if (!c.object(p, at)) return;
      if (c.string(p.id, `${at}.id`, true)) {
        if (pupils.has(p.id)) c.fail(`${at}.id`, 'repeated');
        pupils.add(p.id);
      }
      c.string(p.name, `${at}.name`);
      if (c.object(p.attributes, `${at}.attributes`) && !Object.values(p.attributes).every(isString)) c.fail(`${at}.attributes`, 'not text');
    });
  }
  if (c.array(survey.questions, `${path}.questions`)) {
    survey.questions.forEach((q, i) => {
      const at = `${path}.questions[${i}]`;
      if (!c.object(q, at)) return;
      if (c.string(q.id, `${at}.id`, true)) questions.add(q.id);
      c.string(q.label, `${at}.label`);
      if (!QUESTION_KINDS.includes(q.kind as never)) c.fail(`${at}.kind`, 'unknown kind');
      if (q.limit !== null && !(Number.isInteger(q.limit) && (q.limit as number) > 0)) c.fail(`${at}.limit`, 'not a positive whole number or null');
    });
  }
  if (c.array(survey.nominations, `${path}.nominations`)) {
    survey.nominations.forEach((n, i) => {
      const at = `${path}.nominations[${i}]`;
      if (!c.object(n, at)) return;
      if (!isString(n.from) || !pupils.has(n.from)) c.fail(`${at}.from`, 'not a pupil');
      if (!isString(n.to) || !pupils.has(n.to)) c.fail(`${at}.to`, 'not a pupil');
      if (!isString(n.question) || !questions.has(n.question)) c.fail(`${at}.question`, 'not a question');
    });
  }
  if (c.object(survey.respondents, `${path}.respondents`)) {
    for (const [question, ids] of Object.entries(survey.respondents)) {
      if (!questions.has(question)) c.fail(`${path}.respondents`, 'not a question');
      else if (!isStringArray(ids) || !ids.every((id) => pupils.has(id))) c.fail(`${path}.respondents`, 'not a list of pupils');
    }
  }
}

function checkWave(c: Checker, wave: Value, path: string): void {
  if (!c.object(wave, path)) return;
  c.string(wave.id, `${path}.id`, true);
  c.string(wave.label, `${path}.label`);
  c.string(wave.date, `${path}.date`);
  if (wave.file !== null) c.string(wave.file, `${path}.file`);
  c.array(wave.importIssues, `${path}.importIssues`);
  checkSurvey(c, wave.survey, `${path}.survey`);
  c.optional(wave, 'crossClass', path, (list, at) => {
    if (!c.array(list, at)) return;
    const survey = isObject(wave.survey) ? wave.survey : {};
    const pupils = new Set(Array.isArray(survey.pupils) ? survey.pupils.map((p) => (isObject(p) ? p.id : undefined)) : []);
    const questions = new Set(Array.isArray(survey.questions) ? survey.questions.map((q) => (isObject(q) ? q.id : undefined)) : []);
    list.forEach((n, i) => {
      if (!c.object(n, `${at}[${i}]`)) return;
      if (!isString(n.from) || !pupils.has(n.from)) c.fail(`${at}[${i}].from`, 'not a pupil');
      c.string(n.toWave, `${at}[${i}].toWave`, true);
      c.string(n.to, `${at}[${i}].to`, true);
      if (!isString(n.question) || !questions.has(n.question)) c.fail(`${at}[${i}].question`, 'not a question');
    });
  });
}

function checkPlans(c: Checker, record: Record<string, unknown>): void {
  c.optional(record, 'groupPlans', '', (plans, path) => {
    if (!c.array(plans, path)) return;
    plans.forEach((p, i) => {
      if (!c.object(p, `${path}[${i}]`)) return;
      c.string(p.id, `${path}[${i}].id`);
      c.string(p.waveId, `${path}[${i}].waveId`);
      if (!Number.isInteger(p.groupSize)) c.fail(`${path}[${i}].groupSize`, 'not a whole number');
      if (!Array.isArray(p.groups) || !p.groups.every(isStringArray)) c.fail(`${path}[${i}].groups`, 'not lists of pupils');
      if (p.absent !== undefined && !isStringArray(p.absent)) c.fail(`${path}[${i}].absent`, 'not a list of pupils');
    });
  });
  c.optional(record, 'seatings', '', (seatings, path) => {
    if (!c.array(seatings, path)) return;
    seatings.forEach((s, i) => {
      if (!c.object(s, `${path}[${i}]`)) return;
      c.string(s.waveId, `${path}[${i}].waveId`);
      if (!isObject(s.layout) || !SEAT_KINDS.includes(s.layout.kind as string)) c.fail(`${path}[${i}].layout`, 'unknown layout');
      if (!Array.isArray(s.seats) || !s.seats.every((x) => x === null || isString(x))) c.fail(`${path}[${i}].seats`, 'not a list of pupils');
    });
  });
  c.optional(record, 'supportGroups', '', (groups, path) => {
    if (!c.object(groups, path)) return;
    for (const [pupil, g] of Object.entries(groups)) {
      if (!isObject(g) || !isStringArray(g.members) || typeof g.agreedWithPupil !== 'boolean' || !isString(g.date)
        || (g.contact !== undefined && !isString(g.contact)) || (g.evaluation !== undefined && !isString(g.evaluation))) c.fail(`${path}.${pupil}`, 'not a support group');
    }
  });
  c.optional(record, 'followUps', '', (followUps, path) => {
    if (!c.object(followUps, path)) return;
    for (const [pupil, f] of Object.entries(followUps)) {
      const measuresOk = isObject(f) && Array.isArray(f.measures) && f.measures.every((m) => isObject(m) && isString(m.id) && isString(m.text) && MEASURE_STATUSES.includes(m.status as string));
      const logOk = isObject(f) && Array.isArray(f.log) && f.log.every((e) => isObject(e) && isString(e.at) && isString(e.text));
      if (!measuresOk || !logOk) c.fail(`${path}.${pupil}`, 'not a follow-up record');
    }
  });
  c.optional(record, 'planning', '', (planning, path) => {
    if (!c.object(planning, path)) return;
    const pairs = (v: unknown) => Array.isArray(v) && v.every((p) => Array.isArray(p) && p.length === 2 && p.every(isString));
    if (!isObject(planning.vulnerable)) c.fail(`${path}.vulnerable`, 'not an object');
    if (!pairs(planning.separate)) c.fail(`${path}.separate`, 'not a list of pairs');
    if (!pairs(planning.together)) c.fail(`${path}.together`, 'not a list of pairs');
    const values = (v: unknown, ok: (x: unknown) => boolean) => v === undefined || (isObject(v) && Object.values(v).every(ok));
    if (!values(planning.locks, (x) => Number.isInteger(x) && (x as number) >= 0)) c.fail(`${path}.locks`, 'not group numbers');
    if (!values(planning.seatLocks, isString)) c.fail(`${path}.seatLocks`, 'not seats');
    if (!values(planning.front, (x) => typeof x === 'boolean')) c.fail(`${path}.front`, 'not true or false');
    if (planning.genderMix !== undefined && planning.genderMix !== 'mixed' && planning.genderMix !== 'ignore') c.fail(`${path}.genderMix`, 'not mixed or ignore');
  });
}

/** Checks a value against the stored-class schema; `ok` with the value typed, or every problem found. */
export function validateStoredClass(value: unknown): ClassCheck {
  const c = new Checker();
  if (c.object(value, 'class')) {
    c.string(value.id, 'id', true);
    c.string(value.name, 'name');
    c.string(value.createdAt, 'createdAt');
    if (value.demo !== undefined && typeof value.demo !== 'boolean') c.fail('demo', 'not true or false');
    if (c.array(value.waves, 'waves', true)) {
      value.waves.forEach((w, i) => checkWave(c, w, `waves[${i}]`));
      const ids = value.waves.map((w) => (isObject(w) ? w.id : undefined));
      if (new Set(ids).size !== ids.length) c.fail('waves', 'repeated wave id');
    }
    checkPlans(c, value);
  }
  if (c.problems.length === 0) return { ok: true, value: value as unknown as StoredClass };
  const shown = c.problems.slice(0, MAX_PROBLEMS);
  if (c.problems.length > MAX_PROBLEMS) shown.push(`… ${c.problems.length - MAX_PROBLEMS} more`);
  return { ok: false, problems: shown };
}

/** An access-log entry as stored. */
export function isAccessLogEntry(value: unknown): boolean {
  return isObject(value) && isString(value.at) && isString(value.classId) && isString(value.className) && isString(value.purpose);
}

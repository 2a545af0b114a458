/**
 * The public API and its reference agree: every export of the public index (values, and the types named in its
 * `export type { … }` lists) is listed in packages/core/README.md as a backticked name; no internal leaks into
 * the index; the planners entry is a part of the index; the README's example runs and says what it prints.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as core from './index.ts';
import * as internal from './internal.ts';
import * as planners from './plan/planners.ts';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
const indexSource = readFileSync(new URL('./index.ts', import.meta.url), 'utf8');

/** The names in the index's `export type { … }` lists. */
function typeExports(source: string): string[] {
  return [...source.matchAll(/export type \{([^}]*)\}/g)].flatMap((match) => match[1]!.split(',').map((name) => name.trim()).filter((name) => name !== ''));
}

/** Whether the README has a backticked span starting with the name: `name`, `name(…)`, `name → …`, `name<T>`. */
function listed(name: string): boolean {
  return new RegExp('`' + name + '(?![\\w$])[^`]*`').test(readme);
}

const INTERNALS = ['GroupState', 'pairKey', 'compileGroupModel', 'editDistance', 'createNameMatcher', 'readZip', 'readCsv', 'readTable', 'readLong', 'buildSurvey', 'tabuSearch', 'anneal', 'groupConflicts', 'surveyIssue', 'append', 'kindGraph', 'poissonBinomialPmf', 'splitByClass'];
const INTERNAL_TYPES = ['GroupModel', 'Evaluation', 'Table', 'RawSurvey', 'TabuOptions'];

describe('public API', () => {
  it('README.md lists every runtime export of the index', () => {
    const names = Object.keys(core);
    expect(names.length).toBeGreaterThan(50);
    expect(names.filter((name) => !listed(name))).toEqual([]);
  });

  it('README.md lists every type export of the index', () => {
    const types = typeExports(indexSource);
    expect(types.length).toBeGreaterThan(50);
    expect(types).toContain('Survey');
    expect(types.filter((name) => !listed(name))).toEqual([]);
  });

  it('the index exports no internal', () => {
    expect(INTERNALS.filter((name) => name in core)).toEqual([]);
    expect(INTERNAL_TYPES.filter((name) => typeExports(indexSource).includes(name))).toEqual([]);
    expect(Object.keys(internal).filter((name) => name in core)).toEqual([]);
  });

  it('@sociogram/core/planners is a part of the index, the same functions', () => {
    const entries = Object.entries(planners);
    expect(entries.length).toBeGreaterThan(5);
    for (const [name, value] of entries) expect(core[name as keyof typeof core], name).toBe(value);
  });

  it('the README example runs and prints what it says', () => {
    const example = /## Example[\s\S]*?```js\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(example).toBeDefined();
    const body = example!.replace(/^import \{([^}]*)\} from '@sociogram\/core';$/m, 'const {$1} = core;');
    expect(body).not.toMatch(/^import /m);
    const printed: unknown[] = [];
    new Function('core', 'console', body)(core, { log: (value: unknown) => printed.push(value) });
    expect(printed).toHaveLength(2);
    expect(printed[0]).toEqual(['1. Fredrik Moe: REPORTED_BULLY']);
    expect(readme).toContain("// [ '1. Fredrik Moe: REPORTED_BULLY' ]");
    const groups = printed[1] as string[][];
    expect(groups.map((group) => group.length)).toEqual([4, 4]);
    const fredrik = groups.find((group) => group.includes('Fredrik Moe'))!;
    expect(fredrik).not.toContain('Anna Berg');
    expect(fredrik).not.toContain('Cecilie Ås');
  });
});

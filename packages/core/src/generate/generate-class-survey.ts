/**
 * Seeded synthetic classes for tests and benchmarks: n pupils in friendship clusters of 3–6 (mostly one
 * gender: gender homophily), each naming up to 3 friends — mostly in their cluster, so about half of the
 * choices are returned — a few "rather not" nominations aimed mostly at two or three pupils, a "who is
 * bullied" question and a "who bullies" question with one or two bully–victim pairs, and ~10 % support
 * needs. Not real children: real classes are in fixtures/moreno-1934.
 */
import { createRng, randomInt, shuffled, type Rng } from '../random/create-rng.ts';
import type { Nomination, Survey } from '../survey/survey.ts';

/** Options of `generateClassSurvey`: the number of pupils, the seed and the shape of the class. */
export interface GenerateClassOptions {
  /** Pupils in the class. */
  readonly n: number;
  /** Seed of the generated class. */
  readonly seed: number;
  /** Id prefix, so cohorts can combine classes. */
  readonly prefix?: string;
  /** Share of pupils who name a friend outside their cluster per choice. */
  readonly outside?: number;
}

function pickOther(rng: Rng, from: readonly number[], not: ReadonlySet<number>): number | null {
  const options = from.filter((x) => !not.has(x));
  return options.length === 0 ? null : options[randomInt(rng, options.length)]!;
}

/**
 * A seeded synthetic class of `n` pupils (friendship clusters, a few negative and bullying nominations, some support
 * needs) for tests and benchmarks. Not real children.
 */
export function generateClassSurvey(options: GenerateClassOptions): Survey {
  const { n, seed } = options;
  const rng = createRng(seed);
  const prefix = options.prefix ?? 'p';
  const id = (i: number) => `${prefix}${String(i + 1).padStart(2, '0')}`;
  const gender = Array.from({ length: n }, (_, i) => (i < n / 2 ? 'f' : 'm'));
  // Clusters within each gender, plus a few mixed.
  const cluster = new Array<number>(n).fill(0);
  let next = 0;
  for (const g of ['f', 'm']) {
    const members = shuffled(rng, [...Array(n).keys()].filter((i) => gender[i] === g));
    for (let k = 0; k < members.length; ) {
      const size = 3 + randomInt(rng, 4);
      for (const i of members.slice(k, k + size)) cluster[i] = next;
      next++;
      k += size;
    }
  }
  for (let i = 0; i < n; i++) if (rng() < 0.08) cluster[i] = randomInt(rng, next);
  const everyone = [...Array(n).keys()];
  const nominations: Nomination[] = [];
  const outside = options.outside ?? 0.2;
  const loners = new Set(shuffled(rng, everyone).slice(0, Math.max(1, Math.round(n * 0.06))));
  for (let i = 0; i < n; i++) {
    const chosen = new Set<number>([i]);
    const mates = everyone.filter((j) => cluster[j] === cluster[i] && !loners.has(j));
    for (let c = 0; c < 3; c++) {
      const pool = rng() < outside ? everyone.filter((j) => !loners.has(j) || rng() < 0.1) : mates;
      const j = pickOther(rng, pool, chosen) ?? pickOther(rng, everyone, chosen);
      if (j === null) break;
      chosen.add(j);
      nominations.push({ from: id(i), to: id(j), question: 'friends' });
    }
  }
  const disliked = shuffled(rng, everyone).slice(0, 3);
  for (let i = 0; i < n; i++) {
    if (rng() < 0.5) continue;
    const j = rng() < 0.7 ? disliked[randomInt(rng, disliked.length)]! : randomInt(rng, n);
    if (j !== i) nominations.push({ from: id(i), to: id(j), question: 'not' });
  }
  const pairs = 1 + randomInt(rng, 2);
  const order = shuffled(rng, everyone);
  for (let k = 0; k < pairs; k++) {
    const bully = order[2 * k]!;
    const victim = order[2 * k + 1]!;
    const witnesses = shuffled(rng, everyone.filter((j) => j !== bully && j !== victim)).slice(0, 2 + randomInt(rng, 3));
    for (const w of witnesses) nominations.push({ from: id(w), to: id(victim), question: 'victim' });
    nominations.push({ from: id(victim), to: id(bully), question: 'bully' });
    for (const w of witnesses.slice(0, 2)) nominations.push({ from: id(w), to: id(bully), question: 'bully' });
  }
  const unique = [...new Map(nominations.map((x) => [`${x.question}\u0000${x.from}\u0000${x.to}`, x])).values()];
  const ids = everyone.map(id);
  return {
    pupils: everyone.map((i) => ({ id: id(i), name: id(i), attributes: { gender: gender[i]!, ...(rng() < 0.1 ? { support: 'yes' } : {}) } })),
    questions: [
      { id: 'friends', label: 'Hvem er vennene dine?', kind: 'positive', limit: 3 },
      { id: 'not', label: 'Hvem vil du helst ikke være sammen med?', kind: 'negative', limit: 2 },
      { id: 'victim', label: 'Hvem blir mobbet?', kind: 'victim', limit: null },
      { id: 'bully', label: 'Hvem mobber andre?', kind: 'bully', limit: null },
    ],
    nominations: unique,
    respondents: { friends: ids, not: ids, victim: ids, bully: ids },
  };
}

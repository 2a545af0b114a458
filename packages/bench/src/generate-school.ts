/**
 * A seeded, synthetic school export for benchmarks: `classes` classes of 24–30 pupils with invented
 * Norwegian names, as one wide CSV (Google-Forms style: class, name, three friends, two "not with", a
 * bullied checkbox) plus a roster. Friends are mostly chosen in the pupil's own class.
 */
import { createRng, randomInt, type Rng } from '@sociogram/core';

const FIRST = ['Åse', 'Kari', 'Ola', 'Per', 'Øystein', 'Sigrid', 'Jonas', 'Emma', 'Nora', 'Lukas', 'Ida', 'Filip', 'Thea', 'Aksel', 'Maja', 'Elias', 'Frida', 'Jakob', 'Selma', 'Oskar', 'Ingrid', 'Henrik', 'Sofie', 'Mathias'];
const LAST = ['Ødegård', 'Nilsen', 'Hansen', 'Lie', 'Berg', 'Ås', 'Strøm', 'Dahl', 'Haugen', 'Næss', 'Kjær', 'Solberg', 'Græsli', 'Østby', 'Moen', 'Vik', 'Bråten', 'Løvås', 'Sæther', 'Håland'];

export interface ClassExport {
  readonly survey: string;
  readonly roster: string;
}

export interface SchoolExport extends ClassExport {
  readonly pupils: number;
  /** The same answers, one export per class. */
  readonly classes: readonly ClassExport[];
}

function pick<T>(rng: Rng, items: readonly T[]): T {
  return items[randomInt(rng, items.length)]!;
}

export function generateSchool(classes: number, seed = 1): SchoolExport {
  const rng = createRng(seed);
  const names: string[][] = [];
  const used = new Set<string>();
  for (let c = 0; c < classes; c++) {
    const size = 24 + randomInt(rng, 7);
    const members: string[] = [];
    while (members.length < size) {
      const name = `${pick(rng, FIRST)} ${pick(rng, LAST)}${used.size >= FIRST.length * LAST.length ? ` ${used.size}` : ''}`;
      if (used.has(name)) continue;
      used.add(name);
      members.push(name);
    }
    names.push(members);
  }
  const Q1 = 'Hvem liker du å være sammen med?';
  const Q2 = 'Hvem vil du helst ikke være sammen med?';
  const header = ['Tidsmerke', 'Klasse', 'Navn', `${Q1} [1]`, `${Q1} [2]`, `${Q1} [3]`, `${Q2} [1]`, `${Q2} [2]`, 'Hvem blir mobbet?'];
  const rosterHeader = ['id', 'navn', 'klasse'];
  const toCsv = (table: string[][]) => table.map((row) => row.map((cell) => (/[",\n]/.test(cell) ? `"${cell}"` : cell)).join(',')).join('\n');
  const allRows: string[][] = [];
  const allRoster: string[][] = [];
  const perClass: ClassExport[] = [];
  let id = 0;
  names.forEach((members, c) => {
    const rows: string[][] = [];
    const roster: string[][] = [];
    for (const name of members) {
      roster.push([`e${++id}`, name, `K${c + 1}`]);
      if (rng() < 0.05) continue; // did not answer
      const others = members.filter((other) => other !== name);
      const choose = (n: number) => Array.from({ length: n }, () => pick(rng, others));
      rows.push(['2026/09/15 09:00:00', `K${c + 1}`, name, ...choose(3), ...choose(2).map((x) => (rng() < 0.5 ? x : '')), rng() < 0.1 ? choose(2).join(', ') : '']);
    }
    perClass.push({ survey: toCsv([header, ...rows]), roster: toCsv([rosterHeader, ...roster]) });
    allRows.push(...rows);
    allRoster.push(...roster);
  });
  return { survey: toCsv([header, ...allRows]), roster: toCsv([rosterHeader, ...allRoster]), pupils: id, classes: perClass };
}

// Writes fixtures/class-35: a seeded synthetic class of 35 (generateClassSurvey, seed 35) with invented
// Norwegian names, long ones among them, as a long (edge-list) export and a roster — the size the sociogram
// must stay legible at on screen, on a projector and on A4. Run again after changing the generator:
// `packages/cli/node_modules/.bin/tsx packages/core/scripts/make-class-35.ts`.
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { generateClassSurvey } from '../src/index.ts';

const GIRLS = [
  'Åse Bjørnstad', 'Thea Græsli-Sofie Eriksen', 'Ingrid Løvås', 'Maja Kristiansen', 'Sofie Haugland', 'Nora Østby',
  'Emma Solberg', 'Ella Marie Johannessen', 'Sara Ødegård', 'Leah Ahmed', 'Hedda Bakketun', 'Vilde Strømsnes',
  'Ida Karoline Berg', 'Amalie Fjeldstad', 'Frida Ås', 'Tiril Henriksen', 'Julie Mæland', 'Selma Rønning',
];
const BOYS = [
  'Magnus Øverli', 'Kristoffer Ødegård', 'Jonas Lie', 'Filip Andreassen', 'Noah Hansen', 'Mathias Kvalheim',
  'Elias Abdi Mohamed', 'Sander Bø', 'Oskar Vik', 'Aksel Tveitereid', 'Henrik Sørensen', 'Emil Pettersen',
  'Tobias Fredriksen', 'Lukas Nguyen', 'William Strand', 'Isak Brekke', 'Kasper Johansen-Lindqvist',
];
const LABELS: Record<string, string> = {
  friends: 'Hvem liker du å være sammen med i friminuttet?',
  not: 'Hvem vil du helst ikke være sammen med?',
  victim: 'Hvem i klassen blir mobbet?',
  bully: 'Hvem i klassen mobber andre?',
};

const survey = generateClassSurvey({ n: 35, seed: 35 });
let girl = 0, boy = 0;
const names = new Map(survey.pupils.map((p) => [p.id, p.attributes.gender === 'f' ? GIRLS[girl++]! : BOYS[boy++]!]));
const cell = (s: string) => (/[",]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
const rows = (table: string[][]) => table.map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
const dir = fileURLToPath(new URL('../../../fixtures/class-35/', import.meta.url));
mkdirSync(dir, { recursive: true });
writeFileSync(dir + 'klasse-35.csv', rows([
  ['respondent', 'nominee', 'question'],
  ...survey.nominations.map((n) => [names.get(n.from)!, names.get(n.to)!, LABELS[n.question]!]),
]));
writeFileSync(dir + 'klasse-35-roster.csv', rows([
  ['id', 'navn', 'kjønn'],
  ...survey.pupils.map((p) => [p.id, names.get(p.id)!, String(p.attributes.gender)]),
]));

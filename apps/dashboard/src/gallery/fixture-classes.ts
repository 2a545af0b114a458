/** The fixture classes the gallery draws: the demo class, the seeded class of 35 and Moreno's eight (fixtures/, Moreno CC BY-SA 4.0). */
import { importSurvey, type Survey } from '@sociogram/core';

const texts = import.meta.glob(['../../../../fixtures/demo/klasse-7b*.csv', '../../../../fixtures/class-35/*.csv', '../../../../fixtures/moreno-1934/*/*.csv'], { query: '?raw', import: 'default', eager: true }) as Record<string, string>;
const file = (path: string) => new TextEncoder().encode(texts[`../../../../fixtures/${path}`]!);

export function fixtureClasses(): { name: string; survey: Survey }[] {
  return [
    { name: 'Demo 7B', survey: importSurvey(file('demo/klasse-7b.csv'), { roster: file('demo/klasse-7b-roster.csv') }).survey },
    { name: 'Class of 35', survey: importSurvey(file('class-35/klasse-35.csv'), { roster: file('class-35/klasse-35-roster.csv') }).survey },
    ...[1, 2, 3, 4, 5, 6, 7, 8].map((g) => ({
      name: `Moreno grade ${g}`,
      survey: importSurvey(file(`moreno-1934/grade${g}/edges.csv`), { roster: file(`moreno-1934/grade${g}/roster.csv`) }).survey,
    })),
  ];
}

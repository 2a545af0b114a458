import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyseSurvey } from '../analyse/analyse-survey.ts';
import type { Indicator, IndicatorCode } from '../analyse/indicator.ts';
import { importSurvey } from '../import/import-survey.ts';
import { MESSAGE_LANGS } from './catalogue.ts';
import { formatMessage } from './format-message.ts';
import { indicatorMessage } from './indicator-message.ts';

const fixture = (path: string) => new Uint8Array(readFileSync(join(import.meta.dirname, '../../../../fixtures', path)));
const CLASSES = [
  { file: 'class-35/klasse-35.csv', roster: 'class-35/klasse-35-roster.csv' },
  { file: 'demo/klasse-7b.csv', roster: 'demo/klasse-7b-roster.csv' },
  { file: 'tiny/bullying-class.csv' },
  { file: 'tiny/google-forms.csv' },
];
const OF: Readonly<Record<string, string>> = { nb: 'av', nn: 'av', en: 'of' };

/** The "x of y" counts each indicator's sentence must state, from its facts. */
function counts(indicator: Indicator): [unknown, unknown][] {
  const f = indicator.facts;
  const reasons = String(f.reasons ?? '').split(',');
  const byCode: Readonly<Record<IndicatorCode, [unknown, unknown][]>> = {
    ISOLATED: [[0, f.eligible]],
    NO_MUTUAL_FRIEND: [],
    CHOSEN_ONLY_BY_ISOLATED: [],
    REJECTED: [[f.ll, f.eligibleNegative], [f.lm, f.eligible]],
    NEGLECTED: [[f.lm, f.eligible], [f.ll, f.eligibleNegative]],
    REPORTED_VICTIM: [[f.nominators, f.eligible]],
    VICTIM_MENTIONED: [[f.nominators, f.eligible]],
    REPORTED_BULLY: [[f.nominators, f.eligible]],
    BULLY_VICTIM: [],
    POWER_POSITION: [
      ...(reasons.includes('star') ? [[f.received, f.eligible] as [unknown, unknown]] : []),
      ...(reasons.includes('chosenByStars') ? [[f.starsChoosing, f.stars] as [unknown, unknown]] : []),
      ...(reasons.includes('nominatedPopular') ? [[f.popularNominators, f.popularEligible] as [unknown, unknown]] : []),
      ...(reasons.includes('namedAsBullying') ? [[f.bullyNominators, f.bullyEligible] as [unknown, unknown]] : []),
    ],
    GAVE_NO_NOMINATIONS: [],
    NON_RESPONDENT: [],
  };
  return byCode[indicator.code];
}

describe('each indicator sentence states its numbers', () => {
  const analyses = CLASSES.map(({ file, roster }) => analyseSurvey(importSurvey(fixture(file), { file, ...(roster ? { roster: fixture(roster), rosterFile: roster } : {}) }).survey));
  const all = analyses.flatMap((analysis) => analysis.pupils.flatMap((pupil) => pupil.indicators.map((indicator) => ({ pupil, indicator }))));

  it('the fixture classes raise most kinds of indicator', () => {
    expect(new Set(all.map(({ indicator }) => indicator.code)).size).toBeGreaterThanOrEqual(9);
  });

  it('in every language, with the facts equal to the pupil figures', () => {
    for (const { pupil, indicator } of all) {
      const f = indicator.facts;
      if (indicator.code === 'ISOLATED' || indicator.code === 'NO_MUTUAL_FRIEND') expect(f.received).toBe(indicator.code === 'ISOLATED' ? 0 : pupil.positive.received);
      if (indicator.code === 'ISOLATED') expect(f.eligible).toBe(pupil.positive.eligible);
      if (indicator.code === 'REPORTED_VICTIM' || indicator.code === 'VICTIM_MENTIONED') expect([f.nominators, f.eligible]).toEqual([pupil.victim!.nominators, pupil.victim!.eligible]);
      for (const lang of MESSAGE_LANGS) {
        const sentence = formatMessage(indicatorMessage(indicator, pupil.name), lang);
        expect(sentence, `${lang} ${indicator.code}`).toContain(pupil.name);
        for (const [x, y] of counts(indicator)) expect(sentence, `${lang} ${indicator.code}`).toContain(`${x} ${OF[lang]} ${y}`);
        if (indicator.code === 'NO_MUTUAL_FRIEND') expect(sentence.match(/\d+/g)?.map(Number)).toEqual([f.received, f.given]);
        if (indicator.code === 'CHOSEN_ONLY_BY_ISOLATED') expect(sentence).toContain(`(${f.received})`);
        if (typeof f.proportion === 'number') expect(sentence).toContain(`(${Math.round(f.proportion * 100)} %)`);
      }
    }
  });
});

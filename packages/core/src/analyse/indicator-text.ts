/** The sentences of each indicator, in bokmål and English, from its facts. */
import type { IndicatorCode } from './indicator.ts';

type Facts = Readonly<Record<string, number | string | boolean | null>>;
type Sentence = (name: string, f: Facts) => string;

const classmates = (n: unknown, nb: boolean) => (nb ? (n === 1 ? 'klassekamerat' : 'klassekamerater') : n === 1 ? 'classmate' : 'classmates');
const pct = (value: unknown) => `${Math.round(Number(value) * 100)} %`;
/** A decimal as each language writes it: 1,44 in bokmål, 1.44 in English. */
const dec = (value: unknown, nb: boolean) => Number(value).toLocaleString(nb ? 'nb-NO' : 'en-GB', { maximumFractionDigits: 2 });

/** Certainty of a status in words (CLEAR_STATUS in build-indicators.ts; docs/methods.md). */
const certaintyNb = (f: Facts) => (f.certainty === 'clear' ? `tydelig (${dec(f.strength, true)} standardavvik over grensen)` : `usikkert: så nær grensen (${dec(f.strength, true)} standardavvik) at ett eller to svar kan endre det`);
const certaintyEn = (f: Facts) => (f.certainty === 'clear' ? `clearly (${dec(f.strength, false)} standard deviations past the cut-off)` : `uncertain: so near the cut-off (${dec(f.strength, false)} standard deviations) that one or two answers could change it`);

const NB: Readonly<Record<IndicatorCode, Sentence>> = {
  ISOLATED: (name, f) => `Ingen valgte ${name} som en å være sammen med (0 av ${f.eligible} ${classmates(f.eligible, true)} som svarte).`,
  NO_MUTUAL_FRIEND: (name, f) => `${name} ble valgt av ${f.received} og valgte ${f.given}, men ingen av valgene var gjensidige.`,
  CHOSEN_ONLY_BY_ISOLATED: (name, f) => `${name} ble bare valgt av elever som selv ikke ble valgt av noen (${f.received}).`,
  REJECTED: (name, f) =>
    `${name} ble ${f.manyNegative ? 'nevnt av mange' : 'nevnt'} på negative spørsmål (${f.ll} av ${f.eligibleNegative}) og valgt av ${f.lm} av ${f.eligible}: oftere nevnt negativt og sjeldnere valgt enn de fleste i klassen. Coie–Dodge-metoden kaller det «avvist» – ${certaintyNb(f)}.`,
  NEGLECTED: (name, f) =>
    `${name} ble valgt av ${f.lm} av ${f.eligible} og nevnt på negative spørsmål av ${f.ll} av ${f.eligibleNegative}: sjeldnere nevnt enn de fleste i klassen, både positivt og negativt. Coie–Dodge-metoden kaller det «oversett» – ${certaintyNb(f)}.`,
  REPORTED_VICTIM: (name, f) => `${f.nominators} av ${f.eligible} ${classmates(f.eligible, true)} som svarte (${pct(f.proportion)}), sa at ${name} blir mobbet.`,
  VICTIM_MENTIONED: (name, f) => `${f.nominators} av ${f.eligible} ${classmates(f.eligible, true)} sa at ${name} blir mobbet.`,
  REPORTED_BULLY: (name, f) => `${f.nominators} av ${f.eligible} ${classmates(f.eligible, true)} som svarte (${pct(f.proportion)}), sa at ${name} mobber andre.`,
  BULLY_VICTIM: (name) => `${name} er både meldt som mobbet og som en som mobber andre (dobbeltrolle).`,
  POWER_POSITION: (name, f) => `${name} har en maktposisjon i klassen: ${f.reasonsNb}.`,
  GAVE_NO_NOMINATIONS: (name) => `${name} svarte, men valgte ingen på de positive spørsmålene.`,
  NON_RESPONDENT: (name) => `${name} svarte ikke; tallene for ${name} bygger bare på hva andre svarte.`,
};

const EN: Readonly<Record<IndicatorCode, Sentence>> = {
  ISOLATED: (name, f) => `Nobody chose ${name} as someone to be with (0 of ${f.eligible} ${classmates(f.eligible, false)} who answered).`,
  NO_MUTUAL_FRIEND: (name, f) => `${name} was chosen by ${f.received} and chose ${f.given}, but none of these choices went both ways.`,
  CHOSEN_ONLY_BY_ISOLATED: (name, f) => `${name} was chosen only by pupils whom nobody chose (${f.received}).`,
  REJECTED: (name, f) =>
    `${name} was ${f.manyNegative ? 'named by many' : 'named'} on negative questions (${f.ll} of ${f.eligibleNegative}) and chosen by ${f.lm} of ${f.eligible}: named negatively more often, and chosen less often, than most of the class. The Coie–Dodge method calls this “rejected” – ${certaintyEn(f)}.`,
  NEGLECTED: (name, f) =>
    `${name} was chosen by ${f.lm} of ${f.eligible} and named on negative questions by ${f.ll} of ${f.eligibleNegative}: named less often than most of the class, positively and negatively. The Coie–Dodge method calls this “neglected” – ${certaintyEn(f)}.`,
  REPORTED_VICTIM: (name, f) => `${f.nominators} of ${f.eligible} ${classmates(f.eligible, false)} who answered (${pct(f.proportion)}) said ${name} is bullied.`,
  VICTIM_MENTIONED: (name, f) => `${f.nominators} of ${f.eligible} ${classmates(f.eligible, false)} said ${name} is bullied.`,
  REPORTED_BULLY: (name, f) => `${f.nominators} of ${f.eligible} ${classmates(f.eligible, false)} who answered (${pct(f.proportion)}) said ${name} bullies others.`,
  BULLY_VICTIM: (name) => `${name} is reported both as bullied and as bullying others (dual role).`,
  POWER_POSITION: (name, f) => `${name} holds a power position in the class: ${f.reasonsEn}.`,
  GAVE_NO_NOMINATIONS: (name) => `${name} answered but chose nobody on the positive questions.`,
  NON_RESPONDENT: (name) => `${name} did not answer; the figures for ${name} rest only on what others said.`,
};

export function indicatorText(code: IndicatorCode, name: string, facts: Facts): { nb: string; en: string } {
  return { nb: NB[code](name, facts), en: EN[code](name, facts) };
}

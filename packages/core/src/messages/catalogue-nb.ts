/** The sentences in Norwegian bokmål. */
import type { ApartReason } from '../plan/group-model.ts';
import type { Catalogue } from './catalogue.ts';
import { ISSUES_NB } from './issue-catalogue-nb.ts';
import type { FactKinds } from './message-facts.ts';

const UNIT = {
  group: { one: 'gruppe', the: 'gruppen', many: 'grupper', theMany: 'gruppene', title: 'Gruppe', sizes: 'gruppestørrelsene', others: 'klassekamerater' },
  class: { one: 'klasse', the: 'klassen', many: 'klasser', theMany: 'klassene', title: 'Klasse', sizes: 'klassestørrelsene', others: 'andre elever i kullet' },
} as const;

/** Why a pair is kept apart, in a rule check. */
const RULE_REASON: Readonly<Record<ApartReason, string>> = {
  negative: 'negativt valg', bullying: 'meldt mobbing', separate: 'holdes adskilt av lærer', 'vulnerable-powerful': 'sårbar elev og elev i maktposisjon',
};
/** Why a pair is kept apart, in a conflict. */
const CONFLICT_REASON: Readonly<Record<ApartReason, string>> = {
  negative: 'et negativt valg', bullying: 'meldt mobbing', separate: 'lærerens ønske', 'vulnerable-powerful': 'sårbar elev og elev i maktposisjon',
};
const AREA: Readonly<Record<FactKinds['area'], string>> = { row: 'Rad', table: 'Bord', left: 'Venstre side', right: 'Høyre side', back: 'Bakerst' };

const reasons = (list: readonly ApartReason[], words: Readonly<Record<ApartReason, string>>) => list.map((r) => words[r]).join(', ');
const certainty = (f: { certainty: FactKinds['certainty']; strength: number }, w: { decimal(v: number, d: number): string }) =>
  f.certainty === 'clear' ? `tydelig (${w.decimal(f.strength, 2)} standardavvik over grensen)` : `usikkert: så nær grensen (${w.decimal(f.strength, 2)} standardavvik) at ett eller to svar kan endre det`;
const gender = (f: { genderKind: FactKinds['genderKind']; count: number; gender: string }) =>
  f.genderKind === 'girl' ? (f.count === 1 ? 'jente' : 'jenter') : f.genderKind === 'boy' ? (f.count === 1 ? 'gutt' : 'gutter') : `med kjønn «${f.gender}»`;
const classmates = (n: number, w: { plural(c: number, one: string, other: string): string }) => w.plural(n, 'klassekamerat', 'klassekamerater');

/** Norwegian bokmål. */
export const NB: Catalogue = {
  ISOLATED: (f, w) => `Ingen valgte ${f.name} som en å være sammen med (0 av ${f.eligible} ${classmates(f.eligible, w)} som svarte).`,
  NO_MUTUAL_FRIEND: (f) => `${f.name} ble valgt av ${f.received} og valgte ${f.given}, men ingen av valgene var gjensidige.`,
  CHOSEN_ONLY_BY_ISOLATED: (f) => `${f.name} ble bare valgt av elever som selv ikke ble valgt av noen (${f.received}).`,
  REJECTED: (f, w) =>
    `${f.name} ble ${f.manyNegative ? 'nevnt av mange' : 'nevnt'} på negative spørsmål (${f.ll} av ${f.eligibleNegative}) og valgt av ${f.lm} av ${f.eligible}: oftere nevnt negativt og sjeldnere valgt enn de fleste i klassen. Coie–Dodge-metoden kaller det «avvist» – ${certainty(f, w)}.`,
  NEGLECTED: (f, w) =>
    `${f.name} ble valgt av ${f.lm} av ${f.eligible} og nevnt på negative spørsmål av ${f.ll} av ${f.eligibleNegative}: sjeldnere nevnt enn de fleste i klassen, både positivt og negativt. Coie–Dodge-metoden kaller det «oversett» – ${certainty(f, w)}.`,
  REPORTED_VICTIM: (f, w) => `${f.nominators} av ${f.eligible} ${classmates(f.eligible, w)} som svarte (${w.percent(f.proportion)}), sa at ${f.name} blir mobbet.`,
  VICTIM_MENTIONED: (f, w) => `${f.nominators} av ${f.eligible} ${classmates(f.eligible, w)} sa at ${f.name} blir mobbet.`,
  REPORTED_BULLY: (f, w) => `${f.nominators} av ${f.eligible} ${classmates(f.eligible, w)} som svarte (${w.percent(f.proportion)}), sa at ${f.name} mobber andre.`,
  BULLY_VICTIM: (f) => `${f.name} er både meldt som mobbet og som en som mobber andre (dobbeltrolle).`,
  POWER_POSITION: (f, w) => `${f.name} har en maktposisjon i klassen: ${w.powerReasons(f)}.`,
  GAVE_NO_NOMINATIONS: (f) => `${f.name} svarte, men valgte ingen på de positive spørsmålene.`,
  NON_RESPONDENT: (f) => `${f.name} svarte ikke; tallene for ${f.name} bygger bare på hva andre svarte.`,
  POWER_STAR: (f, w) => `valgt av ${f.received} av ${f.eligible} – langt flere enn tilfeldige valg ville gitt (omtrent ${w.decimal(f.expected, 1)})`,
  POWER_CHOSEN_BY_STARS: (f) => `valgt av ${f.starsChoosing} av klassens ${f.stars} mest valgte`,
  POWER_NOMINATED_POPULAR: (f) => `nevnt som populær av ${f.popularNominators} av ${f.popularEligible}`,
  POWER_NAMED_AS_BULLYING: (f) => `nevnt som en som mobber av ${f.bullyNominators} av ${f.bullyEligible}`,

  RULE_SIZES: (f, w) => `${f.actual.map((n, g) => `${g === 0 ? UNIT[f.unit].title : UNIT[f.unit].one} ${g + 1} har ${n}`).join(', ')} (skal være ${w.list(f.expected.map(String))}).`,
  RULE_APART_SPLIT: (f) => `${f.a} og ${f.b} er i ulike ${UNIT[f.unit].many} (${reasons(f.reasons, RULE_REASON)}).`,
  RULE_APART_SHARED: (f) => `${f.a} og ${f.b} er i samme ${UNIT[f.unit].one}, men skal holdes fra hverandre (${reasons(f.reasons, RULE_REASON)}).`,
  RULE_TOGETHER_MET: (f) => `${f.a} og ${f.b} er sammen, som ønsket.`,
  RULE_TOGETHER_SPLIT: (f) => `${f.a} og ${f.b} skal være sammen, men er i ulike ${UNIT[f.unit].many}.`,
  RULE_LOCK_MET: (f) => `${f.a} og ${f.b} er plassert etter låsingen.`,
  RULE_LOCK_TOGETHER_SPLIT: (f) => `${f.a} og ${f.b} er låst sammen, men er i ulike ${UNIT[f.unit].many}.`,
  RULE_LOCK_APART_SHARED: (f) => `${f.a} og ${f.b} er låst til ulike ${UNIT[f.unit].many}, men er sammen.`,
  RULE_GENDER_BALANCE: (f) => `${UNIT[f.unit].title} ${f.group} har ${f.count} ${gender(f)} av ${f.size} (regelen: ${f.min}–${f.max}).`,
  RULE_SUPPORT_CAP: (f) => `${UNIT[f.unit].title} ${f.group}: ${f.count} elever med ekstra støtte (høyst ${f.cap}).`,
  RULE_LEVEL_BALANCE: (f) => `${UNIT[f.unit].title} ${f.group}: nivåsummen avviker ${f.off.toFixed(1)} fra gjennomsnittet (høyst ${f.tolerance.toFixed(1)}).`,
  RULE_PREVIOUS_CLASS_CAP: (f) => `${UNIT[f.unit].title} ${f.group}: ${f.count} elever fra ${f.previousClass} (høyst ${f.cap}).`,
  RULE_POWERFUL_CAP: (f) => `${UNIT[f.unit].title} ${f.group}: ${f.count} elever i maktposisjon (høyst ${f.cap}).`,
  RULE_FRIEND_MET: (f, w) => `${f.name} er sammen med ${w.list(f.friends)}, som ${f.name} valgte.`,
  RULE_FRIEND_UNMET: (f) => `${f.name} har ingen av sine valgte venner i ${UNIT[f.unit].the}.`,

  SEAT_APART_ADJACENT: (f) => `${f.a} og ${f.b} sitter inntil hverandre, men skal holdes fra hverandre.`,
  SEAT_APART_MET: (f) => `${f.a} og ${f.b} sitter ikke inntil hverandre.`,
  SEAT_FRIEND_MET: (f, w) => `${f.name} sitter ved ${w.list(f.friends)}, som ${f.name} valgte.`,
  SEAT_FRIEND_UNMET: (f) => `${f.name} sitter ikke ved noen av vennene ${f.name} valgte.`,
  SEAT_FRONT_ROWS: (f) => `${f.name} sitter på rad ${f.row} (skal sitte på de to første).`,
  SEAT_LOCK_MET: (f) => `${f.name} sitter på sin faste plass.`,
  SEAT_LOCK_UNMET: (f) => `${f.name} er låst til plass ${f.seat}, men sitter et annet sted.`,

  CONFLICT_TOGETHER_TOO_LARGE: (f, w) => `${w.list(f.names)} skal være sammen (ønsket sammen eller låst), men det er ${f.names.length} elever og ${UNIT[f.unit].theMany} har plass til ${f.maxSize}.`,
  CONFLICT_TOGETHER_APART: (f) => `${f.a} og ${f.b} skal være sammen (ønsket sammen eller låst), men også holdes fra hverandre (${reasons(f.reasons, CONFLICT_REASON)}).`,
  CONFLICT_LOCKED_APART: (f, w) => `${w.list(f.names)} er låst til ulike ${UNIT[f.unit].many} (${f.locks.join(', ')}), men skal være sammen.`,
  CONFLICT_TOO_MANY_LOCKS: (f) => `Elevene er låst til ${f.locks} ulike ${UNIT[f.unit].many}, men det blir bare ${f.groups} ${UNIT[f.unit].many}.`,
  CONFLICT_APART_FROM_TOO_MANY: (f) => `${f.name} skal holdes fra ${f.apart} av ${f.others} ${UNIT[f.unit].others}; det er for få igjen til en ${UNIT[f.unit].one} på ${f.minSize}.`,
  CONFLICT_POWER_LEAVES_NO_ROOM: (f, w) =>
    `${f.powerful.length} elever er i maktposisjon (${w.list(f.powerful)}) og må fordeles på ${f.spread} av ${f.groups} grupper. ${f.vulnerable.length} sårbare elever (${w.list(f.vulnerable)}) kan ikke være i gruppe med noen av dem, men de andre gruppene har bare plass til ${f.room}. Gå gjennom hvem som er merket sårbar eller i maktposisjon.`,
  CONFLICT_GENDER_IMPOSSIBLE: (f) => `Kjønnsbalansen for ${f.gender} kan ikke oppfylles med disse ${UNIT[f.unit].sizes}.`,
  CONFLICT_FRIEND_UNREACHABLE: (f, w) => `${f.name} er sårbar og må ha en valgt venn i ${UNIT[f.unit].the}, men ${w.list(f.friends)} er låst eller bundet til andre ${UNIT[f.unit].many}.`,
  CONFLICT_NO_PLAN_FOUND: () => 'Ingen plan som oppfyller alle reglene ble funnet. Disse reglene kunne ikke oppfylles samtidig i det beste forsøket:',
  CONFLICT_NO_SEATING_FOUND: () => 'Ingen plassering som oppfyller alle reglene ble funnet. Disse reglene kunne ikke oppfylles samtidig:',
  CONFLICT_TOO_FEW_SEATS: (f) => `Det er ${f.pupils} elever, men bare ${f.seats} plasser.`,
  CONFLICT_TOO_FEW_FRONT_SEATS: (f) => `${f.pupils} elever skal sitte foran, men de to første radene har ${f.seats} plasser.`,
  CONFLICT_SEAT_MISSING: (f) => `${f.name} er låst til plass ${f.seat}, som ikke finnes.`,
  CONFLICT_SEAT_SHARED: (f, w) => `${w.list(f.names)} er låst til samme plass (${f.seat}).`,

  NOTICE_CHOSE_NOBODY: (f) => `${f.name} har ingen valgte venner registrert (valgte ingen eller svarte ikke), så planen kan ikke sikre ${f.name} en venn ${f.name} har valgt.`,
  NOTICE_FRIENDS_POWERFUL: (f, w) => `${f.name}s valgte venner (${w.list(f.friends)}) er alle i maktposisjon, så ingen av dem kan sikres i ${UNIT[f.unit].the}.`,
  NOTICE_FRIENDS_APART: (f, w) => `${f.name}s valgte venner (${w.list(f.friends)}) skal alle holdes fra ${f.name}, så ingen av dem kan sikres i ${UNIT[f.unit].the}.`,

  SUPPORT_MUTUAL_FRIEND: (f) => `${f.classmate} og ${f.pupil} valgte hverandre.`,
  SUPPORT_CHOSEN_BY_PUPIL: (f) => `${f.pupil} valgte ${f.classmate}.`,
  SUPPORT_CHOSE_PUPIL: (f) => `${f.classmate} valgte ${f.pupil}.`,
  SUPPORT_WELL_LIKED: (f) => `${f.classmate} er godt likt (valgt av ${f.chosenBy}).`,

  SEAT_PLACE: (f) => [`${AREA[f.area]}${f.number === null ? '' : ` ${f.number}`}`, ...(f.desk === null ? [] : [`pult ${f.desk}`]), `plass ${f.seat}`].join(', '),
  SEAT_AREA: (f) => `${AREA[f.area]}${f.number === null ? '' : ` ${f.number}`}`,

  ...ISSUES_NB,
};

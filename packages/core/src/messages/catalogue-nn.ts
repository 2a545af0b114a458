/** The sentences in Norwegian nynorsk (terms as in Læringsmiljøsenteret's nynorsk material). */
import type { ApartReason } from '../plan/group-model.ts';
import type { Catalogue } from './catalogue.ts';
import { ISSUES_NN } from './issue-catalogue-nn.ts';
import type { FactKinds } from './message-facts.ts';

const UNIT = {
  group: { a: 'ei gruppe', the: 'gruppa', many: 'grupper', theMany: 'gruppene', title: 'Gruppe', sizes: 'gruppestorleikane', others: 'klassekameratar' },
  class: { a: 'ein klasse', the: 'klassen', many: 'klassar', theMany: 'klassane', title: 'Klasse', sizes: 'klassestorleikane', others: 'andre elevar i kullet' },
} as const;

/** Why a pair is kept apart, in a rule check. */
const RULE_REASON: Readonly<Record<ApartReason, string>> = {
  negative: 'negativt val', bullying: 'meldt mobbing', separate: 'haldne frå kvarandre av læraren', 'vulnerable-powerful': 'sårbar elev og elev i maktposisjon',
};
/** Why a pair is kept apart, in a conflict. */
const CONFLICT_REASON: Readonly<Record<ApartReason, string>> = {
  negative: 'eit negativt val', bullying: 'meldt mobbing', separate: 'ønsket til læraren', 'vulnerable-powerful': 'sårbar elev og elev i maktposisjon',
};
const AREA: Readonly<Record<FactKinds['area'], string>> = { row: 'Rad', table: 'Bord', left: 'Venstre side', right: 'Høgre side', back: 'Bakarst' };

const reasons = (list: readonly ApartReason[], words: Readonly<Record<ApartReason, string>>) => list.map((r) => words[r]).join(', ');
const certainty = (f: { certainty: FactKinds['certainty']; strength: number }, w: { decimal(v: number, d: number): string }) =>
  f.certainty === 'clear' ? `tydeleg (${w.decimal(f.strength, 2)} standardavvik over grensa)` : `usikkert: så nær grensa (${w.decimal(f.strength, 2)} standardavvik) at eitt eller to svar kan endre det`;
const gender = (f: { genderKind: FactKinds['genderKind']; count: number; gender: string }, w: { plural(c: number, one: string, other: string): string }) =>
  f.genderKind === 'girl' ? w.plural(f.count, 'jente', 'jenter') : f.genderKind === 'boy' ? w.plural(f.count, 'gut', 'gutar') : `med kjønn «${f.gender}»`;
type Plural = { plural(c: number, one: string, other: string): string };
const classmates = (n: number, w: Plural) => w.plural(n, 'klassekamerat', 'klassekameratar');
const pupils = (n: number, w: Plural) => `${n} ${w.plural(n, 'elev', 'elevar')}`;

/** Norwegian nynorsk. */
export const NN: Catalogue = {
  ISOLATED: (f, w) => `Ingen valde ${f.name} som ein å vere saman med (0 av ${f.eligible} ${classmates(f.eligible, w)} som svarte).`,
  NO_MUTUAL_FRIEND: (f) => `${f.name} vart vald av ${f.received} og valde ${f.given}, men ingen av vala var gjensidige.`,
  CHOSEN_ONLY_BY_ISOLATED: (f) => `${f.name} vart berre vald av elevar som sjølve ikkje vart valde av nokon (${f.received}).`,
  REJECTED: (f, w) =>
    `${f.name} vart ${f.manyNegative ? 'nemnd av mange' : 'nemnd'} på negative spørsmål (${f.ll} av ${f.eligibleNegative}) og vald av ${f.lm} av ${f.eligible}: oftare nemnd negativt og sjeldnare vald enn dei fleste i klassen. Coie–Dodge-metoden kallar det «avvist» – ${certainty(f, w)}.`,
  NEGLECTED: (f, w) =>
    `${f.name} vart vald av ${f.lm} av ${f.eligible} og nemnd på negative spørsmål av ${f.ll} av ${f.eligibleNegative}: sjeldnare nemnd enn dei fleste i klassen, både positivt og negativt. Coie–Dodge-metoden kallar det «oversett» – ${certainty(f, w)}.`,
  REPORTED_VICTIM: (f, w) => `${f.nominators} av ${f.eligible} ${classmates(f.eligible, w)} som svarte (${w.percent(f.proportion)}), sa at ${f.name} blir mobba.`,
  VICTIM_MENTIONED: (f, w) => `${f.nominators} av ${f.eligible} ${classmates(f.eligible, w)} sa at ${f.name} blir mobba.`,
  REPORTED_BULLY: (f, w) => `${f.nominators} av ${f.eligible} ${classmates(f.eligible, w)} som svarte (${w.percent(f.proportion)}), sa at ${f.name} mobbar andre.`,
  BULLY_VICTIM: (f) => `${f.name} er både meldt som mobba og som ein som mobbar andre (dobbeltrolle).`,
  POWER_POSITION: (f, w) => `${f.name} har ein maktposisjon i klassen: ${w.powerReasons(f)}.`,
  GAVE_NO_NOMINATIONS: (f) => `${f.name} svarte, men valde ingen på dei positive spørsmåla.`,
  NON_RESPONDENT: (f) => `${f.name} svarte ikkje; tala for ${f.name} byggjer berre på kva andre svarte.`,
  POWER_STAR: (f, w) => `vald av ${f.received} av ${f.eligible} – langt fleire enn tilfeldige val ville gitt (omtrent ${w.decimal(f.expected, 1)})`,
  POWER_CHOSEN_BY_STARS: (f) => `vald av ${f.starsChoosing} av dei ${f.stars} mest valde i klassen`,
  POWER_NOMINATED_POPULAR: (f) => `nemnd som populær av ${f.popularNominators} av ${f.popularEligible}`,
  POWER_NAMED_AS_BULLYING: (f) => `nemnd som ein som mobbar av ${f.bullyNominators} av ${f.bullyEligible}`,

  RULE_SIZES: (f, w) => `${f.actual.map((n, g) => `${g === 0 ? UNIT[f.unit].title : UNIT[f.unit].title.toLowerCase()} ${g + 1} har ${n}`).join(', ')} (skal vere ${w.list(f.expected.map(String))}).`,
  RULE_APART_SPLIT: (f) => `${f.a} og ${f.b} er i ulike ${UNIT[f.unit].many} (${reasons(f.reasons, RULE_REASON)}).`,
  RULE_APART_SHARED: (f) => `${f.a} og ${f.b} er i ${f.unit === 'group' ? 'same gruppe' : 'same klasse'}, men skal haldast frå kvarandre (${reasons(f.reasons, RULE_REASON)}).`,
  RULE_TOGETHER_MET: (f) => `${f.a} og ${f.b} er saman, slik det var ønskt.`,
  RULE_TOGETHER_SPLIT: (f) => `${f.a} og ${f.b} skal vere saman, men er i ulike ${UNIT[f.unit].many}.`,
  RULE_LOCK_MET: (f) => `${f.a} og ${f.b} er plasserte slik dei er låste.`,
  RULE_LOCK_TOGETHER_SPLIT: (f) => `${f.a} og ${f.b} er låste saman, men er i ulike ${UNIT[f.unit].many}.`,
  RULE_LOCK_APART_SHARED: (f) => `${f.a} og ${f.b} er låste til ulike ${UNIT[f.unit].many}, men er saman.`,
  RULE_GENDER_BALANCE: (f, w) => `${UNIT[f.unit].title} ${f.group} har ${f.count} ${gender(f, w)} av ${f.size} (regelen: ${f.min}–${f.max}).`,
  RULE_SUPPORT_CAP: (f, w) => `${UNIT[f.unit].title} ${f.group}: ${pupils(f.count, w)} med ekstra støtte (høgst ${f.cap}).`,
  RULE_LEVEL_BALANCE: (f) => `${UNIT[f.unit].title} ${f.group}: nivåsummen avvik ${f.off.toFixed(1)} frå gjennomsnittet (høgst ${f.tolerance.toFixed(1)}).`,
  RULE_PREVIOUS_CLASS_CAP: (f, w) => `${UNIT[f.unit].title} ${f.group}: ${pupils(f.count, w)} frå ${f.previousClass} (høgst ${f.cap}).`,
  RULE_POWERFUL_CAP: (f, w) => `${UNIT[f.unit].title} ${f.group}: ${pupils(f.count, w)} i maktposisjon (høgst ${f.cap}).`,
  RULE_FRIEND_MET: (f, w) => `${f.name} er saman med ${w.list(f.friends)}, som ${f.name} valde.`,
  RULE_FRIEND_UNMET: (f) => `${f.name} har ingen av dei valde vennane sine i ${UNIT[f.unit].the}.`,

  SEAT_APART_ADJACENT: (f) => `${f.a} og ${f.b} sit inntil kvarandre, men skal haldast frå kvarandre.`,
  SEAT_APART_MET: (f) => `${f.a} og ${f.b} sit ikkje inntil kvarandre.`,
  SEAT_FRIEND_MET: (f, w) => `${f.name} sit ved ${w.list(f.friends)}, som ${f.name} valde.`,
  SEAT_FRIEND_UNMET: (f) => `${f.name} sit ikkje ved nokon av vennane ${f.name} valde.`,
  SEAT_FRONT_ROWS: (f) => `${f.name} sit på rad ${f.row} (skal sitje på dei to første).`,
  SEAT_LOCK_MET: (f) => `${f.name} sit på den faste plassen sin.`,
  SEAT_LOCK_UNMET: (f) => `${f.name} er låst til plass ${f.seat}, men sit ein annan stad.`,

  CONFLICT_TOGETHER_TOO_LARGE: (f, w) => `${w.list(f.names)} skal vere saman (ønskte saman eller låste), men det er ${pupils(f.names.length, w)}, og ${UNIT[f.unit].theMany} har plass til ${f.maxSize}.`,
  CONFLICT_TOGETHER_APART: (f) => `${f.a} og ${f.b} skal vere saman (ønskte saman eller låste), men òg haldast frå kvarandre (${reasons(f.reasons, CONFLICT_REASON)}).`,
  CONFLICT_LOCKED_APART: (f, w) => `${w.list(f.names)} er låste til ulike ${UNIT[f.unit].many} (${f.locks.join(', ')}), men skal vere saman.`,
  CONFLICT_TOO_MANY_LOCKS: (f) => `Elevane er låste til ${f.locks} ulike ${UNIT[f.unit].many}, men det blir berre ${f.groups} ${UNIT[f.unit].many}.`,
  CONFLICT_APART_FROM_TOO_MANY: (f) => `${f.name} skal haldast frå ${f.apart} av ${f.others} ${UNIT[f.unit].others}; det er for få att til ${UNIT[f.unit].a} på ${f.minSize}.`,
  CONFLICT_POWER_LEAVES_NO_ROOM: (f, w) =>
    `${pupils(f.powerful.length, w)} er i maktposisjon (${w.list(f.powerful)}) og må fordelast på ${f.spread} av ${f.groups} grupper. ${f.vulnerable.length} ${w.plural(f.vulnerable.length, 'sårbar elev', 'sårbare elevar')} (${w.list(f.vulnerable)}) kan ikkje vere i gruppe med nokon av dei, men dei andre gruppene har berre plass til ${f.room}. Gå gjennom kven som er merkte som sårbare eller i maktposisjon.`,
  CONFLICT_GENDER_IMPOSSIBLE: (f) => `Kjønnsbalansen for ${f.gender} kan ikkje haldast med desse ${UNIT[f.unit].sizes}.`,
  CONFLICT_FRIEND_UNREACHABLE: (f, w) =>
    `${f.name} er sårbar og må ha ein vald venn i ${UNIT[f.unit].the}, men ${w.list(f.friends)} ${w.plural(f.friends.length, 'er låst eller bunden', 'er låste eller bundne')} til andre ${UNIT[f.unit].many}.`,
  CONFLICT_NO_PLAN_FOUND: () => 'Fann ingen plan som held alle reglane. Desse reglane kunne ikkje haldast samstundes i det beste forsøket:',
  CONFLICT_NO_SEATING_FOUND: () => 'Fann inga plassering som held alle reglane. Desse reglane kunne ikkje haldast samstundes:',
  CONFLICT_TOO_FEW_SEATS: (f, w) => `Det er ${pupils(f.pupils, w)}, men berre ${f.seats} ${w.plural(f.seats, 'plass', 'plassar')}.`,
  CONFLICT_TOO_FEW_FRONT_SEATS: (f, w) => `${pupils(f.pupils, w)} skal sitje framme, men dei to første radene har ${f.seats} ${w.plural(f.seats, 'plass', 'plassar')}.`,
  CONFLICT_SEAT_MISSING: (f) => `${f.name} er låst til plass ${f.seat}, som ikkje finst.`,
  CONFLICT_SEAT_SHARED: (f, w) => `${w.list(f.names)} er låste til same plass (${f.seat}).`,

  NOTICE_CHOSE_NOBODY: (f) => `${f.name} har ingen valde vennar registrerte (valde ingen eller svarte ikkje), så planen kan ikkje sikre ${f.name} ein venn ${f.name} har valt.`,
  NOTICE_FRIENDS_POWERFUL: (f, w) => `Dei valde vennane til ${f.name} (${w.list(f.friends)}) er alle i maktposisjon, så ingen av dei kan sikrast i ${UNIT[f.unit].the}.`,
  NOTICE_FRIENDS_APART: (f, w) => `Dei valde vennane til ${f.name} (${w.list(f.friends)}) skal alle haldast frå ${f.name}, så ingen av dei kan sikrast i ${UNIT[f.unit].the}.`,

  SUPPORT_MUTUAL_FRIEND: (f) => `${f.classmate} og ${f.pupil} valde kvarandre.`,
  SUPPORT_CHOSEN_BY_PUPIL: (f) => `${f.pupil} valde ${f.classmate}.`,
  SUPPORT_CHOSE_PUPIL: (f) => `${f.classmate} valde ${f.pupil}.`,
  SUPPORT_WELL_LIKED: (f) => `${f.classmate} er godt likt (vald av ${f.chosenBy}).`,

  SEAT_PLACE: (f) => [`${AREA[f.area]}${f.number === null ? '' : ` ${f.number}`}`, ...(f.desk === null ? [] : [`pult ${f.desk}`]), `plass ${f.seat}`].join(', '),
  SEAT_AREA: (f) => `${AREA[f.area]}${f.number === null ? '' : ` ${f.number}`}`,

  ...ISSUES_NN,
};

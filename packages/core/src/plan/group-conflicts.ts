/**
 * Checks, before any search, for hard rules that cannot hold together (planning.md): together-chains that
 * join pupils who must be apart or grow larger than a group, contradictory or too many locks, a pupil who
 * must be kept apart from so many that no group is left, gender shares no split can meet, and a vulnerable
 * pupil whose every admissible friend is forced elsewhere. Also notices for vulnerable pupils whose chosen
 * friends are all off limits (rule 4 then cannot apply to them).
 */
import { largest, smallest } from './extent.ts';
import { apartSensitive, genderBounds, pairKey, type ApartReason, type GroupModel } from './group-model.ts';
import type { PlanConflict, PlanNotice } from './plan-conflict.ts';
import { partitionWords } from './partition-words.ts';
import { list } from './plan-rule.ts';

const WHY: Readonly<Record<ApartReason, { nb: string; en: string }>> = {
  negative: { nb: 'et negativt valg', en: 'a negative choice' },
  bullying: { nb: 'meldt mobbing', en: 'reported bullying' },
  separate: { nb: 'lærerens ønske', en: "the teacher's choice" },
  'vulnerable-powerful': { nb: 'sårbar elev og elev i maktposisjon', en: 'a vulnerable pupil and a pupil in a power position' },
};

/** Components of "must share a group": together pairs and equal lock numbers. */
export function togetherComponents(model: GroupModel): number[] {
  const { n } = model;
  const parent = Int32Array.from({ length: n }, (_, i) => i);
  // Iterative, with path halving: a together chain is as long as the input (recursion overflowed at 10,000).
  const find = (i: number): number => {
    let x = i;
    while (parent[x] !== x) {
      parent[x] = parent[parent[x]!]!;
      x = parent[x]!;
    }
    return x;
  };
  const union = (i: number, j: number) => (parent[find(i)] = find(j));
  const lockOwner = new Map<number, number>();
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) if (model.together[i * n + j]) union(i, j);
    const lock = model.lock[i]!;
    if (lock >= 0) {
      if (lockOwner.has(lock)) union(i, lockOwner.get(lock)!);
      else lockOwner.set(lock, i);
    }
  }
  return Array.from({ length: n }, (_, i) => find(i));
}

export function groupConflicts(model: GroupModel, sizes: readonly number[]): { conflicts: PlanConflict[]; notices: PlanNotice[] } {
  const { n, pupils } = model;
  const name = (i: number) => pupils[i]!.name;
  const id = (i: number) => pupils[i]!.id;
  const { nb: w, en: e } = partitionWords(model.profile);
  const conflicts: PlanConflict[] = [];
  const notices: PlanNotice[] = [];
  const status = (i: number) => pupils[i]!.sensitiveStatus;
  /** i has an apart rule that rests on negative or bullying answers. */
  const sensitiveApart = (i: number) => pupils.some((_, j) => model.apart[i * n + j] === 1 && apartSensitive(model, i, j));
  const maxSize = largest(sizes);
  const minSize = smallest(sizes);
  const component = togetherComponents(model);
  const members = new Map<number, number[]>();
  component.forEach((c, i) => {
    const list = members.get(c);
    if (list) list.push(i);
    else members.set(c, [i]);
  });

  for (const group of members.values()) {
    if (group.length < 2) continue;
    if (group.length > maxSize) {
      conflicts.push({ code: 'TOGETHER_TOO_LARGE', pupils: group.map(id), sensitive: false,
        text: { nb: `${list(group.map(name), 'og')} skal være sammen (ønsket sammen eller låst), men det er ${group.length} elever og ${w.theMany} har plass til ${maxSize}.`,
                en: `${list(group.map(name), 'and')} must be together (kept together or locked), but that is ${group.length} pupils and ${e.many} hold ${maxSize}.` } });
    }
    for (let x = 0; x < group.length; x++) {
      for (let y = x + 1; y < group.length; y++) {
        const i = group[x]!;
        const j = group[y]!;
        if (!model.apart[i * n + j]) continue;
        const why = model.apartReasons.get(pairKey(n, i, j))!;
        conflicts.push({ code: 'TOGETHER_APART', pupils: [id(i), id(j)], sensitive: apartSensitive(model, i, j),
          text: { nb: `${name(i)} og ${name(j)} skal være sammen (ønsket sammen eller låst), men også holdes fra hverandre (${why.map((r) => WHY[r].nb).join(', ')}).`,
                  en: `${name(i)} and ${name(j)} must be together (kept together or locked) but also kept apart (${why.map((r) => WHY[r].en).join(', ')}).` } });
      }
    }
    const locks = [...new Set(group.map((i) => model.lock[i]!).filter((l) => l >= 0))];
    if (locks.length > 1) {
      const locked = group.filter((i) => model.lock[i]! >= 0);
      conflicts.push({ code: 'LOCK_CONFLICT', pupils: locked.map(id), sensitive: false,
        text: { nb: `${list(locked.map(name), 'og')} er låst til ulike ${w.many} (${locks.join(', ')}), men skal være sammen.`,
                en: `${list(locked.map(name), 'and')} are locked to different ${e.many} (${locks.join(', ')}) but must be together.` } });
    }
  }
  const lockNumbers = new Set([...model.lock].filter((l) => l >= 0));
  if (lockNumbers.size > sizes.length) {
    conflicts.push({ code: 'TOO_MANY_LOCKS', pupils: pupils.filter((_, i) => model.lock[i]! >= 0).map((p) => p.id), sensitive: false,
      text: { nb: `Elevene er låst til ${lockNumbers.size} ulike ${w.many}, men det blir bare ${sizes.length} ${w.many}.`,
              en: `Pupils are locked to ${lockNumbers.size} different ${e.many}, but there are only ${sizes.length} ${e.many}.` } });
  }
  for (let i = 0; i < n; i++) {
    let apartCount = 0;
    for (let j = 0; j < n; j++) if (model.apart[i * n + j]) apartCount++;
    if (n - 1 - apartCount < minSize - 1) {
      conflicts.push({ code: 'APART_FROM_TOO_MANY', pupils: [id(i)], sensitive: sensitiveApart(i),
        text: { nb: `${name(i)} skal holdes fra ${apartCount} av ${n - 1} ${w.others}; det er for få igjen til en ${w.one} på ${minSize}.`,
                en: `${name(i)} must be kept apart from ${apartCount} of ${n - 1} ${e.others}; too few are left for a ${e.one} of ${minSize}.` } });
    }
  }
  // Powerful pupils are spread (at most ⌈P/m⌉ per group) and vulnerable pupils may share no group with them.
  const powerful = pupils.map((_, i) => i).filter((i) => pupils[i]!.powerful);
  const vulnerable = pupils.map((_, i) => i).filter((i) => pupils[i]!.vulnerable && !pupils[i]!.powerful);
  if (model.profile === 'groups' && powerful.length > 0 && vulnerable.length > 0) {
    const cap = Math.ceil(powerful.length / sizes.length);
    const free = [...sizes].sort((a, b) => b - a).slice(0, sizes.length - Math.ceil(powerful.length / cap));
    const room = free.reduce((sum, s) => sum + s, 0);
    if (vulnerable.length > room) {
      conflicts.push({ code: 'POWER_LEAVES_NO_ROOM', pupils: [...powerful, ...vulnerable].map(id), sensitive: [...powerful, ...vulnerable].some(status),
        text: { nb: `${powerful.length} elever er i maktposisjon (${list(powerful.map(name), 'og')}) og må fordeles på ${Math.ceil(powerful.length / cap)} av ${sizes.length} grupper. ${vulnerable.length} sårbare elever (${list(vulnerable.map(name), 'og')}) kan ikke være i gruppe med noen av dem, men de andre gruppene har bare plass til ${room}. Gå gjennom hvem som er merket sårbar eller i maktposisjon.`,
                en: `${powerful.length} pupils are in a power position (${list(powerful.map(name), 'and')}) and must be spread over ${Math.ceil(powerful.length / cap)} of ${sizes.length} groups. ${vulnerable.length} vulnerable pupils (${list(vulnerable.map(name), 'and')}) may share a group with none of them, but the other groups hold only ${room}. Review who is marked vulnerable or in a power position.` } });
    }
  }
  model.genders.forEach((gender, k) => {
    const count = pupils.filter((_, i) => model.genderOf[i] === k).length;
    const lo = sizes.reduce((sum, s) => sum + genderBounds(model, s, sizes.length).lo[k]!, 0);
    const hi = sizes.reduce((sum, s) => sum + genderBounds(model, s, sizes.length).hi[k]!, 0);
    if (count < lo || count > hi) {
      conflicts.push({ code: 'GENDER_IMPOSSIBLE', pupils: [], sensitive: false,
        text: { nb: `Kjønnsbalansen for ${gender} kan ikke oppfylles med disse ${w.sizes}.`, en: `The gender balance for ${gender} cannot be met with these ${e.one} sizes.` } });
    }
  });
  for (let i = 0; i < n; i++) {
    if (!pupils[i]!.vulnerable) continue;
    const chosen = pupils.map((_, j) => j).filter((j) => model.positive[i * n + j]);
    if (chosen.length === 0) {
      notices.push({ code: 'CHOSE_NOBODY', pupils: [id(i)], sensitive: status(i), text: { nb: `${name(i)} har ingen valgte venner registrert (valgte ingen eller svarte ikke), så planen kan ikke sikre ${name(i)} en venn ${name(i)} har valgt.`, en: `${name(i)} has no chosen friend on record (chose nobody or did not answer), so the plan cannot guarantee ${name(i)} a friend they chose.` } });
      continue;
    }
    if (!model.mustCover[i]) {
      const reasons = chosen.map((j) => model.apartReasons.get(pairKey(n, i, j)) ?? []);
      const power = reasons.every((r) => r.includes('vulnerable-powerful'));
      notices.push({ code: 'NO_ADMISSIBLE_FRIEND', pupils: [id(i), ...chosen.map(id)], sensitive: status(i) || chosen.some((j) => apartSensitive(model, i, j)),
        text: power
          ? { nb: `${name(i)}s valgte venner (${list(chosen.map(name), 'og')}) er alle i maktposisjon, så ingen av dem kan sikres i ${w.the}.`, en: `${name(i)}'s only chosen friends (${list(chosen.map(name), 'and')}) are all in a power position, so none of them can be guaranteed in the ${e.one}.` }
          : { nb: `${name(i)}s valgte venner (${list(chosen.map(name), 'og')}) skal alle holdes fra ${name(i)}, så ingen av dem kan sikres i ${w.the}.`, en: `${name(i)}'s chosen friends (${list(chosen.map(name), 'and')}) must all be kept apart from ${name(i)}, so none of them can be guaranteed in the ${e.one}.` } });
      continue;
    }
    // Every admissible friend forced away: locked elsewhere, or tied (together/lock) to someone apart from i.
    const reachable = model.admissibleOf[i]!.filter((j) => {
      if (model.lock[i]! >= 0 && model.lock[j]! >= 0 && model.lock[i] !== model.lock[j]) return false;
      const mates = [...members.get(component[j]!)!, ...members.get(component[i]!)!];
      return !mates.some((x) => model.apart[i * n + x] || model.apart[j * n + x]) && new Set(mates).size <= maxSize;
    });
    if (reachable.length === 0) {
      const friends = model.admissibleOf[i]!;
      conflicts.push({ code: 'FRIEND_UNREACHABLE', pupils: [id(i), ...friends.map(id)], sensitive: status(i) || [i, ...friends].some(sensitiveApart),
        text: { nb: `${name(i)} er sårbar og må ha en valgt venn i ${w.the}, men ${list(friends.map(name), 'og')} er låst eller bundet til andre ${w.many}.`,
                en: `${name(i)} is vulnerable and needs a chosen friend in the ${e.one}, but ${list(friends.map(name), 'and')} ${friends.length === 1 ? 'is' : 'are'} locked or tied to other ${e.many}.` } });
    }
  }
  return { conflicts, notices };
}

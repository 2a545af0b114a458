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
import { message } from '../messages/message-facts.ts';

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

/** The conflicts no plan can get past, and the notices that do not stop a plan (sizes: the group sizes). */
export function groupConflicts(model: GroupModel, sizes: readonly number[]): { conflicts: PlanConflict[]; notices: PlanNotice[] } {
  const { n, pupils } = model;
  const name = (i: number) => pupils[i]!.name;
  const id = (i: number) => pupils[i]!.id;
  const unit = model.profile === 'classes' ? 'class' : 'group';
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
        message: message('CONFLICT_TOGETHER_TOO_LARGE', { names: group.map(name), unit, maxSize }) });
    }
    for (let x = 0; x < group.length; x++) {
      for (let y = x + 1; y < group.length; y++) {
        const i = group[x]!;
        const j = group[y]!;
        if (!model.apart[i * n + j]) continue;
        const why = model.apartReasons.get(pairKey(n, i, j))!;
        conflicts.push({ code: 'TOGETHER_APART', pupils: [id(i), id(j)], sensitive: apartSensitive(model, i, j),
          message: message('CONFLICT_TOGETHER_APART', { a: name(i), b: name(j), reasons: why }) });
      }
    }
    const locks = [...new Set(group.map((i) => model.lock[i]!).filter((l) => l >= 0))];
    if (locks.length > 1) {
      const locked = group.filter((i) => model.lock[i]! >= 0);
      conflicts.push({ code: 'LOCK_CONFLICT', pupils: locked.map(id), sensitive: false,
        message: message('CONFLICT_LOCKED_APART', { names: locked.map(name), unit, locks }) });
    }
  }
  const lockNumbers = new Set([...model.lock].filter((l) => l >= 0));
  if (lockNumbers.size > sizes.length) {
    conflicts.push({ code: 'TOO_MANY_LOCKS', pupils: pupils.filter((_, i) => model.lock[i]! >= 0).map((p) => p.id), sensitive: false,
      message: message('CONFLICT_TOO_MANY_LOCKS', { locks: lockNumbers.size, unit, groups: sizes.length }) });
  }
  for (let i = 0; i < n; i++) {
    let apartCount = 0;
    for (let j = 0; j < n; j++) if (model.apart[i * n + j]) apartCount++;
    if (n - 1 - apartCount < minSize - 1) {
      conflicts.push({ code: 'APART_FROM_TOO_MANY', pupils: [id(i)], sensitive: sensitiveApart(i),
        message: message('CONFLICT_APART_FROM_TOO_MANY', { name: name(i), apart: apartCount, others: n - 1, unit, minSize }) });
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
        message: message('CONFLICT_POWER_LEAVES_NO_ROOM', { powerful: powerful.map(name), spread: Math.ceil(powerful.length / cap), groups: sizes.length, vulnerable: vulnerable.map(name), room }) });
    }
  }
  model.genders.forEach((gender, k) => {
    const count = pupils.filter((_, i) => model.genderOf[i] === k).length;
    const lo = sizes.reduce((sum, s) => sum + genderBounds(model, s, sizes.length).lo[k]!, 0);
    const hi = sizes.reduce((sum, s) => sum + genderBounds(model, s, sizes.length).hi[k]!, 0);
    if (count < lo || count > hi) {
      conflicts.push({ code: 'GENDER_IMPOSSIBLE', pupils: [], sensitive: false,
        message: message('CONFLICT_GENDER_IMPOSSIBLE', { gender, unit }) });
    }
  });
  for (let i = 0; i < n; i++) {
    if (!pupils[i]!.vulnerable) continue;
    const chosen = pupils.map((_, j) => j).filter((j) => model.positive[i * n + j]);
    if (chosen.length === 0) {
      notices.push({ code: 'CHOSE_NOBODY', pupils: [id(i)], sensitive: status(i), message: message('NOTICE_CHOSE_NOBODY', { name: name(i) }) });
      continue;
    }
    if (!model.mustCover[i]) {
      const reasons = chosen.map((j) => model.apartReasons.get(pairKey(n, i, j)) ?? []);
      const power = reasons.every((r) => r.includes('vulnerable-powerful'));
      notices.push({ code: 'NO_ADMISSIBLE_FRIEND', pupils: [id(i), ...chosen.map(id)], sensitive: status(i) || chosen.some((j) => apartSensitive(model, i, j)),
        message: message(power ? 'NOTICE_FRIENDS_POWERFUL' : 'NOTICE_FRIENDS_APART', { name: name(i), friends: chosen.map(name), unit }) });
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
        message: message('CONFLICT_FRIEND_UNREACHABLE', { name: name(i), friends: friends.map(name), unit }) });
    }
  }
  return { conflicts, notices };
}

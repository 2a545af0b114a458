/** The words for a part of a plan in the teacher's texts: a group (groups, seating islands) or a class (classes). */
import type { PlanProfile } from './group-model.ts';

export interface PartitionWords {
  readonly nb: { readonly one: string; readonly the: string; readonly many: string; readonly theMany: string; readonly title: string; readonly sizes: string };
  readonly en: { readonly one: string; readonly many: string; readonly title: string };
}

const GROUP: PartitionWords = {
  nb: { one: 'gruppe', the: 'gruppen', many: 'grupper', theMany: 'gruppene', title: 'Gruppe', sizes: 'gruppestørrelsene' },
  en: { one: 'group', many: 'groups', title: 'Group' },
};

const CLASS: PartitionWords = {
  nb: { one: 'klasse', the: 'klassen', many: 'klasser', theMany: 'klassene', title: 'Klasse', sizes: 'klassestørrelsene' },
  en: { one: 'class', many: 'classes', title: 'Class' },
};

export function partitionWords(profile: PlanProfile): PartitionWords {
  return profile === 'classes' ? CLASS : GROUP;
}

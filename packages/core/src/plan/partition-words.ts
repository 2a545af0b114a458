/**
 * The words for a part of a plan in the teacher's texts: a group (groups, seating islands) or a class (classes),
 * and for everyone else being planned (classmates, or the other pupils of a cohort).
 */
import type { PlanProfile } from './group-model.ts';

export interface PartitionWords {
  readonly nb: { readonly one: string; readonly the: string; readonly many: string; readonly theMany: string; readonly title: string; readonly sizes: string; readonly others: string };
  readonly en: { readonly one: string; readonly many: string; readonly title: string; readonly others: string };
}

const GROUP: PartitionWords = {
  nb: { one: 'gruppe', the: 'gruppen', many: 'grupper', theMany: 'gruppene', title: 'Gruppe', sizes: 'gruppestørrelsene', others: 'klassekamerater' },
  en: { one: 'group', many: 'groups', title: 'Group', others: 'classmates' },
};

const CLASS: PartitionWords = {
  nb: { one: 'klasse', the: 'klassen', many: 'klasser', theMany: 'klassene', title: 'Klasse', sizes: 'klassestørrelsene', others: 'andre elever i kullet' },
  en: { one: 'class', many: 'classes', title: 'Class', others: 'other pupils in the cohort' },
};

export function partitionWords(profile: PlanProfile): PartitionWords {
  return profile === 'classes' ? CLASS : GROUP;
}

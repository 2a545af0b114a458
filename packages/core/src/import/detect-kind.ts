/**
 * Guesses a question's kind from its wording (Norwegian bokmål/nynorsk and English). Order matters:
 * "blir mobbet" (is bullied) is tested before "mobber" (bullies), negatives before positives.
 * Returns null when the wording says nothing recognisable.
 */
import type { QuestionKind } from '../survey/survey.ts';
import { normaliseName } from './normalise-name.ts';

const RULES: readonly (readonly [QuestionKind, RegExp])[] = Object.freeze([
  ['victim', /\b(blir|ble|er|vert|blitt) (mobba?et|mobba|plaget|plaga|utestengt|holdt utenfor|halde utanfor|ertet|erta)\b|\bmobbes\b|\bplages\b|\b(is|are|gets|get|being|been) (bullied|picked on|left out|teased|excluded)\b|\bvictim|\boffer\b/],
  ['bully', /\bmobber\b|\bmobbar\b|\bplager (andre|noen)\b|\berter (andre|noen)\b|\bbull(y|ies)\b|\bbullying\b|\bpicks on\b|\b(er|is|are) slem|\bmean to\b/],
  ['negative', /\bikke\b|\bikkje\b|\bnot\b|\bdon t\b|\bdont\b|\bleast\b|\bminst\b|\buvenn|\bunnga|\bavoid|\bdislike|\bwouldn t\b/],
  ['popular', /\bpopul|\bbestemmer|\bsjef|\bkul\b|\bkule\b|\bcool\b|\bleader|\bin charge\b|\bmakt|\bpower|\bstatus\b/],
  ['positive', /venn|friend|\bleke|\bplay|\bsitte|\bsit\b|\bsit next|\bjobbe|\bwork|samarbeid|sammen|\bbe with\b|\blike|\bliker|\bchoose|\bvelge|\bgrupp|\bgroup|\bnext to\b|\bved siden\b|\btrives\b|\bhelp|\bhjelp|\bpartner/],
]);

export function detectQuestionKind(label: string): QuestionKind | null {
  const folded = normaliseName(label);
  for (const [kind, pattern] of RULES) if (pattern.test(folded)) return kind;
  return null;
}

/**
 * Folds a typed name for comparison: lower case, Norwegian letters spelled out as a child without a Norwegian
 * keyboard would (æ → ae, ø → o, å → a), other diacritics removed, punctuation dropped, spaces collapsed.
 */
const LETTERS: Readonly<Record<string, string>> = Object.freeze({ æ: 'ae', ø: 'o', å: 'a', ß: 'ss' });

export function normaliseName(name: string): string {
  return name
    .toLowerCase()
    .replace(/[æøåß]/g, (letter) => LETTERS[letter] ?? letter)
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\p{L}\p{N}\s-]/gu, ' ')
    .replace(/[\s-]+/g, ' ')
    .trim();
}

/**
 * The language in which to read core's texts (`text: {nb, en}` on indicators, rule checks, conflicts, seat names)
 * for a dashboard language. Core writes bokmål and English only, so nynorsk reads core's bokmål here — the one
 * place to change once core's texts come in nynorsk too.
 */
import type { Lang } from './locale.svelte.ts';

/** A language core writes its texts in. */
export type CoreLang = 'nb' | 'en';

/** The language of core's texts to show in `lang`: English for English, bokmål for bokmål and nynorsk. */
export function coreLang(lang: Lang): CoreLang {
  return lang === 'en' ? 'en' : 'nb';
}

/**
 * A wave's name as the screen shows it. The built-in demo wave is named in the user's language (its stored label
 * is bokmål); a label that is a bare ISO date (what import stores when no name is given) is written as a day
 * for the language; any other label stays as the teacher wrote it. Stored data is never rewritten.
 */
import { DEMO_WAVE_ID, DEMO_WAVE_LABEL } from './demo-class.ts';
import type { Locale } from './i18n/locale.svelte.ts';
import type { StoredWave } from './storage/stored-class.ts';

/** The wave's label for display in `locale`'s language. */
export function waveLabel(wave: Pick<StoredWave, 'id' | 'label'>, locale: Pick<Locale, 't' | 'day'>): string {
  if (wave.id === DEMO_WAVE_ID && wave.label === DEMO_WAVE_LABEL) return locale.t('demo.waveLabel');
  return locale.day(wave.label);
}

/** The language of a command's readable output: `--lang nb|nn|en` (default en). */
import type { MessageLang } from '@sociogram/core/messages';
import { UsageError } from './io.ts';

/** `--lang` as a catalogue language; a usage error for any other value. */
export function outputLang(value: string | undefined): MessageLang {
  const lang = value ?? 'en';
  if (lang !== 'nb' && lang !== 'nn' && lang !== 'en') throw new UsageError('--lang must be nb, nn or en');
  return lang;
}

/** The language of a command's readable output: `--lang nb|nn|en` (default en). */
import { isMessageLang, type MessageLang } from '@sociogram/core/messages';
import { UsageError } from './io.ts';

/** `--lang` as a catalogue language; a usage error for any other value. */
export function outputLang(value: string | undefined): MessageLang {
  const lang = value ?? 'en';
  if (!isMessageLang(lang)) throw new UsageError('--lang must be nb, nn or en');
  return lang;
}

/** The `--lang` of a command line whose options could not all be read (for its error message): en when absent or not a language. */
export function langOf(argv: readonly string[]): MessageLang {
  const at = argv.findIndex((arg) => arg === '--lang' || arg.startsWith('--lang='));
  const value = at < 0 ? undefined : argv[at]!.includes('=') ? argv[at]!.slice('--lang='.length) : argv[at + 1];
  return isMessageLang(value) ? value : 'en';
}

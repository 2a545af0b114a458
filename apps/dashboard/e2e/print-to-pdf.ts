/**
 * Prints a sheet as paper: clicks its print button, prints what the browser would print to A4 (the sheet's own
 * @page rules) with page.pdf(), and reads it back with pdftotext and pdfinfo. The PDF is kept in
 * test-results/sheets for a person to open; the first page is kept as a picture for the user guides.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { REPO } from './fixtures.ts';

const SHEETS = join(REPO, 'apps/dashboard/test-results/sheets');
const IMAGES = join(REPO, 'docs/images');

/** Words no classroom copy may hold in any of its languages: flags, rules, scores, reasons, relations, protection. */
export const CLASSROOM_FORBIDDEN = [
  '★', 'Poeng', 'Score', 'regel', 'rule', 'holdes fra', 'kept apart', 'mobb', 'bull', 'maktposisjon', 'power', 'beskytt', 'protect',
  'isoler', 'isolat', 'valgt', 'chose', 'avvist', 'reject', 'Fortrolig', 'Confidential', 'venn', 'friend', 'formål', 'purpose', '✗', '✓', '!',
  // nynorsk
  'reglar', 'haldast frå', 'haldne frå', 'verna', 'valde', 'vald venn', 'Fortruleg', 'føremål',
];

export interface Printed {
  /** The text, pages separated by form feeds. */
  readonly text: string;
  /** Each page's text (empty pages left out). */
  readonly pages: string[];
  /** Each page's size as pdfinfo gives it, e.g. "595.276 x 841.89 pts (A4)". */
  readonly sizes: string[];
}

/** `picture`: keep the first page as docs/images/sheet-<file>.png, at `resolution` dots per inch. */
export async function printToPdf(page: Page, button: string, file: string, { picture = true, resolution = 60 } = {}): Promise<Printed> {
  mkdirSync(SHEETS, { recursive: true });
  await page.getByRole('button', { name: button, exact: true }).click();
  const path = join(SHEETS, `${file}.pdf`);
  await page.pdf({ path, preferCSSPageSize: true, printBackground: true });
  const text = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
  const info = execFileSync('pdfinfo', ['-l', '99', path], { encoding: 'utf8' });
  const sizes = [...info.matchAll(/^Page\s+\d+ size:\s+(.+)$/gm)].map((m) => m[1]!);
  if (picture) {
    mkdirSync(IMAGES, { recursive: true });
    execFileSync('pdftoppm', ['-png', '-r', String(resolution), '-f', '1', '-l', '1', '-singlefile', path, join(IMAGES, `sheet-${file}`)]);
  }
  return { text, pages: text.split('\f').filter((p) => p.trim()), sizes };
}

/**
 * Printing one sheet: every sheet is a `.print-sheet` section moved to the end of <body> (`sheetPortal`),
 * hidden on screen. `printSheet(id)` marks it as the one to print (`body[data-print]`), hands its running head
 * and page words to the page margins (CSS custom properties on the root, read by `@page` in app.css), and
 * calls `window.print()`; print CSS then hides everything else, app chrome included. Ctrl+P on a view that
 * has a sheet marked `data-default` prints that sheet, never the screen.
 */

const root = () => document.documentElement;

function sheetElement(id: string): HTMLElement | null {
  return document.querySelector<HTMLElement>(`body > .print-sheet[data-sheet="${CSS.escape(id)}"]`);
}

/** Makes the sheet the one print CSS shows; undone by `clearSheet` (after printing). */
export function selectSheet(sheet: HTMLElement): void {
  clearSheet();
  document.body.dataset.print = sheet.dataset.sheet ?? '';
  sheet.dataset.active = '';
  root().style.setProperty('--sheet-head', JSON.stringify(sheet.dataset.head ?? ''));
  root().style.setProperty('--sheet-page', JSON.stringify(sheet.dataset.pageWord ?? ''));
  root().style.setProperty('--sheet-of', JSON.stringify(sheet.dataset.ofWord ?? ''));
}

export function clearSheet(): void {
  delete document.body.dataset.print;
  for (const sheet of document.querySelectorAll<HTMLElement>('.print-sheet[data-active]')) delete sheet.dataset.active;
  for (const name of ['--sheet-head', '--sheet-page', '--sheet-of']) root().style.removeProperty(name);
}

/** Prints the sheet with this id; false when no such sheet is on the page. */
export function printSheet(id: string): boolean {
  const sheet = sheetElement(id);
  if (!sheet) return false;
  selectSheet(sheet);
  window.addEventListener('afterprint', clearSheet, { once: true });
  window.print();
  return true;
}

/** Ctrl+P with no sheet chosen prints the current view's default sheet, if it has one. */
export function installPrintDefault(): void {
  window.addEventListener('beforeprint', () => {
    if (document.body.dataset.print) return;
    const sheet = document.querySelector<HTMLElement>('body > .print-sheet[data-default]');
    if (!sheet) return;
    selectSheet(sheet);
    window.addEventListener('afterprint', clearSheet, { once: true });
  });
}

/** Attachment: moves the sheet to the end of <body>, outside the app, and removes it with its view. */
export function sheetPortal(node: HTMLElement): () => void {
  document.body.appendChild(node);
  return () => node.remove();
}

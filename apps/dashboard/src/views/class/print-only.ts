/** Prints one part of the page on its own (e.g. a support-group sheet): everything else is hidden while printing. */
export function printOnly(element: HTMLElement): void {
  element.classList.add('print-mark');
  document.body.classList.add('print-only-marked');
  const done = () => {
    element.classList.remove('print-mark');
    document.body.classList.remove('print-only-marked');
    window.removeEventListener('afterprint', done);
  };
  window.addEventListener('afterprint', done);
  window.print();
}

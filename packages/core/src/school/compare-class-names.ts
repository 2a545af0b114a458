/** Natural order of class names: 7A, 7B, 10A (not 10A, 7A). */
export function compareClassNames(a: string, b: string): number {
  return a.localeCompare(b, 'nb', { numeric: true, sensitivity: 'base' }) || (a < b ? -1 : a > b ? 1 : 0);
}

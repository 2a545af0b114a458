/** A calendar day on this machine's clock as `YYYY-MM-DD` (local time: never the UTC day, which is yesterday in Norway until 01:00 or 02:00). */
export function localDay(date: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/**
 * Settles like `work`, or rejects with the error `expired()` returns once `ms` have passed without `work`
 * settling. `work` itself is not stopped (its later outcome is ignored): `expired` is where the caller stops
 * it, e.g. by aborting a transaction.
 */
export function withinLimit<T>(work: Promise<T>, ms: number, expired: () => Error): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(expired()), ms);
  });
  work.catch(() => undefined); // an outcome after the limit is ignored, never an unhandled rejection
  return Promise.race([work, limit]).finally(() => clearTimeout(timer));
}

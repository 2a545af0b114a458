/**
 * A long list rendered in steps: the first `step` items at once, then `step` more per task (setTimeout 0)
 * until all are shown, so a class of 2,000 pupils never blocks the page in one long task. Create it while a
 * component initialises (it owns an effect); `reset()` starts over (after a new sort order).
 */
export class Incremental<T> {
  #shown: number;
  readonly #step: number;
  readonly #items: () => readonly T[];

  constructor(items: () => readonly T[], step = 100) {
    this.#items = items;
    this.#step = step;
    this.#shown = $state(step);
    $effect(() => {
      if (this.#shown >= this.#items().length) return;
      const timer = setTimeout(() => (this.#shown += this.#step), 0);
      return () => clearTimeout(timer);
    });
  }

  /** The items rendered so far. */
  get visible(): readonly T[] {
    const all = this.#items();
    return this.#shown >= all.length ? all : all.slice(0, this.#shown);
  }

  /** True while items are still being added (for `aria-busy`). */
  get busy(): boolean {
    return this.#shown < this.#items().length;
  }

  /**
   * Starts over. A list longer than one step is emptied first (the next task adds the first step): emptying
   * a list that is its element's only child is one fast clear, where removing all but the first step row by
   * row takes one long task. A list of one step is simply redrawn at once.
   */
  reset(): void {
    this.#shown = this.#items().length > this.#step ? 0 : this.#step;
  }
}

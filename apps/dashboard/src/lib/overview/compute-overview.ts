/**
 * computeOverview(classes, dueBy, options): the school overview's rows without freezing the page with 60
 * classes: each wave's analysis is one task — before it the page yields to the browser (a new macrotask, so input
 * and painting go first) — and progress is reported after each class. Analyses are kept per wave object
 * (`cache`), so a rename or a change to another class analyses nothing again; a wave replaced by an edit is a new
 * object and is analysed anew.
 * The figures come from core (`classSummary`); nothing here decides what a figure means.
 */
import { analyseSurvey, classSummary, type Analysis, type ClassSummary } from '@sociogram/core';
import type { StoredClass, StoredWave } from '../storage/stored-class.ts';

export interface OverviewRow {
  readonly id: string;
  readonly name: string;
  readonly demo: boolean;
  readonly waves: number;
  readonly summary: ClassSummary;
}

export interface OverviewOptions {
  /** Called after each class with the number done and the total. */
  readonly onprogress?: (done: number, total: number) => void;
  /** Analyses already made, per wave object. */
  readonly cache?: WeakMap<StoredWave, Analysis>;
  /** Stops between classes: the promise then rejects with an AbortError. */
  readonly signal?: AbortSignal;
  /** Gives the browser its turn (default: a new macrotask). */
  readonly yieldToPage?: () => Promise<void>;
}

const macrotask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** The wave's analysis: from the cache, or made in a task of its own after yielding to the page. */
async function analysed(wave: StoredWave, cache: WeakMap<StoredWave, Analysis>, pause: () => Promise<void>, signal?: AbortSignal): Promise<Analysis> {
  let analysis = cache.get(wave);
  if (!analysis) {
    await pause();
    signal?.throwIfAborted();
    analysis = analyseSurvey(wave.survey, { importIssues: wave.importIssues });
    cache.set(wave, analysis);
  }
  return analysis;
}

export async function computeOverview(classes: readonly StoredClass[], dueBy: string, options: OverviewOptions = {}): Promise<OverviewRow[]> {
  const cache = options.cache ?? new WeakMap();
  const pause = options.yieldToPage ?? macrotask;
  const rows: OverviewRow[] = [];
  for (const [index, stored] of classes.entries()) {
    options.signal?.throwIfAborted();
    const latest = stored.waves.at(-1)!;
    const previous = stored.waves.at(-2);
    const latestAnalysis = await analysed(latest, cache, pause, options.signal);
    const previousAnalysis = previous ? await analysed(previous, cache, pause, options.signal) : null;
    rows.push({
      id: stored.id,
      name: stored.name,
      demo: stored.demo === true,
      waves: stored.waves.length,
      summary: classSummary({
        latest: { date: latest.date, analysis: latestAnalysis },
        previous: previous && previousAnalysis ? { date: previous.date, analysis: previousAnalysis } : null,
        followUps: stored.followUps,
        dueBy,
      }),
    });
    options.onprogress?.(index + 1, classes.length);
  }
  return rows;
}

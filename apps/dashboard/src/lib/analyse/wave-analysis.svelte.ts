/**
 * The analysis of one wave for a view: a small class analysed on the page at once, a large one in a worker
 * (analyse-in-worker.ts) while `pending` is true; a worker still running when the wave changes or the view
 * closes is stopped. When the same wave (by `id`) comes back as a new object — the store was re-read after
 * another tab wrote — its last analysis stays shown until the new one is done, so the view (and a plan being
 * worked on in it) is not taken down for a second. Create it while a component initialises (it owns an effect). One place for ClassView,
 * CompareWaves and MeetingSheet, so no view analyses a large class on the main thread.
 */
import { analyseSurvey, type Analysis, type Survey, type SurveyIssue } from '@sociogram/core';
import { analyseInWorker, analysedInWorker } from './analyse-in-worker.ts';

export interface WaveInput {
  readonly id?: string;
  readonly survey: Survey;
  readonly importIssues: readonly SurveyIssue[];
}

export class WaveAnalysis {
  readonly #wave: () => WaveInput | null;
  #fromWorker: { id: string | undefined; survey: Survey; analysis: Analysis | null; error: string | null } | null = $state.raw(null);
  readonly #inWorker = $derived.by(() => {
    const wave = this.#wave();
    return wave !== null && analysedInWorker(wave.survey);
  });
  readonly #onPage = $derived.by(() => {
    const wave = this.#wave();
    return wave === null || this.#inWorker ? null : analyseSurvey(wave.survey, { importIssues: wave.importIssues });
  });
  readonly #current = $derived.by(() => {
    const wave = this.#wave();
    const last = this.#fromWorker;
    if (wave === null || last === null) return null;
    if (last.survey === wave.survey) return last;
    // The same wave re-read: its last analysis until the new one arrives (never its error).
    return wave.id !== undefined && last.id === wave.id && last.analysis ? { ...last, error: null } : null;
  });

  constructor(wave: () => WaveInput | null) {
    this.#wave = wave;
    $effect(() => {
      const input = this.#wave();
      if (input === null || !this.#inWorker) return;
      const closing = new AbortController();
      analyseInWorker(input.survey, { importIssues: input.importIssues }, { signal: closing.signal }).then(
        (analysis) => (this.#fromWorker = { id: input.id, survey: input.survey, analysis, error: null }),
        (error: Error) => {
          if (!closing.signal.aborted) this.#fromWorker = { id: input.id, survey: input.survey, analysis: null, error: error.message };
        },
      );
      return () => closing.abort();
    });
  }

  /** The analysis, or null while it runs in the worker (or after it failed). */
  get analysis(): Analysis | null {
    return this.#onPage ?? this.#current?.analysis ?? null;
  }

  /** Why the analysis failed (core's or the worker's message), or null. */
  get error(): string | null {
    return this.#current?.error ?? null;
  }

  /** True while a worker analyses the wave. */
  get pending(): boolean {
    return this.analysis === null && this.error === null && this.#wave() !== null;
  }
}

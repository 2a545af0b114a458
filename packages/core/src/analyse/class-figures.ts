/**
 * classFigures(analysis): the few numbers a class-teacher meeting or a resource group starts from — pupils,
 * respondents, response rate, isolated pupils and pupils without a mutual friend — all from positive answers,
 * so they may appear on any teacher sheet (never on a classroom copy).
 */
import type { Analysis } from './analysis.ts';

/** A class's headline figures, all from positive answers. */
export interface ClassFigures {
  readonly pupils: number;
  readonly respondents: number;
  /** Respondents ÷ pupils (0–1). */
  readonly responseRate: number;
  /** Pupils no classmate chose on a positive question. */
  readonly isolated: number;
  /** Pupils without a mutual positive choice. */
  readonly noMutualFriend: number;
}

/**
 * The class's headline figures from its analysis: pupils, respondents, response rate, isolated pupils and pupils
 * without a mutual friend.
 */
export function classFigures(analysis: Analysis): ClassFigures {
  return {
    pupils: analysis.pupils.length,
    respondents: analysis.dataQuality.respondents,
    responseRate: analysis.dataQuality.responseRate,
    isolated: analysis.pupils.filter((p) => p.isolated).length,
    noMutualFriend: analysis.pupils.filter((p) => p.noMutualFriend).length,
  };
}

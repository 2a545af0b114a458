/**
 * What Læringsmiljøsenteret's guide teaches teachers to look for in a sociogram, from the positive questions
 * (all of them together, or the ones given):
 * - **stars** (stjerner): many mutual choices — at least 3, and more than the class (z of mutual choices > 1);
 * - **isolated** (isolerte): nobody chose them;
 * - **special power positions** (særlige maktposisjoner): at most one mutual choice of their own, but chosen by
 *   a star;
 * - **subgroups** (subgrupper): the maximal cliques of mutual choices with 3 or more pupils (Bron–Kerbosch),
 *   largest first;
 * - **chains** (kjeder): pupils linked one after another by mutual choices, each inner link with exactly two
 *   mutual friends (the ones before and after) and outside any triangle; 3 pupils or more;
 * - **in- and out-groups** (inn- og utgrupper): how many positive choices stay within a gender and how many cross
 *   between girls and boys, beside the share that would cross if choices were random.
 * Definitions and sources in docs/methods.md.
 */
import { maximalCliques } from '../graph/maximal-cliques.ts';
import { mutualGraph, nominationGraph, questionsOfKind } from '../graph/nomination-graph.ts';
import { pupilGender, type PupilGender } from '../survey/pupil-gender.ts';
import type { Survey } from '../survey/survey.ts';
import { standardise } from './statistics.ts';

/** Positive choices within and across genders (girls and boys), beside the shares random choice would give. */
export interface GenderCrossing {
  /** Positive choices between two pupils whose gender (girl or boy) is known. */
  readonly choices: number;
  readonly within: number;
  /** Girl → boy plus boy → girl. */
  readonly across: number;
  readonly girlsToBoys: number;
  readonly boysToGirls: number;
  /** Share of choices that would cross if every chooser picked classmates at random. */
  readonly expectedShareAcross: number;
}

/**
 * The patterns of `classPatterns`, as pupil ids (subgroups and chains as lists of ids); `genders` is null without both
 * genders.
 */
export interface ClassPatterns {
  readonly stars: readonly string[];
  readonly isolated: readonly string[];
  readonly specialPower: readonly string[];
  readonly subgroups: readonly (readonly string[])[];
  readonly chains: readonly (readonly string[])[];
  /** null when fewer than one girl and one boy are known. */
  readonly genders: GenderCrossing | null;
}

export const MIN_STAR_MUTUAL = 3;

/**
 * The patterns Læringsmiljøsenteret's guide teaches teachers to look for (stars, isolated, special power positions,
 * subgroups, chains, choices within and across genders), from the given questions (default: every positive one).
 */
export function classPatterns(survey: Survey, questionIds: readonly string[] = questionsOfKind(survey, 'positive')): ClassPatterns {
  const graph = nominationGraph(survey, questionIds);
  const mutual = mutualGraph(graph);
  const ids = survey.pupils.map((p) => p.id);
  const mutualCount = ids.map((id) => (mutual.hasNode(id) ? mutual.degree(id) : 0));
  const z = standardise(mutualCount);
  const stars = ids.filter((_, i) => z !== null && z[i]! > 1 && mutualCount[i]! >= MIN_STAR_MUTUAL);
  const starSet = new Set(stars);
  const isolated = questionIds.length === 0 ? [] : ids.filter((id) => graph.inDegree(id) === 0);
  const specialPower = ids.filter((id, i) => !starSet.has(id) && mutualCount[i]! <= 1 && graph.inNeighbors(id).some((from) => starSet.has(from)));
  const subgroups = maximalCliques(mutual, 3);
  return { stars, isolated, specialPower, subgroups, chains: chains(mutual, ids), genders: crossing(survey, graph) };
}

function chains(mutual: ReturnType<typeof mutualGraph>, ids: readonly string[]): string[][] {
  const neighbours = (id: string) => (mutual.hasNode(id) ? mutual.neighbors(id) : []);
  const inTriangle = (id: string) => {
    const n = neighbours(id);
    return n.some((a, i) => n.slice(i + 1).some((b) => mutual.hasEdge(a, b)));
  };
  const link = new Set(ids.filter((id) => neighbours(id).length === 2 && !inTriangle(id)));
  const seen = new Set<string>();
  const out: string[][] = [];
  for (const start of ids) {
    if (!link.has(start) || seen.has(start)) continue;
    // Walk both ways from `start` through link pupils; the first non-link pupil on each side ends the chain.
    const run = [start];
    seen.add(start);
    let cycle = false;
    for (const side of [0, 1]) {
      let previous = start;
      let current = neighbours(start)[side]!;
      while (true) {
        if (current === start) {
          cycle = true;
          break;
        }
        if (side === 0) run.push(current);
        else run.unshift(current);
        if (!link.has(current)) break;
        seen.add(current);
        const next = neighbours(current).find((n) => n !== previous)!;
        previous = current;
        current = next;
      }
      if (cycle) break;
    }
    if (!cycle && run.length >= 3) out.push(run[0]! <= run.at(-1)! ? run : run.reverse());
  }
  return out.sort((a, b) => b.length - a.length || a.join('\u0000').localeCompare(b.join('\u0000')));
}

function crossing(survey: Survey, graph: ReturnType<typeof nominationGraph>): GenderCrossing | null {
  const gender = new Map<string, PupilGender>(survey.pupils.map((p) => [p.id, pupilGender(p)]));
  const known = (id: string) => gender.get(id) === 'girl' || gender.get(id) === 'boy';
  const girls = survey.pupils.filter((p) => gender.get(p.id) === 'girl').length;
  const boys = survey.pupils.filter((p) => gender.get(p.id) === 'boy').length;
  if (girls === 0 || boys === 0) return null;
  let within = 0, girlsToBoys = 0, boysToGirls = 0, expected = 0;
  graph.forEachEdge((from, to) => {
    if (!known(from) || !known(to)) return;
    const g = gender.get(from)!;
    if (g === gender.get(to)) within++;
    else if (g === 'girl') girlsToBoys++;
    else boysToGirls++;
    // A random choice by this chooser among the other known pupils crosses with this probability.
    expected += g === 'girl' ? boys / (girls + boys - 1) : girls / (girls + boys - 1);
  });
  const choices = within + girlsToBoys + boysToGirls;
  return { choices, within, across: girlsToBoys + boysToGirls, girlsToBoys, boysToGirls, expectedShareAcross: choices === 0 ? 0 : Math.round((expected / choices) * 1000) / 1000 };
}

/** Maximum weight matching (Edmonds' blossom algorithm, port of Van Rantwijk's mwmatching). */
declare module 'edmonds-blossom' {
  /** `edges`: [i, j, weight]; returns mate[i] (−1 when unmatched). */
  export default function blossom(edges: readonly (readonly [number, number, number])[], maxCardinality?: boolean): number[];
}

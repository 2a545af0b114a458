/** The eight real Moreno (1934) classes in fixtures/, with their independent networkx reference figures. */
import { fixture, fixtureText } from './fixture.ts';
import { importSurvey, type ImportResult } from '../src/import/import-survey.ts';

export interface MorenoNode {
  readonly in_degree: number;
  readonly out_degree: number;
  readonly mutual: number;
  readonly isolate: boolean;
}

export interface MorenoNetwork {
  readonly relation: string;
  readonly n_nodes: number;
  readonly n_edges: number;
  readonly density: number;
  readonly reciprocity: number;
  readonly n_mutual_dyads: number;
  readonly n_in_isolates: number;
  readonly louvain_modularity_undirected: number | null;
  readonly louvain_partition_networkx: readonly (readonly string[])[];
  readonly nodes: Readonly<Record<string, MorenoNode>>;
}

export const MORENO_GRADES = ['grade1', 'grade2', 'grade3', 'grade4', 'grade5', 'grade6', 'grade7', 'grade8'] as const;

export function morenoReference(grade: string): MorenoNetwork {
  return (JSON.parse(fixtureText(`moreno-1934/${grade}/reference.json`)) as { networks: MorenoNetwork[] }).networks[0]!;
}

export function importMoreno(grade: string): ImportResult {
  return importSurvey(fixture(`moreno-1934/${grade}/edges.csv`), {
    file: `${grade}/edges.csv`,
    roster: fixture(`moreno-1934/${grade}/roster.csv`),
    rosterFile: `${grade}/roster.csv`,
  });
}

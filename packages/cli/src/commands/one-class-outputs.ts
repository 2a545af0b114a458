/**
 * The one-class imports whose CLI output must never change (the contract only grows): each entry is the
 * arguments of one `sociogram` run and the file holding what it printed before class splitting existed.
 * Regenerate only on a deliberate, documented change: `node --conditions=@sociogram/source --import tsx src/commands/write-one-class-outputs.ts` in packages/cli.
 */
export const ONE_CLASS_RUNS: readonly { readonly name: string; readonly args: readonly string[] }[] = Object.freeze([
  { name: 'google-forms.json', args: ['import', 'fixtures/tiny/google-forms.csv', '--json'] },
  { name: 'google-forms.txt', args: ['import', 'fixtures/tiny/google-forms.csv'] },
  { name: 'long-roster.json', args: ['import', 'fixtures/tiny/long.csv', '--roster', 'fixtures/tiny/roster.csv', '--json'] },
  { name: 'bullying-class.json', args: ['import', 'fixtures/tiny/bullying-class.csv', '--json'] },
  { name: 'wide-cp1252.json', args: ['import', 'fixtures/tiny/wide-semicolon-cp1252.csv', '--roster', 'fixtures/tiny/roster.csv', '--questions', 'fixtures/tiny/mapping.json', '--json'] },
  { name: 'long-utf16.json', args: ['import', 'fixtures/tiny/long-utf16le-tab.csv', '--json'] },
  { name: 'matrix.json', args: ['import', 'fixtures/tiny/matrix-friends.csv', '--json'] },
  { name: 'hostile-names.json', args: ['import', 'fixtures/tiny/hostile-names.csv', '--json'] },
  { name: 'microsoft-forms.json', args: ['import', 'fixtures/tiny/microsoft-forms.xlsx', '--json'] },
  { name: 'demo-7b.json', args: ['import', 'fixtures/demo/klasse-7b.csv', '--roster', 'fixtures/demo/klasse-7b-roster.csv', '--json'] },
  { name: 'demo-7b.txt', args: ['import', 'fixtures/demo/klasse-7b.csv', '--roster', 'fixtures/demo/klasse-7b-roster.csv'] },
  { name: 'demo-7b-excel.json', args: ['import', 'fixtures/demo/klasse-7b-excel.csv', '--json'] },
  { name: 'demo-7b-analyse.json', args: ['analyse', 'fixtures/demo/klasse-7b.csv', '--roster', 'fixtures/demo/klasse-7b-roster.csv', '--json'] },
  { name: 'demo-7b-analyse.txt', args: ['analyse', 'fixtures/demo/klasse-7b.csv', '--roster', 'fixtures/demo/klasse-7b-roster.csv'] },
]);

/** Where the outputs are kept, relative to the repository root. */
export const ONE_CLASS_OUTPUTS = 'packages/cli/src/commands/one-class-outputs';

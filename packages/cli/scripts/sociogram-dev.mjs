#!/usr/bin/env node
// `pnpm sociogram` in the repository: runs the CLI straight from its TypeScript source through tsx (a dev
// dependency), with core's source condition, so no build is needed after `pnpm install`.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const main = fileURLToPath(new URL('../src/main.ts', import.meta.url));
const tsx = import.meta.resolve('tsx');
const result = spawnSync(
  process.execPath,
  ['--conditions=@sociogram/source', '--import', tsx, main, ...process.argv.slice(2)],
  // pnpm runs root scripts in the repository root; INIT_CWD is where the user typed the command.
  { stdio: 'inherit', cwd: process.env.INIT_CWD ?? process.cwd() },
);
process.exit(result.status ?? 1);

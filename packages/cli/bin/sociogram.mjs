#!/usr/bin/env node
// The `sociogram` command: the CLI built to plain JavaScript (dist/, made by `pnpm build`).
import { run } from '../dist/main.js';

process.exitCode = await run(process.argv.slice(2));

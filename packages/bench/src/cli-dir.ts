/** The CLI package's folder (ending in a slash), found through the workspace dependency: the benchmarks run its built `dist/` and `bin/`. */
import { fileURLToPath } from 'node:url';

export const CLI_DIR = fileURLToPath(new URL('.', import.meta.resolve('@sociogram/cli/package.json')));

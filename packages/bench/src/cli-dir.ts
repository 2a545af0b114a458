/** Where the CLI package is: the benchmarks run its built `dist/` and `bin/`. */
import { fileURLToPath } from 'node:url';

/** The CLI package's folder (ending in a slash), found through the workspace dependency `@sociogram/cli`. */
export const CLI_DIR = fileURLToPath(new URL('.', import.meta.resolve('@sociogram/cli/package.json')));

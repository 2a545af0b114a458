// Worker thread entry when the CLI runs from source: registers tsx in this thread (loader hooks do not reach
// workers on Node 20), then loads the TypeScript worker. The built CLI starts dist/import-worker.js instead.
import { register } from 'tsx/esm/api';

register();
await import('./import-worker.ts');

// Worker thread entry: registers tsx in this thread (loader hooks do not reach workers on Node 20), then runs
// the TypeScript worker body.
import { register } from 'tsx/esm/api';

register();
await import('./plan-groups-worker.ts');

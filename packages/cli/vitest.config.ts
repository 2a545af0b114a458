import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { conditions: ['development'] },
  ssr: { resolve: { conditions: ['development'] } },
  test: { include: ['src/**/*.test.ts'], reporters: ['default', '../../scripts/summary-reporter.ts'], testTimeout: 30000 },
});

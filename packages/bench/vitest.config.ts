import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { conditions: ['@sociogram/source'] },
  ssr: { resolve: { conditions: ['@sociogram/source'] } },
  test: { include: ['src/**/*.test.ts'], reporters: ['default', '../../scripts/summary-reporter.ts'], testTimeout: 30000 },
});

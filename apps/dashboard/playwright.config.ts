import { defineConfig } from '@playwright/test';

/** Port of the preview server; E2E_PORT lets two checkouts run their end-to-end tests side by side. */
const port = Number(process.env.E2E_PORT ?? 4173);

/** End-to-end tests in Debian's Chromium (/usr/bin/chromium) against the built app served by `vite preview`. */
export default defineConfig({
  testDir: 'e2e',
  timeout: 30_000,
  workers: 1,
  retries: 0,
  reporter: [['list'], ['../../scripts/playwright-summary-reporter.ts']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
  webServer: {
    command: `pnpm exec vite preview --host 127.0.0.1 --port ${port} --strictPort`,
    url: `http://127.0.0.1:${port}`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});

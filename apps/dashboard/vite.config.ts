import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';
import { fileURLToPath } from 'node:url';
import { defaultClientConditions, defaultServerConditions, runnerImport, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { defineConfig } from 'vitest/config';
import { CONTENT_SECURITY_POLICY, CSP_HEADER } from './csp.ts';

/** Adds the strict CSP <meta> tag to the built index.html (dev needs Vite's inline client, so not there). */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'sociogram-csp',
    apply: 'build',
    transformIndexHtml: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY }, injectTo: 'head-prepend' }],
  };
}

const DEMO_SURVEY = fileURLToPath(new URL('./src/lib/demo-survey.ts', import.meta.url));

/**
 * Replaces src/lib/demo-survey.ts by its result: the module runs once here, in Node through Vite's module
 * runner (core from source), and the page gets the demo survey as JSON, without the import code or SheetJS.
 */
function prebuiltDemoSurvey(): Plugin {
  let json: Promise<string> | undefined;
  return {
    name: 'sociogram-prebuilt-demo-survey',
    enforce: 'pre',
    load(id) {
      if (id !== DEMO_SURVEY) return undefined;
      json ??= runnerImport<typeof import('./src/lib/demo-survey.ts')>(DEMO_SURVEY, {
        configFile: false,
        root: fileURLToPath(new URL('.', import.meta.url)),
        logLevel: 'error',
        // The runner's own environment ("inline") externalises every package to Node, which would load core's
        // build (absent before `pnpm build`); core is run from its source instead.
        environments: { inline: { resolve: { noExternal: ['@sociogram/core'], conditions: ['@sociogram/source', ...defaultServerConditions] } } },
      }).then(({ module }) => JSON.stringify(JSON.stringify(module.DEMO_IMPORT)));
      return json.then((text) => `/** The demo survey, imported at build time (vite.config.ts). */\nexport const DEMO_IMPORT = JSON.parse(${text});\n`);
    },
  };
}

/**
 * The service worker (Workbox, generated at build): precaches every built file so the app opens offline after
 * the first visit; a new version waits until the user accepts the "update available" prompt (lib/pwa).
 */
const serviceWorker = VitePWA({
  registerType: 'prompt',
  injectRegister: false,
  includeAssets: ['favicon.svg'],
  manifest: {
    name: 'Sociogram',
    short_name: 'Sociogram',
    description: 'Sosiogram og trygg gruppeplanlegging for klassen – alt på din egen maskin.',
    lang: 'nb',
    start_url: './',
    scope: './',
    display: 'standalone',
    background_color: '#ffffff',
    theme_color: '#0b5a8c',
    icons: [{ src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
  },
  workbox: {
    globPatterns: ['**/*.{js,css,html,svg,wasm,webmanifest}'],
    maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
    cleanupOutdatedCaches: true,
    navigateFallback: 'index.html',
  },
});

export default defineConfig({
  // Relative asset paths: the built app works from any folder of any static web server (e.g. /sociogram/).
  base: './',
  plugins: [prebuiltDemoSurvey(), svelte(), svelteTesting(), contentSecurityPolicy(), serviceWorker],
  resolve: { conditions: ['@sociogram/source', ...defaultClientConditions] },
  // Tests in the node environment (`@vitest-environment node`) resolve through the server side: core from source.
  ssr: { resolve: { conditions: ['@sociogram/source', ...defaultServerConditions] } },
  build: { target: 'es2022', assetsInlineLimit: 0, modulePreload: { polyfill: false } },
  preview: { headers: { 'Content-Security-Policy': CSP_HEADER, 'X-Frame-Options': 'DENY', 'X-Content-Type-Options': 'nosniff', 'Referrer-Policy': 'no-referrer' } },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.ts'],
    setupFiles: ['src/test-setup.ts'],
    // Component tests render whole views (sociogram layout, planners); on a shared 2-core machine a test can
    // take seconds. A limit, not a speed target: speed is measured by `pnpm bench`.
    testTimeout: 30_000,
    hookTimeout: 30_000,
    reporters: ['default', '../../scripts/summary-reporter.ts'],
  },
});

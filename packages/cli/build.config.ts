/**
 * The CLI's build (`pnpm build`): Vite/Rolldown bundles src/main.ts and the planner's worker thread, with
 * @sociogram/core and its dependencies, into plain ES modules in dist/, so `sociogram` starts without tsx,
 * without a TypeScript loader and without resolving hundreds of files. The licences of the bundled packages
 * are written to dist/THIRD-PARTY-LICENSES.md.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { defineConfig, type Plugin } from 'vite';

/** The folder of the npm package a bundled file belongs to, or null for the project's own files. */
function packageFolder(file: string): string | null {
  const match = /^(.*\/node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(file);
  return match ? match[1]! : null;
}

function thirdPartyLicenses(): Plugin {
  return {
    name: 'sociogram-third-party-licenses',
    generateBundle(_, bundle) {
      const folders = new Set<string>();
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        for (const id of chunk.moduleIds) {
          const folder = packageFolder(id.replace(/\\/g, '/'));
          if (folder) folders.add(folder);
        }
      }
      const sections = [...folders].map((folder) => {
        const { name, version, license } = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8')) as { name: string; version: string; license?: string };
        const file = readdirSync(folder).find((f) => /^licen[cs]e/i.test(f));
        const text = file && existsSync(join(folder, file)) ? readFileSync(join(folder, file), 'utf8').trim() : `License: ${license ?? 'see the package'}`;
        return `## ${name} ${version} (${license ?? 'unknown'})\n\n\`\`\`\n${text}\n\`\`\``;
      }).sort();
      this.emitFile({ type: 'asset', fileName: 'THIRD-PARTY-LICENSES.md', source: `# Packages bundled into @sociogram/cli\n\n${sections.join('\n\n')}\n` });
    },
  };
}

const conditions = ['@sociogram/source', 'node', 'import', 'module', 'default'];

export default defineConfig({
  root: dirname(new URL(import.meta.url).pathname),
  plugins: [thirdPartyLicenses()],
  resolve: { conditions },
  ssr: { noExternal: true, resolve: { conditions, externalConditions: ['node'] } },
  build: {
    ssr: true,
    target: 'node20',
    outDir: 'dist',
    emptyOutDir: true,
    minify: false,
    reportCompressedSize: false,
    rollupOptions: {
      input: { main: 'src/main.ts', 'plan-worker': 'src/plan/plan-worker.ts', 'import-worker': 'src/import-worker.ts' },
      output: { format: 'es', entryFileNames: '[name].js', chunkFileNames: '[name].js' },
    },
  },
});

import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const adminDir = path.dirname(fileURLToPath(import.meta.url));
const dsfrDir = path.dirname(createRequire(import.meta.url).resolve('@codegouvfr/react-dsfr/package.json'));

/**
 * react-dsfr's CSS declares all ~1,500 DSFR icons, each pulling its SVG into the build. Its
 * `react-dsfr update-icons` command rewrites that CSS (inside node_modules) with only the icons our code
 * uses. Running it here, before every `vite build` and dev server start, makes a bare `vite build` (what
 * scripts/tasks.mjs runs) enough on a fresh clone: no install hook or npm script to remember.
 */
function dsfrUsedIconsOnly(): Plugin {
  return {
    name: 'ent-ecole:dsfr-used-icons-only',
    buildStart() {
      // pnpm hard-links package files to its global store: give the CSS its own inode first, so that the
      // rewrite changes this install only, not the store copy that other checkouts link to.
      const iconsCss = path.join(dsfrDir, 'dsfr', 'utility', 'icons', 'icons.min.css');
      if (fs.statSync(iconsCss).nlink > 1) {
        const ownCopy = `${iconsCss}.${process.pid}`;
        fs.copyFileSync(iconsCss, ownCopy);
        fs.renameSync(ownCopy, iconsCss);
      }
      const result = spawnSync(process.execPath, [path.join(dsfrDir, 'bin', 'react-dsfr.js'), 'update-icons', '--silent'], {
        cwd: adminDir,
        stdio: 'inherit',
      });
      if (result.status !== 0) this.error('react-dsfr update-icons failed');
    },
  };
}

// `vite` (dev, hot reload) proxies the API so that the console and the API share one origin, as in production.
const apiUrl = process.env.API_URL ?? 'http://localhost:4000';

export default defineConfig({
  plugins: [dsfrUsedIconsOnly(), react()],
  // react-admin + MUI make one large vendor chunk; the budget that matters (initial JS, gzip) is checked
  // by test/bundle/initial-js-budget.test.ts.
  build: { chunkSizeWarningLimit: 1024 },
  server: {
    proxy: { '/graphql': apiUrl, '/files': apiUrl, '/healthz': apiUrl, '/directory-imports': apiUrl, '/data-protection': apiUrl, '/exports': apiUrl },
  },
});

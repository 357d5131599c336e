import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/**
 * The web app: sources in src/web, built into dist/web, which the server serves at /. In development
 * (`npm run dev:web`) Vite proxies the API and the sign-in link to a Solmu started with `npm start`.
 */
// SOLMU_WEB_DIST builds elsewhere (the server reads the same variable), so two checkouts' test runs
// on one machine do not overwrite each other's build.
const outDir = process.env.SOLMU_WEB_DIST ?? '../../dist/web';

export default defineConfig({
  root: 'src/web',
  base: '/',
  publicDir: false,
  plugins: [react()],
  build: {
    outDir,
    emptyOutDir: true,
    sourcemap: true,
    chunkSizeWarningLimit: 1500,
    // Modules run in the order the sources import them, also across chunks: main.tsx sets zod up
    // (jitless.ts) before any module makes a schema, even one in a chunk the pages share.
    rolldownOptions: { output: { strictExecutionOrder: true } },
  },
  server: {
    proxy: {
      '/api': 'http://localhost:3000',
      '/auth': 'http://localhost:3000',
    },
  },
});

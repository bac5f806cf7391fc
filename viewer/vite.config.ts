// Builds the viewer (root viewer/, output viewer/dist, served by the API at /). In dev, /graphql
// and /export go to the API (VIEWER_API, default http://127.0.0.1:4000).
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const api = process.env.VIEWER_API ?? 'http://127.0.0.1:4000';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1200,
  },
  server: { proxy: { '/graphql': api, '/export': api, '/healthz': api } },
});

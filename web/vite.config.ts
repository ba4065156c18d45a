import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/**
 * The web app: root `web/`, built into `web/dist/`, which the server serves at `/`
 * (server/src/web.ts). `npm run dev:web` serves it with hot reload and forwards the API to
 * a server started with `npm start` on :8080.
 */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Pages load on demand and Rolldown splits shared code by use, so a phone fetches only
    // what the first screen needs; hashed files are then cached for a year.
    chunkSizeWarningLimit: 1600,
  },
  server: {
    proxy: {
      '/api': 'http://localhost:8080',
      '/app-config.json': 'http://localhost:8080',
    },
  },
});

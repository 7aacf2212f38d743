import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const backend = 'http://localhost:8080';

export default defineConfig({
  plugins: [react()],
  resolve: {
    // One copy of each: two Yjs instances break `instanceof` checks, two ProseMirror
    // copies break plugin keys shared between the schema package and the editor.
    dedupe: ['yjs', 'y-protocols', 'lib0', '@tiptap/pm'],
  },
  server: {
    proxy: {
      '/api': backend,
      '/collab': { target: backend, ws: true },
    },
  },
  build: {
    outDir: 'dist',
    // The largest chunk (Tiptap, ProseMirror, Yjs and the shared treaty model with zod) is ~580 kB
    // minified, ~180 kB gzipped; the views besides the text load on first use.
    chunkSizeWarningLimit: 620,
  },
});

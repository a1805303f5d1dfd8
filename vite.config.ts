import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';

export default defineConfig({
  plugins: [react(), tailwindcss()],
  build: {
    target: 'es2022',
    // SVG icons stay separate files so the up-front bundle carries none of them.
    assetsInlineLimit: (file) => (file.endsWith('.svg') ? false : undefined),
  },
  worker: { format: 'es' },
});

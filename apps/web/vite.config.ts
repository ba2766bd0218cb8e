import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The server serves `dist` as static files with an SPA fallback; in development Vite proxies the API.
export default defineConfig({
  plugins: [react()],
  server: {
    proxy: { '/api': { target: 'http://localhost:3000', changeOrigin: false } },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
  },
});

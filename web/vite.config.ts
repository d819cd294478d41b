/**
 * Builds the explorer (web/) into web/dist, served by the API at /explore (src/http/explorer.ts).
 * Everything is bundled: no CDN, fonts copied from @fontsource, no inline script (the page's
 * Content-Security-Policy allows scripts and styles from its own origin only).
 */
import { defineConfig } from 'vite';

export default defineConfig({
  root: import.meta.dirname,
  base: '/explore/',
  logLevel: 'warn',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    chunkSizeWarningLimit: 1500,
    reportCompressedSize: false,
  },
});

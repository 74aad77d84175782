import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import type { Plugin } from 'vite';
import { precompress } from './vite-precompress.ts';

const root = fileURLToPath(new URL('.', import.meta.url));
/**
 * ISSUE-13 item 12: antd's ConfigProvider imports its tooltip UniqueProvider
 * (and with it @rc-component/trigger, ~9 KB brotli) although it renders it
 * only for `<ConfigProvider tooltip={{ unique: true }}>`, which no screen uses
 * (test/web-bundle-budget.int.test.ts checks). Resolve that one import to a
 * pass-through, so pages without tooltips do not load the popup library.
 */
function noTooltipUniqueProvider(): Plugin {
  const stub = fileURLToPath(new URL('./src/theme/no-tooltip-unique.tsx', import.meta.url));
  return {
    name: 'oryndau-no-tooltip-unique',
    enforce: 'pre',
    resolveId(source, importer) {
      if (source === '../tooltip/UniqueProvider' && importer !== undefined && /[\\/]antd[\\/]es[\\/]config-provider[\\/]index\.js$/.test(importer)) return stub;
      return null;
    },
  };
}

const api = process.env['ORYNDAU_API'] ?? 'http://localhost:3000';

// The SPA lives in apps/web; the server (apps/server) serves apps/web/dist.
// In development `vite --config apps/web/vite.config.ts` proxies the API.
export default defineConfig({
  root,
  base: '/',
  plugins: [react(), noTooltipUniqueProvider(), precompress()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // ISSUE-13 item 12: dist/.vite/manifest.json maps each page's module to its
    // chunks; the bundle budget test sums what a page needs from it.
    manifest: true,
    // The enforcement pages share large antd components (Table, Form, DatePicker);
    // the pages a phone opens first (sign-in, the debtor's page) do not load them.
    chunkSizeWarningLimit: 2500,
    rolldownOptions: {
      // antd is imported as `import { Button } from 'antd'`; its barrel reaches every
      // component, and the @rc-component packages it builds on declare no
      // `sideEffects`, so the bundler kept e.g. the whole form library on pages
      // without a form. They (and antd's styling helpers) are plain ES modules: say so.
      treeshake: { moduleSideEffects: [{ test: /[\\/]node_modules[\\/](?:@rc-component[\\/]|@ant-design[\\/](?:cssinjs|cssinjs-utils|fast-color|colors)[\\/]|is-mobile[\\/])/, sideEffects: false }] },
    },
  },
  server: {
    port: 5173,
    proxy: {
      '/api': { target: api, changeOrigin: false },
      '/health': { target: api, changeOrigin: false },
    },
  },
});

// Builds the staff console (index.html) and the citizens' portal (portal.html) into dist/web, served by
// src/http/static.ts; `vite` alone runs a dev server proxying the API.
import { fileURLToPath } from 'node:url'
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { brotliCompressSync, gzipSync, constants as zlib } from 'node:zlib'
import { defineConfig, type Plugin } from 'vite'
import vue from '@vitejs/plugin-vue'

/** Writes .br and .gz beside each text file of the build; the server sends them to browsers that accept them. */
function precompress(): Plugin {
  let outDir = ''
  return {
    name: 'suqiu-precompress',
    apply: 'build',
    configResolved(config) { outDir = path.resolve(config.root, config.build.outDir) },
    closeBundle() {
      const walk = (dir: string): string[] => readdirSync(dir, { withFileTypes: true })
        .flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]))
      for (const file of walk(outDir)) {
        if (!/\.(js|css|html|svg|json|txt)$/.test(file)) continue
        const data = readFileSync(file)
        if (data.length < 1024) continue
        writeFileSync(file + '.br', brotliCompressSync(data, { params: { [zlib.BROTLI_PARAM_QUALITY]: 11, [zlib.BROTLI_PARAM_SIZE_HINT]: data.length } }))
        writeFileSync(file + '.gz', gzipSync(data, { level: 9 }))
      }
    },
  }
}

/** Dev server: portal page paths (/portal, /portal/track …) answer portal.html, as src/http/static.ts does in production. */
function portalPages(): Plugin {
  return {
    name: 'suqiu-portal-pages',
    apply: 'serve',
    configureServer(server) {
      server.middlewares.use((req, _res, next) => {
        const p = (req.url ?? '').split('?')[0]
        if ((p === '/portal' || p.startsWith('/portal/')) && !path.posix.extname(p)) req.url = '/portal.html'
        next()
      })
    },
  }
}

const root = fileURLToPath(new URL('.', import.meta.url))
// `npm run dev:web`: the API (npm run dev) on its PUBLIC_BASE_URL, proxied; the websocket keeps its Origin check
const api = process.env.SUQIU_API ?? 'http://localhost:3000'

export default defineConfig({
  root,
  base: '/',
  plugins: [vue(), portalPages(), precompress()],
  define: {
    __VUE_OPTIONS_API__: 'false',
    __VUE_PROD_DEVTOOLS__: 'false',
    __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
    __VUE_I18N_FULL_INSTALL__: 'true',
    __VUE_I18N_LEGACY_API__: 'false',
    __INTLIFY_PROD_DEVTOOLS__: 'false',
  },
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  build: {
    outDir: fileURLToPath(new URL('../../dist/web', import.meta.url)),
    emptyOutDir: true,
    assetsDir: 'assets',
    sourcemap: false,
    chunkSizeWarningLimit: 900,
    rolldownOptions: {
      // two pages share /assets/: the staff console and the citizens' portal (its own small entry)
      input: { index: path.join(root, 'index.html'), portal: path.join(root, 'portal.html') },
      output: {
        // the framework changes less often than the pages: its own long-cached chunk; ECharts only with the board
        codeSplitting: {
          groups: [
            { name: 'vue', test: /node_modules[\\/](vue|@vue|vue-router|vue-i18n|@intlify)[\\/]/ },
            { name: 'echarts', test: /node_modules[\\/](echarts|zrender)[\\/]/ },
          ],
        },
      },
    },
  },
  server: {
    port: 5173,
    proxy: {
      '/api': { target: api, changeOrigin: true },
      '/ws': { target: api.replace(/^http/, 'ws'), ws: true, changeOrigin: true, rewriteWsOrigin: true },
      '/health': api,
    },
  },
})

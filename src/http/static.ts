// Serves the staff console and the citizens' portal built by Vite (dist/web) from the API's origin: hashed
// assets (shared by both pages) cached for a year, the HTML never cached, /portal and /portal/* answered
// with portal.html and any other page path with index.html (each page's Vue router takes it from there).
// API-like paths that match no route keep the JSON 404 of the app's not-found handler.
import { stat } from 'node:fs/promises'
import path from 'node:path'
import type { FastifyInstance, FastifyReply } from 'fastify'
import fastifyStatic from '@fastify/static'
import { projectRoot } from '../paths.js'

export interface WebConsoleOptions {
  /** the built console (default: dist/web under the project root) */
  root?: string
  /** paths under these prefixes are never the console's: no index.html fallback */
  reservedPrefixes?: string[]
}

export const webRoot = path.join(projectRoot, 'dist', 'web')

const DEFAULT_RESERVED = ['/api', '/ws', '/health', '/ready', '/channels', '/webhooks', '/open311', '/metrics']
const IMMUTABLE = 'public, max-age=31536000, immutable'
const SHORT = 'public, max-age=3600'
/** The console talks only to its own origin; Element Plus sets inline styles. */
const CSP = [
  "default-src 'self'", "script-src 'self'", "style-src 'self' 'unsafe-inline'", "img-src 'self' data: blob:",
  "font-src 'self' data:", "connect-src 'self'", "frame-ancestors 'none'", "base-uri 'self'", "form-action 'self'", "object-src 'none'",
].join('; ')

async function isFile(p: string): Promise<boolean> {
  try {
    return (await stat(p)).isFile()
  } catch {
    return false
  }
}

/**
 * A plain (encapsulated) plugin: `reply.sendFile` stays inside it, so another plugin may register
 * @fastify/static for its own files.
 */
export default async function webConsole(app: FastifyInstance, opts: WebConsoleOptions = {}): Promise<void> {
  const root = path.resolve(opts.root ?? webRoot)
  const reserved = opts.reservedPrefixes ?? DEFAULT_RESERVED
  const isReserved = (p: string) => reserved.some((r) => p === r || p.startsWith(r + '/'))

  await app.register(fastifyStatic, { root, serve: false, preCompressed: true, suppressWarning: true })

  const sendPage = async (reply: FastifyReply, page: 'index.html' | 'portal.html') => {
    if (!(await isFile(path.join(root, page)))) {
      const what = page === 'portal.html' ? ['群众诉求网页', 'The citizens\' portal'] : ['工作台', 'The console']
      return reply.status(503).header('cache-control', 'no-store').type('text/html; charset=utf-8')
        .send(`<!doctype html><meta charset="utf-8"><title>诉求</title><p>${what[0]}尚未构建，请运行 <code>npm run build:web</code>。</p><p>${what[1]} is not built yet: run <code>npm run build:web</code>.</p>`)
    }
    reply.header('cache-control', 'no-store')
    reply.header('content-security-policy', CSP)
    reply.header('x-content-type-options', 'nosniff')
    reply.header('referrer-policy', 'same-origin')
    reply.header('x-frame-options', 'DENY')
    return reply.sendFile(page, { cacheControl: false })
  }
  // the portal's pages hold a tracking code and PIN in memory: the same no-store and CSP as the console
  const isPortal = (p: string) => p === '/portal' || p.startsWith('/portal/') || p === '/portal.html'

  app.get('/*', async (request, reply) => {
    const rawPath = request.url.split('?')[0]
    if (isReserved(rawPath)) return reply.callNotFound()
    let pathname: string
    try {
      pathname = decodeURIComponent(rawPath)
    } catch {
      return reply.callNotFound()
    }
    if (pathname.includes('\0') || pathname.split('/').some((s) => s === '..' || s === '.')) return reply.callNotFound()

    if (pathname !== '/' && !pathname.endsWith('/') && pathname !== '/index.html' && pathname !== '/portal.html') {
      const file = path.join(root, pathname)
      if (file.startsWith(root + path.sep) && (await isFile(file))) {
        reply.header('cache-control', pathname.startsWith('/assets/') ? IMMUTABLE : SHORT)
        reply.header('x-content-type-options', 'nosniff')
        return reply.sendFile(pathname.slice(1), { cacheControl: false })
      }
      // a missing script or image is a 404, not the console's HTML
      if (path.posix.extname(pathname)) return reply.callNotFound()
    }
    return sendPage(reply, isPortal(pathname) ? 'portal.html' : 'index.html')
  })
}

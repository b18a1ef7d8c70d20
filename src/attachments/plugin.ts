// The `attachments` plugin: the store for this process, and multipart parsing (@fastify/multipart) if the app has none yet.
import path from 'node:path'
import fp from 'fastify-plugin'
import multipart from '@fastify/multipart'
import { AttachmentStore, type StoreLimits } from './store.js'
import { discardSpooledUploads } from './multipart.js'

declare module 'fastify' {
  interface FastifyInstance { attachments: AttachmentStore }
}

export interface AttachmentsOptions {
  /** size and count limits (default 40 MB per file, 10 files, 50 MB a request) */
  limits?: Partial<StoreLimits>
}

export default fp<AttachmentsOptions>(async (app, opts) => {
  const store = new AttachmentStore(path.join(app.config.dataDir, 'files'), app.sql, opts.limits)
  if (!app.hasPlugin('@fastify/multipart')) {
    // limits here are defaults; readIntakeForm passes the store's limits on every request
    await app.register(multipart, { limits: { fileSize: store.limits.maxFileBytes, files: store.limits.maxFiles }, throwFileSizeLimit: true })
  }
  app.decorate('attachments', store)
  // uploads spooled for a request that did not save them (refused form, failed transaction) do not stay on disk
  app.addHook('onResponse', async (request) => { await discardSpooledUploads(request, store) })
}, { name: 'attachments', dependencies: ['db', 'config'] })


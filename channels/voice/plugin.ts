// The `voice-lines` plugin: both Twilio lines (春城热线 channels/hotline, 电话 channels/phone), the SMS
// delivery status callback, the operators' calls and call-back (回访) APIs, and the recording-download
// job handler. `app.voiceLines` holds the clock and office hours every call is answered by.
import fp from 'fastify-plugin'
import type { FastifyInstance } from 'fastify'
import hotlineRoutes from '../hotline/routes.js'
import phoneRoutes from '../phone/routes.js'
import callbackRoutes from '../../src/callbacks/routes.js'
import { recordingDownloadHandler, RECORDING_QUEUE } from '../../workers/recordings.js'
import voiceSharedRoutes from './routes.js'
import { officeHoursFrom, type LineOptions, type VoiceLineSettings } from './webhooks.js'

export default fp<LineOptions>(async (app: FastifyInstance, opts) => {
  app.decorate('voiceLines', { now: opts.now ?? (() => new Date()), officeHours: opts.officeHours ?? officeHoursFrom(app.config) } satisfies VoiceLineSettings)
  await app.register(hotlineRoutes)
  await app.register(phoneRoutes)
  await app.register(voiceSharedRoutes)
  await app.register(callbackRoutes)
  app.jobHandlers[RECORDING_QUEUE] = recordingDownloadHandler({
    sql: app.sql, config: app.config, log: app.log, store: app.hasDecorator('attachments') ? app.attachments : undefined,
  })
}, { name: 'voice-lines', dependencies: ['config', 'db', 'auth', 'live', 'cases'] })

// 春城热线 (the 12345-style city service hotline): Twilio voice and SMS webhooks under /channels/hotline,
// and the operators' call form POST /api/intake/hotline.
import type { FastifyInstance } from 'fastify'
import { lineWebhooks, type LineOptions } from '../voice/webhooks.js'
import { callIntakeRoutes } from '../voice/intake.js'

export default async function hotlineRoutes(app: FastifyInstance, opts: LineOptions) {
  await app.register(lineWebhooks('hotline'), { ...opts, prefix: '/channels/hotline' })
  await app.register(callIntakeRoutes('hotline'))
}

// 电话 (the 12388-style reporting line): as the hotline, but callers first choose whether to report
// anonymously (press 1), and then their number is not kept. Webhooks under /channels/phone, the call
// form POST /api/intake/phone.
import type { FastifyInstance } from 'fastify'
import { lineWebhooks, type LineOptions } from '../voice/webhooks.js'
import { callIntakeRoutes } from '../voice/intake.js'

export default async function phoneRoutes(app: FastifyInstance, opts: LineOptions) {
  await app.register(lineWebhooks('phone'), { ...opts, prefix: '/channels/phone' })
  await app.register(callIntakeRoutes('phone'))
}

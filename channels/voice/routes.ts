// What both voice lines share: the SMS delivery status callback and the operators' calls API.
// The lines themselves are channels/hotline and channels/phone.
import type { FastifyInstance } from 'fastify'
import { smsStatusRoutes } from './sms-status.js'
import { callsApiRoutes } from './calls-api.js'

export default async function voiceSharedRoutes(app: FastifyInstance) {
  await app.register(smsStatusRoutes)
  await app.register(callsApiRoutes)
}

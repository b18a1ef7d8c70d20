// The `cases` plugin: the case services (calendar, keys, outbox) for this process.
import fp from 'fastify-plugin'
import type { Sql } from 'postgres'
import { WorkCalendar } from '../calendar/workdays.js'
import { deriveKeys } from '../privacy/crypto.js'
import { useAuditKey } from '../audit/log.js'
import { pgBossOutbox, type CaseServices } from './services.js'

declare module 'fastify' {
  interface FastifyInstance {
    cases: CaseServices
    /** re-reads the holiday overrides after an admin changes them, here and (by NOTIFY) in every other process */
    reloadCalendar(): Promise<void>
  }
}

export async function loadCalendar(sql: Sql): Promise<WorkCalendar> {
  const rows = await sql`select to_char(day, 'YYYY-MM-DD') as day, is_workday from holiday_overrides`
  return new WorkCalendar(rows.map((r) => [r.day as string, r.is_workday as boolean] as const))
}

export async function caseServices(sql: Sql, secret: string, cityCode: string): Promise<CaseServices> {
  useAuditKey(secret) // the audit rows this process writes are keyed with it
  return { sql, calendar: await loadCalendar(sql), keys: deriveKeys(secret), outbox: pgBossOutbox(), cityCode }
}

/** Told when an admin changes the holiday overrides, so that every process re-reads them, not only the one that took the change. */
export const CALENDAR_CHANNEL = 'suqiu_calendar'

export default fp(async (app) => {
  const services = await caseServices(app.sql, app.config.SUQIU_SECRET, app.config.SUQIU_CITY)
  const reload = async () => { services.calendar = await loadCalendar(app.sql) }
  app.decorate('cases', services)
  app.decorate('reloadCalendar', async () => {
    await reload()
    await app.sql.notify(CALENDAR_CHANNEL, '')
  })
  // another process (or this one) changed the overrides: deadlines from now on count with them
  const listener = await app.sql.listen(CALENDAR_CHANNEL, () => {
    reload().catch((err: unknown) => app.log.error({ err }, 'calendar: reloading the holiday overrides failed'))
  })
  app.addHook('onClose', async () => { await listener.unlisten().catch(() => {}) })
}, { name: 'cases', dependencies: ['db', 'config'] })

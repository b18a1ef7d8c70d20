// 12345 desk call (issue 20): a repeat caller rings the hotline; the time from the webhook to the registered case —
// the screen pop (Twilio's webhook, the operator takes the call and gets the caller's history), the look-up by the
// number the operator sees, the form's data (catalogue, 常用语, the earlier case opened), and the registration —
// per step and in all, p50/p95 over BENCH_DESK_CALLS calls (200) among BENCH_DESK_CALLERS earlier callers (500).
// In-process (app.inject): the server's share of the desk; then the keystrokes and the time in the browser
// (bench/desk-browser.ts). The issue states no time target.
// `npm run bench -- desk`, or `npx tsx bench/desk.ts`.
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import twilio from 'twilio'
import { buildApp } from '../src/app.js'
import { loadConfig } from '../src/config.js'
import { createUser } from '../src/users/service.js'
import { startBenchPostgres } from './pg.js'
import { envInt, fmtInt, loadAverage, quantiles } from './generate.js'
import { benchDeskBrowser } from './desk-browser.js'

const PUBLIC = 'https://rexian.km.gov.cn'
const ACCOUNT_SID = 'AC' + 'd'.repeat(32)
const AUTH_TOKEN = 'bench-auth-token-desk-0123456789ab'
const HOTLINE = '+868712345678'
/** Thursday 10:00 in Kunming: the desk is staffed, every call is queued for an operator. */
const WORKING_HOURS = new Date('2026-11-26T10:00:00+08:00')
const PASSWORD = 'correct horse battery staple'

export async function benchDesk(): Promise<string[]> {
  const callers = envInt('BENCH_DESK_CALLERS', 500)
  const calls = Math.min(callers, envInt('BENCH_DESK_CALLS', 200))
  const pg = await startBenchPostgres()
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'suqiu-bench-desk-'))
  try {
    const url = await pg.createDatabase('bench_desk')
    const config = loadConfig({}, {
      SUQIU_DATA_DIR: dataDir, SUQIU_SECRET: 'bench-secret-bench-secret-bench-secret-01', LOG_LEVEL: 'silent', PUBLIC_BASE_URL: PUBLIC,
      TWILIO_ACCOUNT_SID: ACCOUNT_SID, TWILIO_AUTH_TOKEN: AUTH_TOKEN, TWILIO_HOTLINE_NUMBER: HOTLINE,
    })
    const app = await buildApp({ config, databaseUrl: url, logger: false, rateLimitAllowList: ['127.0.0.1'] })
    try {
      app.voiceLines.now = () => WORKING_HOURS
      const [centre] = await app.sql`select id from units where division_code = '530100' and is_default`
      await createUser(app.db, { username: 'bench_operator', password: PASSWORD, role: 'operator', unitId: Number(centre.id) })
      const login = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'bench_operator', password: PASSWORD } })
      if (login.statusCode !== 200) throw new Error(`login: ${login.statusCode} ${login.body}`)
      const cookie = String(login.headers['set-cookie']).split(';')[0]
      const headers = { cookie, 'x-csrf-token': login.json().csrfToken as string }
      const api = async (method: 'GET' | 'POST', u: string, payload?: unknown) => {
        const res = await app.inject({ method, url: u, headers, payload: payload as never })
        if (res.statusCode >= 300) throw new Error(`${method} ${u}: ${res.statusCode} ${res.body.slice(0, 200)}`)
        return res.json()
      }
      const phoneOf = (i: number) => `139${String(10_000_000 + i)}`
      const form = (i: number, content: string) => ({
        type: 'complaint', content, address: '昆明市五华区华山街道翠湖西路社区', complainant: { anonymous: false, name: '张三', phone: phoneOf(i) },
      })

      // the earlier cases of the callers who ring again
      const t0 = performance.now()
      const earlier: number[] = []
      for (let i = 0; i < callers; i++) earlier.push((await api('POST', '/api/intake/hotline', form(i, `翠湖西路社区路灯损坏第${i}号，夜间出行不便。`))).id as number)
      const out = [`${fmtInt(callers)} earlier callers registered in ${((performance.now() - t0) / 1000).toFixed(0)} s; ${loadAverage()} before the calls`]

      const steps = { pop: [] as number[], lookup: [] as number[], form: [] as number[], register: [] as number[], total: [] as number[] }
      const desk = async (i: number, record: boolean) => {
        const callSid = `CA${String(i).padStart(32, '0')}`
        const params: Record<string, string> = {
          AccountSid: ACCOUNT_SID, ApiVersion: '2010-04-01', CallSid: callSid, CallStatus: 'ringing', Direction: 'inbound',
          From: `+86${phoneOf(i)}`, To: HOTLINE, Caller: `+86${phoneOf(i)}`, Called: HOTLINE,
        }
        const signature = twilio.getExpectedTwilioSignature(AUTH_TOKEN, `${PUBLIC}/channels/hotline/voice`, params)
        const a = performance.now()
        const hook = await app.inject({
          method: 'POST', url: '/channels/hotline/voice', payload: new URLSearchParams(params).toString(),
          headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-twilio-signature': signature },
        })
        if (hook.statusCode !== 200) throw new Error(`webhook: ${hook.statusCode} ${hook.body.slice(0, 200)}`)
        await api('POST', `/api/calls/${callSid}/take`)
        const b = performance.now()
        const found = await api('POST', '/api/lookup/person', { kind: 'phone', value: phoneOf(i), via: 'call' })
        const c = performance.now()
        await Promise.all([api('GET', '/api/catalogue'), api('GET', '/api/templates'), api('GET', `/api/cases/${earlier[i]}`)])
        const d = performance.now()
        await api('POST', '/api/intake/hotline', { ...form(i, `路灯仍未修复，第${i}号再次来电催办。`), callSid })
        const e = performance.now()
        if (!record) return
        if (!JSON.stringify(found).includes(String(earlier[i]))) throw new Error(`look-up of caller ${i} did not find the earlier case`)
        steps.pop.push(b - a); steps.lookup.push(c - b); steps.form.push(d - c); steps.register.push(e - d); steps.total.push(e - a)
      }
      for (let i = 0; i < 3; i++) await desk(callers - 1 - i, false) // warm-up
      for (let i = 0; i < calls; i++) await desk(i, true)
      out.push(
        `desk call of a repeat caller, ${fmtInt(calls)} calls (server side, in-process; no target stated in the issue):`,
        `  screen pop (webhook + take with history) ${quantiles(steps.pop).text}`,
        `  look-up by number ${quantiles(steps.lookup).text}`,
        `  form data (catalogue, 常用语, earlier case) ${quantiles(steps.form).text}`,
        `  registration ${quantiles(steps.register).text}`,
        `  screen pop → registered case ${quantiles(steps.total).text}`,
        loadAverage(),
      )
      // keystrokes are a browser measure: the operator's console in chromium (bench/desk-browser.ts)
      out.push(...(await benchDeskBrowser(pg, path.join(dataDir, 'browser'))))
      return out
    } finally {
      await app.close()
    }
  } finally {
    await pg.stop()
    rmSync(dataDir, { recursive: true, force: true })
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const line of await benchDesk()) process.stdout.write(line + '\n')
}

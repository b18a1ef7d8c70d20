// The simulated people of the day simulator (bench/day/index.ts): citizens and their channels, operators taking calls,
// clerks at the counter, dispatchers, officers and supervisors down the chain, board viewers and the public's pollers.
// Every case is walked to its planned end through the HTTP API; each staff action is preceded by what that person
// loads first (their list, then the case). Timings and errors go to the Recorder by action type.
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import twilio from 'twilio'
import type { Sql } from '../../src/db/index.js'
import { signFaxBody } from '../../channels/fax/verify.js'

export interface Staff { userId: number; role: string; unitId: number; cookie: string; csrf: string }
export interface CityUnits { root: number; villages: { code: string; village: number; township: number; county: number }[] }

export const fmt = (ms: number) => (Number.isNaN(ms) ? '–' : ms < 10 ? `${ms.toFixed(1)} ms` : ms < 10_000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`)

/** `mail`: a mail delivered to the public mailbox until it is a case (no request waits on it; Dovecot announces a new
 * mail to an IDLE client 0.5 s after delivery by design, so it has its own target) */
type Category = 'intake' | 'mail' | 'staff' | 'pop' | 'public'

/** Timings (ms) and errors by action type. */
export class Recorder {
  private readonly kinds = new Map<string, { category: Category; times: number[]; errors: number; samples: string[] }>()
  private readonly lags = new Map<string, number[]>()

  add(type: string, category: Category, ms: number, error?: string): void {
    const k = this.kinds.get(type) ?? this.kinds.set(type, { category, times: [], errors: 0, samples: [] }).get(type)!
    k.times.push(ms)
    if (error) {
      k.errors++
      if (k.samples.length < 3) k.samples.push(error.slice(0, 160))
    }
  }

  lag(name: string, times: number[]): void { this.lags.set(name, times) }

  total(): number { let n = 0; for (const k of this.kinds.values()) n += k.times.length; return n }

  private static q(sorted: number[], p: number): number {
    return sorted.length ? sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))] : NaN
  }

  lines(): string[] {
    const out: string[] = []
    const order: Category[] = ['intake', 'mail', 'pop', 'staff', 'public']
    for (const cat of order) {
      for (const [type, k] of [...this.kinds].filter(([, k]) => k.category === cat).sort((x, y) => y[1].times.length - x[1].times.length)) {
        const s = [...k.times].sort((x, y) => x - y)
        out.push(`${cat.padEnd(6)} ${type.padEnd(26)} ${String(s.length).padStart(6)}×  p50 ${fmt(Recorder.q(s, 0.5)).padStart(7)}  p95 ${fmt(Recorder.q(s, 0.95)).padStart(7)}  p99 ${fmt(Recorder.q(s, 0.99)).padStart(7)}  errors ${k.errors}${k.samples.length ? ' (' + k.samples.join(' | ') + ')' : ''}`)
      }
    }
    return out
  }

  /** Each target this step broke, with what broke it (an action type, a worker lag) and its category. */
  verdict(t: { staffP99: number; intakeP99: number; mailP99: number; popP99: number; workerLagP99: number }): { ok: boolean; broken: string[]; breaks: Break[] } {
    const breaks: Break[] = []
    for (const [type, k] of this.kinds) {
      const p = Recorder.q([...k.times].sort((x, y) => x - y), 0.99)
      const limit = k.category === 'intake' ? t.intakeP99 : k.category === 'mail' ? t.mailP99 : k.category === 'pop' ? t.popP99 : t.staffP99
      if (p > limit) breaks.push({ what: type, category: k.category, text: `${type} p99 ${fmt(p)} > ${limit} ms`, over: p / limit })
      if (k.errors) breaks.push({ what: type, category: 'error', text: `${type}: ${k.errors} errors${k.samples.length ? ` (${k.samples[0]})` : ''}`, over: Infinity })
    }
    for (const [name, times] of this.lags) {
      const p = Recorder.q([...times].sort((x, y) => x - y), 0.99)
      if (p > t.workerLagP99) breaks.push({ what: name, category: 'worker', text: `worker lag ${name} p99 ${fmt(p)} > ${t.workerLagP99 / 1000} s`, over: p / t.workerLagP99 })
    }
    // errors first, then the targets missed by the widest margin
    breaks.sort((x, y) => y.over - x.over)
    return { ok: breaks.length === 0, broken: breaks.map((b) => b.text), breaks }
  }
}

/** A broken target: `over` is its p99 over the target (Infinity for errors). */
export interface Break { what: string; category: Category | 'worker' | 'error'; text: string; over: number }

interface Options {
  sql: Sql
  apis: string[]
  staff: Map<string, Staff[]>
  units: CityUnits
  rec: Recorder
  speed: number
  /** simulated seconds between two actions on a case */
  think: number
  perHour: number
  scale: number
  /** APPEND a mail to the public mailbox (Dovecot); null without one */
  append: ((raw: Buffer) => Promise<void>) | null
  twilio: { publicUrl: string; authToken: string; accountSid: string; hotline: string }
  faxSecret: string
  firstCase: number
}

type Channel = 'hotline' | 'web' | 'email' | 'letter' | 'visit' | 'fax'
/** Channel shares of a 12345 hotline's intake; 40 % of all intakes are consultations answered on the call. */
const SHARES: [Channel, number][] = [['hotline', 0.70], ['web', 0.15], ['email', 0.05], ['letter', 0.04], ['visit', 0.05], ['fax', 0.01]]
const ANSWERED_ON_CALL = 0.40 / 0.70

/** What happens to a case on its way (rates of a 12345 platform, rounded). */
const RATES = { reject: 0.03, merge: 0.02, returned: 0.05, extension: 0.05, redo: 0.10, unsatisfied: 0.05, townshipLevel: 0.15 }
const CATEGORIES = ['village_affairs', 'village_finance', 'village_official_misconduct']
const TEXTS = ['小区门口路灯损坏多日无人维修，夜间出行不便，请尽快修复。', '村集体收支长期不公开，村民多次询问未果，请核查。', '垃圾清运不及时，堆放多日气味很大，影响居民生活。', '道路破损严重，雨天积水无法通行，请尽快处理。']
const FAX_TIFF = readFileSync(fileURLToPath(new URL('../../test/fixtures/files/fax-standard-2p.tif', import.meta.url)))

const FINAL = new Set(['closed', 'rejected', 'merged', 'withdrawn'])

interface Run {
  no: number
  channel: Channel
  id: number
  code: string | null
  pin: string | null
  planned: 'closed' | 'rejected' | 'merged'
  state: string
}

class HttpError extends Error {}
/** The service rightly refused what the simulator asked (e.g. a merge into a case that had just ended): not an error of the service. */
class SimulatorMistake extends HttpError {}

export class Simulation {
  intakes = 0
  finished = 0
  /** walks that stopped on an error (the error is also counted under its action type) */
  failures = 0
  failureSamples: string[] = []
  /** merges the service refused because their target had just ended (the simulator chose again) */
  mergeTargetsGone = 0
  nextCase: number
  private readonly byChannel = new Map<Channel, number>()
  private readonly runs: Run[] = []
  private readonly open: Run[] = []
  private turn = 0
  private pick = 0
  private stopping = false

  constructor(private readonly o: Options) {
    this.nextCase = o.firstCase
  }

  channelMix(): string { return [...this.byChannel].map(([c, n]) => `${c} ${n}`).join(', ') }

  private sleep(simSeconds: number): Promise<void> {
    const ms = (simSeconds * 1000 * (0.5 + Math.random())) / this.o.speed
    return new Promise((r) => setTimeout(r, ms))
  }

  private one(role: string, unitId: number): Staff {
    const list = this.o.staff.get(`${role}:${unitId}`)
    if (!list?.length) throw new Error(`no ${role} at unit ${unitId}`)
    return list[this.pick++ % list.length]
  }

  private api(): string { return this.o.apis[this.turn++ % this.o.apis.length] }

  /** One HTTP request, timed and recorded; throws on a non-2xx answer (recorded as an error of its type). */
  private async call(type: string, category: Category, method: string, path: string, opts: { who?: Staff; json?: unknown; body?: Buffer | string; headers?: Record<string, string>; base?: string; mistake?: (status: number, text: string) => boolean } = {}): Promise<any> {
    const headers: Record<string, string> = { ...opts.headers }
    if (opts.who) {
      headers.cookie = opts.who.cookie
      if (method !== 'GET') headers['x-csrf-token'] = opts.who.csrf
    }
    let body: Buffer | string | undefined = opts.body
    if (opts.json !== undefined) { body = JSON.stringify(opts.json); headers['content-type'] = 'application/json' }
    const t0 = performance.now()
    let status = 0
    let text = ''
    try {
      const res = await fetch((opts.base ?? this.api()) + path, { method, headers, body })
      status = res.status
      text = await res.text()
    } catch (err) {
      const cause = (err as Error & { cause?: { code?: string; message?: string } }).cause
      text = `${(err as Error).message}${cause ? ` (${cause.code ?? cause.message})` : ''}`
    }
    const ms = performance.now() - t0
    const ok = status >= 200 && status < 300
    const mistaken = !ok && !!opts.mistake?.(status, text)
    this.o.rec.add(type, category, ms, ok || mistaken ? undefined : `${status} ${method} ${path.replace(/\d{3,}/g, 'N')} ${text}`)
    if (mistaken) throw new SimulatorMistake(`${type}: ${status} ${text.slice(0, 200)}`)
    if (!ok) throw new HttpError(`${type}: ${status} ${text.slice(0, 200)}`)
    return text && text[0] === '{' ? JSON.parse(text) : text
  }

  /** What a person does before acting: their list, then the case. */
  private async look(who: Staff, id: number): Promise<void> {
    const queue = who.role === 'officer' || who.role === 'supervisor' ? 'mine' : 'all'
    await this.call('list', 'staff', 'GET', `/api/cases?queue=${queue}`, { who })
    await this.call('case', 'staff', 'GET', `/api/cases/${id}`, { who })
  }

  private async act(run: Run, who: Staff, event: Record<string, unknown>): Promise<string> {
    await this.sleep(this.o.think)
    await this.look(who, run.id)
    const answer = await this.call(String(event.type), 'staff', 'POST', `/api/cases/${run.id}/events`, { who, json: event })
    run.state = answer.state
    return run.state
  }

  /** Intakes over `intakeMs` at the speed's rate, every case walked to its end, the pollers running meanwhile. */
  async run(intakeMs: number): Promise<void> {
    const ratePerMs = (this.o.perHour / 3_600_000) * this.o.speed
    const walks: Promise<void>[] = []
    const pollers = this.pollers()
    const until = performance.now() + intakeMs
    let at = performance.now()
    for (;;) {
      at += -Math.log(1 - Math.random()) / ratePerMs // Poisson arrivals
      if (at > until) break
      const wait = at - performance.now()
      if (wait > 0) await new Promise((r) => setTimeout(r, wait))
      walks.push(this.citizen().catch((err) => {
        this.failures++
        if (this.failureSamples.length < 3) this.failureSamples.push(String((err as Error).message).slice(0, 200))
      }))
    }
    await Promise.all(walks)
    this.stopping = true
    await pollers
  }

  private channel(): Channel {
    let r = Math.random()
    for (const [c, share] of SHARES) if ((r -= share) < 0) return c
    return 'web'
  }

  /** One citizen's matter from intake to its end. */
  private async citizen(): Promise<void> {
    const no = this.nextCase++
    const channel = this.channel()
    this.byChannel.set(channel, (this.byChannel.get(channel) ?? 0) + 1)
    this.intakes++
    const v = this.o.units.villages[(no * 7919) % this.o.units.villages.length]
    const r = Math.random()
    const planned = channel !== 'hotline' && r < RATES.reject ? 'rejected' : channel !== 'hotline' && r < RATES.reject + RATES.merge ? 'merged' : 'closed'
    const text = TEXTS[no % TEXTS.length] + `（编号 D${no}）`
    const category = CATEGORIES[no % CATEGORIES.length]
    const phone = `139${String(20_000_000 + no).slice(-8)}`
    const operator = this.one('operator', this.o.units.root)
    let run: Run
    if (channel === 'hotline') {
      const answered = Math.random() < ANSWERED_ON_CALL
      const callSid = 'CA' + createHash('md5').update(`day-${no}-${Math.random()}`).digest('hex')
      const params: Record<string, string> = {
        AccountSid: this.o.twilio.accountSid, ApiVersion: '2010-04-01', CallSid: callSid, CallStatus: 'ringing', Direction: 'inbound',
        From: `+86${phone}`, To: this.o.twilio.hotline, Caller: `+86${phone}`, Called: this.o.twilio.hotline,
      }
      const signature = twilio.getExpectedTwilioSignature(this.o.twilio.authToken, `${this.o.twilio.publicUrl}/channels/hotline/voice`, params)
      const t0 = performance.now()
      await this.call('voice webhook', 'intake', 'POST', '/channels/hotline/voice', {
        body: new URLSearchParams(params).toString(), headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-twilio-signature': signature },
      })
      // the operator takes the call at once (on the other API process, as the balancer may send it): the screen pop
      await this.call('take call', 'staff', 'POST', `/api/calls/${callSid}/take`, { who: operator })
      this.o.rec.add('screen pop (webhook → pop)', 'pop', performance.now() - t0)
      await this.sleep(answered ? 60 : 90) // the conversation
      const body = {
        callSid, type: answered ? 'consultation' : 'complaint', title: '来电', content: text, divisionCode: v.code, category,
        complainant: { anonymous: false, name: '张三' }, register: { category },
        ...(answered ? { answer: '已在电话中解答：按相关政策办理，详见答复。' } : {}),
      }
      const a = await this.call('log call', 'intake', 'POST', '/api/intake/hotline', { who: operator, json: body })
      run = { no, channel, id: a.id, code: a.trackingCode, pin: a.pin, planned, state: a.state }
    } else if (channel === 'web') {
      const a = await this.call('web form', 'intake', 'POST', '/api/complaints', {
        json: { type: 'complaint', title: '网上诉求', content: text, divisionCode: v.code, complainant: { anonymous: false, name: '王五', phone } },
        headers: { 'idempotency-key': `day-web-${no}-${this.o.firstCase}` },
      })
      run = { no, channel, id: a.id, code: a.trackingCode, pin: a.pin, planned, state: a.state }
    } else if (channel === 'letter' || channel === 'visit') {
      const clerk = this.one('clerk', this.o.units.root)
      const json = channel === 'letter'
        ? { type: 'complaint', content: text, divisionCode: v.code, complainant: { anonymous: false, name: '王五', phone }, letterNumber: `XF-D${no}`, receivedDate: new Date().toISOString().slice(0, 10), senderAddress: '云南省昆明市五华区翠湖南路12号' }
        : { type: 'complaint', content: text, divisionCode: v.code, visitors: [{ name: '刘一', phone }] }
      const a = await this.call(channel === 'letter' ? 'letter (clerk)' : 'visit (clerk)', 'intake', 'POST', `/api/intake/${channel}`, { who: clerk, json })
      run = { no, channel, id: a.id, code: a.trackingCode, pin: a.pin, planned, state: a.state }
    } else if (channel === 'fax') {
      const form = new FormData()
      for (const [k, val] of Object.entries({ from: '0871-6312 3456', to: '+868716000000', pages: '2', faxId: `day-fax-${no}` })) form.append(k, val)
      form.append('file', new Blob([FAX_TIFF], { type: 'image/tiff' }), 'fax.tif')
      const req = new Request('http://localhost/', { method: 'POST', body: form })
      const body = Buffer.from(await req.arrayBuffer())
      const a = await this.call('fax gateway', 'intake', 'POST', '/channels/fax/inbound', { body, headers: { 'content-type': req.headers.get('content-type')!, 'x-fax-signature': signFaxBody(this.o.faxSecret, body) } })
      const [row] = await this.o.sql`select id from complaints where case_number = ${a.caseNumber}`
      run = { no, channel, id: Number(row.id), code: null, pin: null, planned, state: 'intake' }
    } else {
      run = await this.email(no, text, phone, planned)
    }
    this.runs.push(run)
    if (run.planned === 'closed') this.open.push(run)
    try {
      await this.walk(run, v, category)
    } finally {
      const i = this.open.indexOf(run)
      if (i >= 0) this.open.splice(i, 1)
      if (FINAL.has(run.state)) this.finished++
    }
  }

  /** An e-mail to the public address (IMAP APPEND); the worker's mailbox reader makes the case. Without Dovecot, a web form. */
  private async email(no: number, text: string, phone: string, planned: Run['planned']): Promise<Run> {
    if (!this.o.append) {
      const a = await this.call('e-mail (as web form)', 'intake', 'POST', '/api/complaints', {
        json: { type: 'complaint', title: '邮件诉求', content: text, complainant: { anonymous: false, name: '赵六', phone, email: `resident${no}@example.com` } },
      })
      return { no, channel: 'email', id: a.id, code: a.trackingCode, pin: a.pin, planned, state: a.state }
    }
    const messageId = `<day-${no}-${Date.now()}@example.com>`
    const raw = [
      `From: 赵六 <resident${no}@example.com>`, 'To: 12345@suqiu.local', `Subject: =?UTF-8?B?${Buffer.from('反映问题').toString('base64')}?=`,
      `Message-ID: ${messageId}`, `Date: ${new Date().toUTCString()}`, 'MIME-Version: 1.0', 'Content-Type: text/plain; charset=utf-8', 'Content-Transfer-Encoding: 8bit', '',
      `${text}\n地址：昆明市五华区华山街道翠湖西路社区。电话 ${phone}。`, '',
    ].join('\r\n')
    const t0 = Date.now()
    try {
      await this.o.append(Buffer.from(raw))
    } catch (err) {
      this.o.rec.add('e-mail (IMAP → case)', 'mail', Date.now() - t0, `APPEND failed: ${(err as Error).message}`)
      throw err
    }
    for (let i = 0; i < 600; i++) {
      const [row] = await this.o.sql`select p.id, p.created_at from intakes i join complaints p on p.id = i.complaint_id where i.raw->>'messageId' = ${messageId}`
      if (row) {
        this.o.rec.add('e-mail (IMAP → case)', 'mail', Math.max(0, new Date(row.created_at).getTime() - t0))
        const [c] = await this.o.sql`select state from cases where id = ${row.id}`
        return { no, channel: 'email', id: Number(row.id), code: null, pin: null, planned, state: c?.state ?? 'intake' }
      }
      await new Promise((r) => setTimeout(r, 100))
    }
    this.o.rec.add('e-mail (IMAP → case)', 'mail', 60_000, 'no case within 60 s of the APPEND')
    throw new HttpError('e-mail never became a case')
  }

  /**
   * MERGE into a case still open at the moment of the merge (chosen after the dispatcher has looked, not before). A
   * target that ended in between is refused by the service, rightly (400 on intoCaseId): that is the simulator's
   * mistake, so it checks the target did end and chooses again. False when no case is open to merge into.
   */
  private async merge(run: Run, who: Staff): Promise<boolean> {
    await this.sleep(this.o.think)
    await this.look(who, run.id)
    for (let attempt = 0; attempt < 5; attempt++) {
      const target = [...this.open].reverse().find((r) => r !== run && !FINAL.has(r.state) && r.state !== 'evaluation')
      if (!target) return false
      try {
        const answer = await this.call('MERGE', 'staff', 'POST', `/api/cases/${run.id}/events`, {
          who, json: { type: 'MERGE', intoCaseId: target.id }, mistake: (status, text) => status === 400 && text.includes('intoCaseId'),
        })
        run.state = answer.state
        return true
      } catch (err) {
        if (!(err instanceof SimulatorMistake)) throw err
        const [c] = await this.o.sql`select state from cases where id = ${target.id}`
        if (!FINAL.has(c?.state)) {
          this.o.rec.add('MERGE', 'staff', 0, `400 refused a merge into #${target.id}, which is still open (${c?.state})`)
          throw new HttpError(`MERGE refused into the open case #${target.id}`)
        }
        this.mergeTargetsGone++
      }
    }
    return false
  }

  private async walk(run: Run, v: CityUnits['villages'][number], category: string): Promise<void> {
    const root = this.o.units.root
    const dispatcher = () => this.one('dispatcher', root)
    const chain = Math.random() < RATES.townshipLevel ? [v.county, v.township] : [v.county, v.township, v.village]
    const reviewer = (index: number) => (index < 0 ? dispatcher() : this.one(index === 0 ? 'supervisor' : 'supervisor', chain[index]))
    let returned = Math.random() < RATES.returned
    let extension = Math.random() < RATES.extension
    let redo = Math.random() < RATES.redo
    let unsatisfied = Math.random() < RATES.unsatisfied
    let guard = 0
    while (!FINAL.has(run.state)) {
      if (++guard > 40) throw new Error(`case ${run.id} does not end (state ${run.state})`)
      switch (run.state) {
        case 'intake':
          if (run.planned === 'rejected') await this.act(run, dispatcher(), { type: 'REJECT', reason: '不属于受理范围，已告知诉求人向有关部门反映。' })
          else if (run.planned === 'merged' && (await this.merge(run, dispatcher()))) break
          else {
            if (run.planned === 'merged') run.planned = 'closed'
            await this.act(run, dispatcher(), { type: 'REGISTER', category })
          }
          break
        case 'triage': {
          const d = dispatcher()
          await this.sleep(this.o.think)
          await this.look(d, run.id)
          await this.call('routing', 'staff', 'GET', `/api/cases/${run.id}/routing`, { who: d })
          run.state = (await this.call('DISPATCH', 'staff', 'POST', `/api/cases/${run.id}/events`, { who: d, json: { type: 'DISPATCH', chain } })).state
          break
        }
        case 'assigned': {
          const last = chain.length - 1
          if (returned) {
            returned = false
            await this.act(run, this.one('officer', chain[last]), { type: 'RETURN', reason: '不属于本单位职责范围，请重新交办。' })
            await this.act(run, this.one('officer', chain[last - 1]), { type: 'DELEGATE', unitId: chain[last] })
          } else await this.act(run, this.one('officer', chain[last]), { type: 'SIGN' })
          break
        }
        case 'handling': {
          const last = chain.length - 1
          if (extension) {
            extension = false
            await this.act(run, this.one('officer', chain[last]), { type: 'REQUEST_EXTENSION', workingDays: 5, reason: '需现场核查，申请延期。' })
            await this.act(run, reviewer(last - 1), { type: 'APPROVE_EXTENSION' })
          }
          await this.act(run, this.one('officer', chain[last]), { type: 'SUBMIT_REPLY', text: '已现场核查并整改完毕，已向诉求人说明。', resolved: true })
          // the review goes up the chain: each approval is that unit's own reply to its parent
          for (let r = last - 1; r >= -1 && (run.state as string) === 'review'; r--) {
            if (redo && r === last - 1) {
              redo = false
              await this.act(run, reviewer(r), { type: 'REJECT_REPLY', reason: '答复未写明整改时间，请补充。' })
              break // back to handling
            }
            await this.act(run, reviewer(r), { type: 'APPROVE_REPLY' })
          }
          break
        }
        case 'feedback':
          await this.act(run, this.one('operator', root), { type: 'SEND_FEEDBACK', text: '您反映的问题已办理完毕，感谢您的监督。', channel: run.channel === 'email' ? 'email' : 'sms' })
          break
        case 'evaluation': {
          const rating = unsatisfied ? 'unsatisfied' : 'satisfied'
          unsatisfied = false
          await this.sleep(this.o.think)
          if (run.code && run.pin) {
            // the citizen rates on the tracking page (code + PIN); the page is loaded first
            await this.call('tracking page', 'public', 'GET', `/api/track/${run.code}`, { headers: { 'x-tracking-pin': run.pin } })
            run.state = (await this.call('EVALUATE (citizen)', 'staff', 'POST', `/api/track/${run.code}/evaluation`, { json: { rating }, headers: { 'x-tracking-pin': run.pin } })).state
          } else {
            const op = this.one('operator', root)
            await this.look(op, run.id)
            run.state = (await this.call('EVALUATE', 'staff', 'POST', `/api/cases/${run.id}/events`, { who: op, json: { type: 'EVALUATE', rating } })).state
          }
          break
        }
        default:
          throw new Error(`case ${run.id}: unexpected state ${run.state}`)
      }
    }
  }

  /** 20 board viewers, the public statistics and Open311, polled until the walks are done. */
  private async pollers(): Promise<void> {
    const viewers = Math.max(2, Math.round(20 * this.o.scale))
    const counties = [...new Set(this.o.units.villages.map((v) => v.county))]
    const loop = async (every: number, body: () => Promise<unknown>) => {
      while (!this.stopping) {
        await this.sleep(every)
        if (this.stopping) break
        await body().catch(() => undefined)
      }
    }
    const groups = ['channel', 'county', 'category', 'month', 'type']
    let g = 0
    await Promise.all([
      ...Array.from({ length: viewers }, (_, i) => loop(30, () => this.call('board', 'staff', 'GET', '/api/stats/board', { who: this.one('supervisor', counties[i % counties.length]) }))),
      loop(5 / this.o.scale, () => this.call('public stats', 'public', 'GET', `/api/public/stats?groupBy=${groups[g++ % groups.length]}`)),
      loop(10 / this.o.scale, () => this.call('Open311 requests', 'public', 'GET', '/open311/v2/requests.json')),
    ])
  }

  /** Each case at its planned end; each outbound message once. */
  async checkEnds(): Promise<{ ok: boolean; lines: string[] }> {
    const ids = this.runs.map((r) => r.id)
    const rows = await this.o.sql`select id, state from cases where id = any(${ids}::bigint[])`
    const state = new Map(rows.map((r) => [Number(r.id), r.state as string]))
    const wrong = this.runs.filter((r) => state.get(r.id) !== r.planned)
    const lost = this.intakes - this.runs.length
    // the notification worker may still be sending the last ones: up to 30 s for the queue to empty
    for (let i = 0; i < 60; i++) {
      const [q] = await this.o.sql`select count(*)::int as n from outbound_messages where case_id = any(${ids}::bigint[]) and status = 'queued'`
      if (q.n === 0) break
      await new Promise((r) => setTimeout(r, 500))
    }
    // the same text twice is a duplicate unless the case went through that milestone twice (a redo after an
    // unsatisfied rating sends the result and the evaluation request again)
    const dups = await this.o.sql`
      select o.case_id, o.kind, o.channel, count(*)::int as n from outbound_messages o where o.case_id = any(${ids}::bigint[])
      group by o.case_id, o.kind, o.channel, o.body
      having count(*) > greatest(1, (select count(*) from case_events e where e.case_id = o.case_id
        and e.type = case o.kind when 'result' then 'SEND_FEEDBACK' when 'evaluation_request' then 'SEND_FEEDBACK' when 'accepted' then 'REGISTER' else '-' end))`
    const dup = { n: dups.length }
    const [unsent] = await this.o.sql`select count(*)::int as n from outbound_messages where case_id = any(${ids}::bigint[]) and status not in ('sent', 'delivered', 'recorded')`
    const [sent] = await this.o.sql`select count(*)::int as n from outbound_messages where case_id = any(${ids}::bigint[])`
    const lines = [
      `${this.runs.length - wrong.length} of ${this.intakes} cases at their planned end${wrong.length ? ` (${wrong.slice(0, 5).map((r) => `#${r.id} ${state.get(r.id)} ≠ ${r.planned}`).join(', ')})` : ''}${lost ? `, ${lost} intakes failed` : ''}`,
      `${sent.n} messages to complainants, ${dup.n} sent more than once (same case, kind, channel and text)${dups.length ? ' (' + dups.slice(0, 3).map((d) => `#${d.case_id} ${d.kind} ${d.channel} ${d.n}×`).join(', ') + ')' : ''}, ${unsent.n} not sent`,
      ...(this.failures ? [`${this.failures} walks stopped on an error: ${this.failureSamples.join(' | ')}`] : []),
    ]
    return { ok: wrong.length === 0 && lost === 0 && dup.n === 0 && unsent.n === 0, lines }
  }
}

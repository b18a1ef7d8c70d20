// Open311 GeoReport v2 (services, requests) for other civic tools: no personal data, and no reports (举报) at all.
// A request shows no free text a citizen or an officer wrote, only a public summary (公开摘要, summary.ts) that staff
// approved; until then its service, status, township and dates. Cases still at intake are not published.
import { createHash, randomBytes } from 'node:crypto'
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import formbody from '@fastify/formbody'
import { Type } from '@sinclair/typebox'
import { AppError } from '../http/errors.js'
import { staffOf } from '../auth/plugin.js'
import { assertCityAdmin } from '../users/scope.js'
import { createComplaint } from '../complaints/create.js'
import { registeringCentre } from '../complaints/routes.js'
import { encrypt } from '../privacy/crypto.js'
import { Open } from '../http/responses.js'

/** GeoReport v2 answers: a JSON array, or the same as XML (`.xml`). */
const geoReport = (item: ReturnType<typeof Open>, description: string) => ({
  description,
  content: { 'application/json': { schema: Type.Array(item) }, 'text/xml': { schema: Type.String() } },
})
const Service = Open({ service_code: Type.String(), service_name: Type.String(), description: Type.String(), metadata: Type.Boolean(), type: Type.String(), keywords: Type.String(), group: Type.String() })
const ServiceRequest = Open({ service_request_id: Type.String(), status: Type.String(), service_code: Type.Optional(Type.Union([Type.String(), Type.Null()])) })
const Posted = Open({ service_request_id: Type.String(), service_notice: Type.String() })

const OPEN_STATES = ['intake', 'triage', 'assigned', 'handling', 'review', 'feedback', 'evaluation', 'decision']
/** never published: merged into another case, or not yet looked at by staff (待受理) */
const UNPUBLISHED_STATES = ['merged', 'intake']
/** status_notes: fixed words for the state, never the feedback or reply text */
const STATUS_NOTES: Record<string, string> = { closed: '已办结', rejected: '不予受理', withdrawn: '已撤回' }

/** A coordinate rounded to 3 decimals (about 100 m), or null. */
export function coarseCoordinate(value: unknown): number | null {
  const n = typeof value === 'number' ? value : typeof value === 'string' && value.trim() ? Number(value) : NaN
  return Number.isFinite(n) ? Math.round(n * 1000) / 1000 : null
}

/** Minimal XML for GeoReport's list responses: <services><service>…</service></services>. */
export function toXml(root: string, item: string, rows: Record<string, unknown>[]): string {
  const esc = (v: unknown) => String(v).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
  const body = rows.map((r) => `<${item}>${Object.entries(r).map(([k, v]) => (v === null || v === undefined ? `<${k}/>` : `<${k}>${esc(v)}</${k}>`)).join('')}</${item}>`).join('')
  return `<?xml version="1.0" encoding="utf-8"?><${root}>${body}</${root}>`
}

function send(reply: FastifyReply, format: string, root: string, item: string, rows: Record<string, unknown>[]) {
  if (format === 'xml') return reply.type('text/xml; charset=utf-8').send(toXml(root, item, rows))
  return reply.type('application/json; charset=utf-8').send(rows)
}

function open311Error(reply: FastifyReply, format: string, status: number, description: string) {
  return send(reply.status(status), format, 'errors', 'error', [{ code: status, description }])
}

/** A W3C date-time or a plain date (GeoReport clients send both). */
const DATE_OR_TIME = '^\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:?\\d{2})?)?$'

export const hashApiKey = (key: string) => createHash('sha256').update(key).digest('hex')

/** Fields of a GeoReport POST that name or follow the person (an anonymous request keeps none of them, not even sealed). */
const OPEN311_IDENTITY = ['first_name', 'last_name', 'phone', 'email', 'device_id', 'account_id']

/**
 * The raw intake of a GeoReport POST: the posted form sealed like every channel's (it holds names, numbers, the
 * address), never the API key; only the service and the posted point stay readable (the feed publishes it rounded).
 */
function sealedOpen311(app: FastifyInstance, posted: Record<string, string | undefined>, anonymous: boolean, apiKeyId: number) {
  const kept = Object.fromEntries(Object.entries(posted).filter(([f]) => f !== 'api_key' && !(anonymous && OPEN311_IDENTITY.includes(f))))
  return {
    open311: { service_code: posted.service_code, lat: posted.lat, long: posted.long },
    formEnc: encrypt(app.cases.keys.encKey, JSON.stringify(kept), 'intake:open311'),
    apiKeyId,
  }
}

export default async function open311Routes(app: FastifyInstance) {
  const formatOf = (req: FastifyRequest) => ((req.params as { format?: string }).format === 'xml' ? 'xml' : 'json')
  const Format = Type.Object({ format: Type.Union([Type.Literal('json'), Type.Literal('xml')]) })

  app.get('/open311/v2/services.:format', { schema: { params: Format, response: { 200: geoReport(Service, '服务类别 / Services') } }, attachValidation: true }, async (request, reply) => {
    if (request.validationError) return open311Error(reply, formatOf(request), 400, `${request.validationError.message} / 请求参数有误`)
    const rules = await app.sql`select category, label from routing_rules order by category`
    return send(reply, formatOf(request), 'services', 'service', rules.map((r) => ({
      service_code: r.category, service_name: r.label, description: r.label, metadata: false, type: 'realtime', keywords: '', group: '群众诉求',
    })))
  })

  /**
   * A request as the public may see it: township precision at most (coordinates to ~100 m), the handling unit's name,
   * the approved public summary or nothing; no media (no attachment is marked public).
   */
  const publicRequest = (rows: Record<string, any>[]) => {
    return rows.map((r) => {
      const place = r.division_code ? app.divisions.path(String(r.division_code).slice(0, 9)).map((d) => d.name).join('') : null
      return {
        service_request_id: r.case_number,
        status: OPEN_STATES.includes(r.state) ? 'open' : 'closed',
        status_notes: STATUS_NOTES[r.state] ?? null,
        service_name: r.category_label ?? null,
        service_code: r.category ?? null,
        description: r.public_summary_at ? r.public_summary : null,
        agency_responsible: r.handling_unit ?? r.root_unit,
        service_notice: null,
        requested_datetime: new Date(r.received_at).toISOString(),
        updated_datetime: new Date(r.updated_at).toISOString(),
        expected_datetime: r.overall_due_at ? new Date(r.overall_due_at).toISOString() : null,
        address: place || null,
        address_id: null, zipcode: null, lat: coarseCoordinate(r.lat), long: coarseCoordinate(r.long), media_url: null,
      }
    })
  }

  const requestColumns = app.sql`
    k.case_number, k.public_summary, k.public_summary_at, coalesce(k.extra->'lat', o.raw->'lat') as lat, coalesce(k.extra->'long', o.raw->'long') as long, c.state, c.category, c.division_code, c.received_at, c.updated_at, c.overall_due_at,
    (select label from routing_rules r where r.category = c.category) as category_label,
    coalesce(
      (select u.name from case_events e join units u on u.id = e.actor_unit_id where e.case_id = c.id and e.type = 'SUBMIT_REPLY' order by e.version desc limit 1),
      (select name from units u where u.id = (c.chain_unit_ids)[array_length(c.chain_unit_ids, 1)])) as handling_unit,
    (select name from units u where u.id = c.root_unit_id) as root_unit`

  // the point a GeoReport client posted with a request (lat, long), from its raw intake; published only rounded
  const open311Place = app.sql`left join lateral (select i.raw->'open311' as raw from intakes i where i.complaint_id = c.id and i.raw ? 'open311' limit 1) o on true`

  // start_date/end_date: W3C date-times, or plain dates (2026-12-01) as clients also send them; status may be `all`
  const ListQuery = Type.Object({
    service_request_id: Type.Optional(Type.String({ maxLength: 400 })), service_code: Type.Optional(Type.String({ maxLength: 64 })),
    start_date: Type.Optional(Type.String({ pattern: DATE_OR_TIME })), end_date: Type.Optional(Type.String({ pattern: DATE_OR_TIME })),
    status: Type.Optional(Type.String({ pattern: '^(open|closed|all)(,(open|closed|all))*$' })), page: Type.Optional(Type.Integer({ minimum: 1, default: 1 })),
  })
  app.get('/open311/v2/requests.:format', { schema: { params: Format, querystring: ListQuery, response: { 200: geoReport(ServiceRequest, '公开的诉求 / Public requests') } }, attachValidation: true }, async (request, reply) => {
    if (request.validationError) return open311Error(reply, formatOf(request), 400, `${request.validationError.message} / 请求参数有误`)
    const q = request.query as { service_request_id?: string; service_code?: string; start_date?: string; end_date?: string; status?: string; page?: number }
    const sql = app.sql
    const start = q.start_date ? new Date(q.start_date) : new Date(Date.now() - 90 * 86_400_000)
    // a plain end date means the whole of that day
    const end = q.end_date ? new Date(new Date(q.end_date).getTime() + (/T/.test(q.end_date) ? 0 : 86_400_000 - 1)) : new Date()
    if (Number.isNaN(start.getTime()) || Number.isNaN(end.getTime())) return open311Error(reply, formatOf(request), 400, 'start_date/end_date 无效 / invalid date')
    const statuses = [...new Set(q.status?.split(',') ?? [])].filter((s) => s !== 'all')
    const ids = q.service_request_id?.split(',').map((s) => s.trim()).filter(Boolean)
    const rows = await sql`
      select ${requestColumns} from cases c join complaints k on k.id = c.id ${open311Place}
      where c.type not in ('report', 'proactive') and c.state <> all(${UNPUBLISHED_STATES})
        and ${ids ? sql`k.case_number = any(${ids})` : sql`k.received_at between ${start} and ${end}`}
        and ${q.service_code ? sql`c.category = ${q.service_code}` : sql`true`}
        and ${statuses.length === 1 ? (statuses[0] === 'open' ? sql`c.state = any(${OPEN_STATES})` : sql`c.state <> all(${OPEN_STATES})`) : sql`true`}
      order by k.received_at desc limit 1000 offset ${((q.page ?? 1) - 1) * 1000}`
    return send(reply, formatOf(request), 'service_requests', 'request', publicRequest(rows))
  })

  app.get('/open311/v2/requests/:id.:format', { schema: { params: Type.Object({ id: Type.String({ maxLength: 32 }), format: Format.properties.format }), response: { 200: geoReport(ServiceRequest, '一件诉求 / One request') } }, attachValidation: true }, async (request, reply) => {
    if (request.validationError) return open311Error(reply, formatOf(request), 400, `${request.validationError.message} / 请求参数有误`)
    const { id } = request.params as { id: string }
    const rows = await app.sql`select ${requestColumns} from cases c join complaints k on k.id = c.id ${open311Place} where k.case_number = ${id} and c.type not in ('report', 'proactive') and c.state <> all(${UNPUBLISHED_STATES})`
    if (!rows.length) return open311Error(reply, formatOf(request), 404, '未找到该诉求 / request not found')
    return send(reply, formatOf(request), 'service_requests', 'request', publicRequest(rows))
  })

  // POST /requests.json is form-encoded in GeoReport v2; an api_key issued by an admin is required.
  await app.register(async (scope) => {
    await scope.register(formbody)
    scope.post('/open311/v2/requests.:format', { config: { rateLimit: { max: 30, timeWindow: '1 minute' } }, schema: { params: Format, response: { 201: geoReport(Posted, '已收到 / Received') } }, attachValidation: true }, async (request, reply) => {
      const format = formatOf(request)
      if (request.validationError) return open311Error(reply, format, 400, `${request.validationError.message} / 请求参数有误`)
      const b = (request.body ?? {}) as Record<string, string | undefined>
      const key = b.api_key ?? (request.query as Record<string, string>).api_key
      if (!key) return open311Error(reply, format, 403, '缺少 api_key / api_key required')
      const [k] = await app.sql`select id from api_keys where key_hash = ${hashApiKey(key)} and revoked_at is null`
      if (!k) return open311Error(reply, format, 403, 'api_key 无效 / invalid api_key')
      const [rule] = b.service_code ? await app.sql`select category from routing_rules where category = ${b.service_code}` : []
      if (!rule) return open311Error(reply, format, 400, 'service_code 无效 / unknown service_code')
      const description = (b.description ?? '').trim()
      if (description.length < 5) return open311Error(reply, format, 400, 'description 至少5个字 / description is required')
      let divisionCode: string | null = null
      if (b.address_string) {
        const r = app.divisions.resolve(b.address_string)
        if (r.status === 'found' && r.division.level !== 'city') divisionCode = r.division.code
      }
      // a point alone (lat/long, no address) and a photo's URL are kept for staff (the URL is not fetched)
      const lat = b.lat !== undefined && b.lat !== '' ? Number(b.lat) : null
      const long = b.long !== undefined && b.long !== '' ? Number(b.long) : null
      if ((lat !== null && !(Math.abs(lat) <= 90)) || (long !== null && !(Math.abs(long) <= 180)) || (lat === null) !== (long === null)) {
        return open311Error(reply, format, 400, 'lat/long 无效 / lat and long must both be valid coordinates')
      }
      const mediaUrl = b.media_url && /^https?:\/\/\S{1,1000}$/.test(b.media_url) ? b.media_url : null
      if (b.media_url && !mediaUrl) return open311Error(reply, format, 400, 'media_url 无效 / media_url must be an http(s) URL')
      const address = b.address_string ?? (lat !== null ? `（坐标 ${lat}, ${long}）` : null)
      // no Idempotency-Key: the same request from the same client within 10 minutes is most likely a retry
      const [retried] = request.headers['idempotency-key'] ? [] : await app.sql`
        select k.case_number from intakes i join complaints k on k.id = i.complaint_id join cases c on c.id = k.id
        where i.channel = 'web' and i.raw->>'apiKeyId' = ${String(k.id)} and i.received_at > now() - interval '10 minutes'
          and k.content = ${description} and c.category = ${rule.category} and coalesce(k.address, '') = ${address ?? ''}
        order by i.id desc limit 1`
      const name = [b.last_name, b.first_name].filter(Boolean).join('')
      try {
        const created = await createComplaint(app.cases, {
          channel: 'web', externalId: `open311:${k.id}:${request.headers['idempotency-key'] ?? randomBytes(8).toString('hex')}`, receivedAt: new Date(),
          type: 'complaint', title: description.slice(0, 30), content: description, divisionCode, address, category: rule.category,
          extra: {
            ...(lat !== null ? { lat, long } : {}), ...(mediaUrl ? { mediaUrl } : {}),
            ...(retried ? { likelyRetryOf: retried.case_number, note: `同一客户端10分钟内提交了相同内容（${retried.case_number}），可能是重试` } : {}),
          },
          complainant: name ? { anonymous: false, name, phone: b.phone || null, email: b.email || null } : { anonymous: true },
          raw: sealedOpen311(app, b, !name, Number(k.id)),
        }, { rootUnitId: await registeringCentre(app, null), actor: { kind: 'system', userId: null } })
        return send(reply.status(201), format, 'service_requests', 'request', [{ service_request_id: created.caseNumber, service_notice: '已收到，将在1个工作日内受理', account_id: null }])
      } catch (err) {
        if (err instanceof AppError && err.statusCode < 500) return open311Error(reply, format, err.statusCode, `${err.zh} / ${err.message}`)
        throw err
      }
    })
  })

  // City admins issue keys; the key is shown once and only its hash is kept.
  app.post('/api/api-keys', { preHandler: app.requireStaff(['admin']), schema: { body: Type.Object({ label: Type.String({ minLength: 2, maxLength: 100 }) }), response: { 201: Type.Object({ id: Type.Integer(), key: Type.String({ description: '只显示这一次 / shown once' }), note: Type.String() }) } } }, async (request, reply) => {
    const admin = staffOf(request)
    assertCityAdmin(admin) // a key reads and writes the whole city's feed
    const key = randomBytes(24).toString('base64url')
    const [row] = await app.sql`insert into api_keys (key_hash, label, created_by) values (${hashApiKey(key)}, ${(request.body as { label: string }).label}, ${admin.id}) returning id`
    return reply.status(201).send({ id: Number(row.id), key, note: '请妥善保存，此密钥只显示一次' })
  })
}

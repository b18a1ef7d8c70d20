/**
 * 来访 routes: reception registers the visitors and their matter (with photographed documents), a group
 * visit (集体访) is flagged live to the city centre, returning visitors are recognised by ID hash, and
 * a receipt (回执) is printed — with the PIN only right after intake, since the PIN is never kept in clear.
 */
import { randomUUID, timingSafeEqual } from 'node:crypto'
import type { FastifyInstance } from 'fastify'
import { Type, type Static } from '@sinclair/typebox'
import { appendAudit } from '../../src/audit/log.js'
import { staffOf } from '../../src/auth/plugin.js'
import { visibleTo } from '../../src/cases/access.js'
import { stateLabels } from '../../src/cases/machine.js'
import { loadVisibleCase, staffActor } from '../../src/cases/view.js'
import { auditReportRead } from '../../src/cases/read-audit.js'
import { jobId, pinHash } from '../../src/complaints/create.js'
import { encrypt } from '../../src/privacy/crypto.js'
import { newPin } from '../../src/privacy/codes.js'
import { channelLabels, type Channel } from '../../src/complaints/draft.js'
import { answerOf, registeringCentre } from '../../src/complaints/routes.js'
import { requestHash, unitExternalId } from '../../src/complaints/idempotency.js'
import { checkForm, createComplaintWithFiles, sealedRaw } from '../../src/attachments/intake.js'
import { readIntakeForm } from '../../src/attachments/multipart.js'
import { attachmentView } from '../../src/attachments/routes.js'
import { errors, restate } from '../../src/http/errors.js'
import { publishLiveEvent } from '../../src/live/events.js'
import { keyedHash } from '../../src/privacy/crypto.js'
import { validateIdNumber } from '../../src/privacy/identity.js'
import { maskIdNumber } from '../../src/privacy/mask.js'
import { contextOf, unitName } from '../../src/print/case-facts.js'
import { PRINT_HEADERS } from '../../src/print/html.js'
import { renderReceipt } from '../../src/print/receipt.js'
import { checkVisitors, GROUP_VISIT_SIZE, VisitForm, visitDraft } from './visit.js'
import { trackingLink } from '../email/templates.js'
import { IntakeAnswerSchema } from '../../src/api-docs/schemas.js'
import { Binary, Open } from '../../src/http/responses.js'

const VisitAnswer = Open({ ...IntakeAnswerSchema.properties, visitors: Type.Integer(), groupVisit: Type.Boolean(), attachments: Type.Array(Open({})), receipt: Type.String() }, '来访登记的回执 / The receipt of a registered visit')
const VisitorCases = Open({ idNumber: Type.String(), openCases: Type.Array(Open({ id: Type.Integer(), caseNumber: Type.String(), state: Type.String(), asComplainant: Type.Boolean() })) }, '来访人的在办诉求 / A visitor\'s open cases')
const ReceiptPage = Binary(['text/html'], '可打印的回执（HTML）/ The printable receipt (HTML)')

const Id = Type.Object({ id: Type.Integer({ minimum: 1 }) })
const RECEPTION_ROLES = ['clerk', 'dispatcher', 'supervisor'] as const
/** Who resets a PIN: the receiving centre's clerks and dispatchers, never a unit of the chain (issue 16, finding 5). */
const PIN_RESET_ROLES = ['clerk', 'dispatcher'] as const
/** Who is told of a group visit at once. */
export const GROUP_VISIT_ROLES = ['dispatcher', 'inspector', 'supervisor']
/** The PIN can be printed on the receipt by the clerk who took the visit, within this time. */
export const PIN_PRINT_MINUTES = 60
const MAX_PIN_FAILURES = 5
const PIN_LOCK_MINUTES = 15

const visitErrors = {
  pinPrintExpired: () => restate(errors.pinPrintExpired,
    `查询密码只能由受理人在受理后${PIN_PRINT_MINUTES}分钟内打印；补打回执不含查询密码`,
    `Only the clerk who took the visit can print the PIN, within ${PIN_PRINT_MINUTES} minutes of intake; a reprint has no PIN`),
  wrongPin: (attemptsLeft: number) => restate(errors.wrongPin, '查询密码与受理时生成的不一致', 'The PIN does not match the one given at intake', { attemptsLeft }),
  anonymousReset: () => restate(errors.anonymousPinReset, '匿名诉求无法核实身份，不能重置查询密码', 'An anonymous complainant cannot be identified, so the PIN cannot be reset'),
  pinLocked: (until: Date) => restate(errors.trackingLocked, `查询密码错误次数过多，请于 ${PIN_LOCK_MINUTES} 分钟后再试`, `Too many wrong PINs; try again in ${PIN_LOCK_MINUTES} minutes`, { lockedUntil: until.toISOString() }),
}

const OPEN_STATES_EXCLUDED = ['closed', 'rejected', 'merged', 'withdrawn']

export default async function visitRoutes(app: FastifyInstance) {
  // 来访登记: multipart (`data` JSON + photographed documents) or JSON
  app.post('/api/intake/visit', { preHandler: app.requireStaff([...RECEPTION_ROLES]), schema: { response: { 201: VisitAnswer, 200: VisitAnswer } } }, async (request, reply) => {
    const user = staffOf(request)
    const form = await readIntakeForm(request, app.attachments)
    const data = checkForm(VisitForm, form.data)
    const visitors = checkVisitors(data.visitors)
    const key = request.headers['idempotency-key']
    if (key !== undefined && (typeof key !== 'string' || key.length < 8 || key.length > 128)) {
      throw errors.validation({ fields: [{ field: 'Idempotency-Key', message: '幂等键长度应为8到128个字符', messageEn: 'Idempotency-Key must be 8 to 128 characters' }] })
    }
    // the key names a visit taken at this unit by this clerk: another unit's or user's replay is not this intake
    const rootUnitId = await registeringCentre(app, user)
    const draft = visitDraft(app, data, visitors, unitExternalId('visit', rootUnitId, key ?? randomUUID()), sealedRaw(app, 'visit', data, form.files, { by: user.id }))
    draft.requestHash = requestHash(app.cases.keys.hashKey, `user:${user.id}`, data, form.files)
    const group = visitors.length >= GROUP_VISIT_SIZE

    const result = await createComplaintWithFiles(app, draft, {
      rootUnitId,
      actor: { kind: 'staff', userId: user.id },
      files: form.files,
      fileKind: 'document',
      register: data.register ? { category: data.register.category, actor: staffActor(user) } : undefined,
      within: async (tx, created) => {
        if (!group) return
        // 集体访: the city centre's dispatchers, inspectors and supervisors hear of it when it commits
        const [city] = await tx`select id from units where division_code = ${app.config.SUQIU_CITY} and is_default`
        await publishLiveEvent(tx, {
          topic: 'visit.group', roles: GROUP_VISIT_ROLES, unitIds: [Number(city.id)],
          payload: { caseId: created.id, caseNumber: created.caseNumber, visitors: visitors.length },
        })
      },
    })
    reply.header('cache-control', 'no-store')
    return reply.status(result.created.created ? 201 : 200).send({
      ...answerOf(result.created), state: result.state, visitors: visitors.length, groupVisit: group,
      attachments: await Promise.all(result.attachments.map((a) => attachmentView(app.attachments, a))),
      // print the receipt with the PIN: POST this with { pin } (only the PIN above works, only for a while)
      receipt: `/api/cases/${result.created.id}/receipt`,
    })
  })

  // 来访人识别: open cases of a visitor, by the keyed hash of the ID number (prefer POST: no ID in URLs or logs)
  const lookup = async (user: ReturnType<typeof staffOf>, idNumber: string) => {
    const id = validateIdNumber(idNumber)
    if (!id.ok) {
      throw errors.validation({ fields: [{ field: 'idNumber', message: id.reason === 'checksum' ? '身份证号码校验位错误' : '身份证号码格式不正确', messageEn: `The ID number is not valid (${id.reason})` }] })
    }
    const hash = keyedHash(app.cases.keys.hashKey, id.value)
    const sql = app.sql
    const rows = await sql`
      select c.id, k.case_number, k.title, c.channel, c.state, k.received_at, k.identity_masked, k.id_hash = ${hash} as is_complainant,
             coalesce((k.extra->>'groupVisit')::boolean, false) as group_visit
      from complaints k join cases c on c.id = k.id
      where (k.id_hash = ${hash} or k.extra->'visitorIdHashes' @> ${sql.json([hash])})
        and c.state <> all(${OPEN_STATES_EXCLUDED}) and ${visibleTo(sql, user)}
      order by k.received_at desc
      limit 50`
    const masked = maskIdNumber(id.value)
    await sql.begin((tx) => appendAudit(tx, [{ actorUserId: user.id, actorKind: 'staff', action: 'visitor.lookup', caseId: null, detail: { idNumber: masked, found: rows.length, unitId: user.unit.id } }]))
    return {
      idNumber: masked,
      openCases: rows.map((r) => ({
        id: Number(r.id), caseNumber: r.case_number, title: r.title, channel: r.channel, channelLabel: channelLabels[r.channel as Channel],
        state: r.state, stateLabel: stateLabels[r.state as keyof typeof stateLabels], receivedAt: new Date(r.received_at).toISOString(),
        complainant: r.identity_masked ?? null, asComplainant: r.is_complainant === true, groupVisit: r.group_visit,
      })),
    }
  }
  const LookupQuery = Type.Object({ idNumber: Type.String({ minLength: 15, maxLength: 30 }) })
  app.get('/api/visitors/lookup', { preHandler: app.requireStaff(), schema: { querystring: LookupQuery, response: { 200: VisitorCases } } }, async (request, reply) => {
    reply.header('cache-control', 'no-store')
    return lookup(staffOf(request), (request.query as Static<typeof LookupQuery>).idNumber)
  })
  app.post('/api/visitors/lookup', { preHandler: app.requireStaff(), schema: { body: LookupQuery, response: { 200: VisitorCases } } }, async (request, reply) => {
    reply.header('cache-control', 'no-store')
    return lookup(staffOf(request), (request.body as Static<typeof LookupQuery>).idNumber)
  })

  /** The receipt for a case the user may see; with `pin` only when it matches the stored hash. */
  const receipt = async (user: ReturnType<typeof staffOf>, id: number, pin: string | null) => {
    const row = await loadVisibleCase(app.sql, id, user)
    await auditReportRead(app.sql, user, row, 'receipt')
    const extra = (row.extra ?? {}) as Record<string, unknown>
    const masked = (extra.visitorsMasked as { name: string }[] | undefined)?.map((v) => v.name)
    return renderReceipt({
      centreName: await unitName(app.sql, contextOf(row).rootUnitId),
      // the code is half of the complainant's key (DESIGN rule 4): only the receiving centre prints it again
      caseNumber: row.case_number, trackingCode: Number(row.root_unit_id) === user.unit.id ? row.tracking_code : null, pin,
      trackingUrl: trackingLink(app.config.PUBLIC_BASE_URL),
      channelLabel: channelLabels[row.channel as Channel], receivedAt: new Date(row.received_at), title: row.title,
      visitors: masked ? { masked: masked.slice(0, 10), count: Number(extra.visitors ?? masked.length), group: extra.groupVisit === true } : null,
      isReport: row.type === 'report', printedAt: new Date(),
    })
  }

  // 回执 reprint: everything but the PIN
  app.get('/api/cases/:id/receipt', { preHandler: app.requireStaff(), schema: { params: Id, response: { 200: ReceiptPage } } }, async (request, reply) => {
    const html = await receipt(staffOf(request), (request.params as { id: number }).id, null)
    return reply.headers(PRINT_HEADERS).send(html)
  })

  // 回执 right after intake: the clerk's screen sends back the PIN it was given; it is checked, printed, not kept
  const PinBody = Type.Object({ pin: Type.String({ pattern: '^\\d{6}$' }) })
  app.post('/api/cases/:id/receipt', { preHandler: app.requireStaff(), schema: { params: Id, body: PinBody, response: { 200: ReceiptPage } } }, async (request, reply) => {
    const user = staffOf(request)
    const { id } = request.params as { id: number }
    const { pin } = request.body as Static<typeof PinBody>
    await loadVisibleCase(app.sql, id, user)
    const [c] = await app.sql`select tracking_code, pin_hash, pin_failures, pin_locked_until, created_by, created_at from complaints where id = ${id}`
    if (Number(c.created_by) !== user.id || Date.now() - new Date(c.created_at).getTime() > PIN_PRINT_MINUTES * 60_000) throw visitErrors.pinPrintExpired()
    if (c.pin_locked_until && c.pin_locked_until > new Date()) throw visitErrors.pinLocked(c.pin_locked_until)
    const given = Buffer.from(pinHash(app.cases.keys.hashKey, c.tracking_code, pin), 'hex')
    if (!timingSafeEqual(given, Buffer.from(c.pin_hash, 'hex'))) {
      // the same counter as the public tracking page: staff cannot guess a citizen's PIN here either
      const [after] = await app.sql`
        update complaints set pin_failures = pin_failures + 1,
          pin_locked_until = case when pin_failures + 1 >= ${MAX_PIN_FAILURES} then now() + make_interval(mins => ${PIN_LOCK_MINUTES}) else null end
        where id = ${id} returning pin_failures, pin_locked_until`
      if (after.pin_locked_until) throw visitErrors.pinLocked(after.pin_locked_until)
      throw visitErrors.wrongPin(MAX_PIN_FAILURES - after.pin_failures)
    }
    const html = await receipt(user, id, pin)
    return reply.headers(PRINT_HEADERS).send(html)
  })

  // 重置查询密码 (DESIGN security rule 4): only the receiving centre's clerks and dispatchers (the inspection unit's when
  // the centre is accused: the case was received there), after checking who asks; the new PIN replaces the old one's
  // hash and goes to the complainant alone, on their own channel, as a new receipt (an outbox job): staff never see
  // it. The reset is audited.
  const ResetBody = Type.Object({ reason: Type.String({ minLength: 2, maxLength: 300 }) })
  app.post('/api/cases/:id/pin-reset', {
    preHandler: app.requireStaff([...PIN_RESET_ROLES]),
    schema: { params: Id, body: ResetBody, response: { 202: Type.Object({ reset: Type.Boolean(), sentTo: Type.String() }) } },
  }, async (request, reply) => {
    const user = staffOf(request)
    const { id } = request.params as { id: number }
    const { reason } = request.body as Static<typeof ResetBody>
    const row = await loadVisibleCase(app.sql, id, user)
    if (Number(row.root_unit_id) !== user.unit.id) throw errors.pinResetNotHere({ rootUnitId: Number(row.root_unit_id) })
    const pin = newPin()
    const sentTo = await app.sql.begin(async (tx) => {
      const [c] = await tx`select anonymous, tracking_code, case_number, identity from complaints where id = ${id} for update`
      if (c.anonymous) throw visitErrors.anonymousReset()
      const given = Object.keys((c.identity ?? {}) as Record<string, string>)
      const channel = given.includes('phone') ? 'sms' : given.includes('email') ? 'email' : null
      if (!channel) throw errors.pinResetNoChannel()
      await tx`update complaints set pin_hash = ${pinHash(app.cases.keys.hashKey, c.tracking_code, pin)}, pin_failures = 0, pin_locked_until = null where id = ${id}`
      // the receipt job reads the PIN sealed in the first intake's answer (as the first receipt did); a repeated
      // delivery of the original intake answers with the PIN that works now
      await tx`update intakes set answer_enc = ${encrypt(app.cases.keys.encKey, JSON.stringify({ id, caseNumber: c.case_number, trackingCode: c.tracking_code, pin }))}
               where complaint_id = ${id} and (answer_enc is not null or id = (select min(i.id) from intakes i where i.complaint_id = ${id}))`
      const [{ n }] = await tx`select count(*)::int as n from audit_log where case_id = ${id} and action = 'pin.reset'`
      const version = -(n + 1) // receipts of resets count down from -1, apart from the first receipt's 0
      await app.cases.outbox.send(tx, [{ name: 'notify', data: { caseId: id, kind: 'receipt', version }, options: { id: jobId(id, 'receipt', version), retryLimit: 5, retryBackoff: true } }])
      await appendAudit(tx, [{ actorUserId: user.id, actorKind: 'staff', action: 'pin.reset', caseId: id, detail: { reason, unitId: user.unit.id, sentTo: channel } }])
      return channel
    })
    reply.header('cache-control', 'no-store')
    return reply.status(202).send({ reset: true, sentTo })
  })
}

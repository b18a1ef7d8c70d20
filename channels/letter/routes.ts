/**
 * 来信 routes: a clerk registers a letter with its scanned pages; the reply letter (答复函) is printed
 * and its posting (registered-mail number, date) is the SEND_FEEDBACK of a letter.
 */
import type { FastifyInstance } from 'fastify'
import { Type, type Static } from '@sinclair/typebox'
import { staffOf } from '../../src/auth/plugin.js'
import { applyEvent } from '../../src/cases/apply.js'
import { caseView, loadVisibleCase, staffActor } from '../../src/cases/view.js'
import { auditReportRead } from '../../src/cases/read-audit.js'
import { answerOf, registeringCentre } from '../../src/complaints/routes.js'
import { checkForm, createComplaintWithFiles, sealedRaw } from '../../src/attachments/intake.js'
import { readIntakeForm } from '../../src/attachments/multipart.js'
import { attachmentView } from '../../src/attachments/routes.js'
import { contextOf, printErrors, resultText, revealForPrint, unitName } from '../../src/print/case-facts.js'
import { PRINT_HEADERS } from '../../src/print/html.js'
import { renderReplyLetter } from '../../src/print/reply-letter.js'
import { REPLY_EVIDENCE_KIND } from '../../src/replies/evidence.js'
import { caseMaterial } from '../../src/cases/material-read.js'
import { shanghaiDate } from '../../src/calendar/workdays.js'
import { errors } from '../../src/http/errors.js'
import { duplicateLetterNumber, LetterForm, letterDraft, letterExternalId } from './letter.js'
import { trackingLink } from '../email/templates.js'
import { CaseViewSchema, IntakeAnswerSchema } from '../../src/api-docs/schemas.js'
import { Binary, Open } from '../../src/http/responses.js'

const LetterAnswer = Open({ ...IntakeAnswerSchema.properties, letterNumber: Type.String(), attachments: Type.Array(Open({})) }, '来信登记的回执 / The receipt of a registered letter')

const Id = Type.Object({ id: Type.Integer({ minimum: 1 }) })

/** Who registers paper and sends its feedback: clerks, and the centre staff who may stand in for them. */
export const PAPER_ROLES = ['clerk', 'dispatcher', 'supervisor'] as const
const FEEDBACK_ROLES = ['clerk', 'dispatcher', 'supervisor', 'operator'] as const

const PostingBody = Type.Object({
  /** 挂号信 / EMS number, e.g. XA123456789CN */
  registeredMailNumber: Type.String({ minLength: 6, maxLength: 40, pattern: '^[A-Za-z0-9-]+$' }),
  /** the day (YYYY-MM-DD) or moment (ISO 8601) it was posted */
  postedAt: Type.String({ minLength: 10, maxLength: 40 }),
})

export default async function letterRoutes(app: FastifyInstance) {
  // 来信登记: multipart (`data` JSON + scanned pages as files) or JSON without files
  app.post('/api/intake/letter', { preHandler: app.requireStaff([...PAPER_ROLES]), schema: { response: { 201: LetterAnswer } } }, async (request, reply) => {
    const user = staffOf(request)
    const form = await readIntakeForm(request, app.attachments)
    const data = checkForm(LetterForm, form.data)
    // a letter number is the registering centre's own numbering: another centre's letter of that number is another letter
    const rootUnitId = await registeringCentre(app, user)
    const draft = letterDraft(app, data, rootUnitId, sealedRaw(app, 'letter', data, form.files, { by: user.id }))
    const letterNumber = draft.extra!.letterNumber as string
    // checked before anything is written; the unique intake key settles a race between two clerks
    // (a letter registered before numbers were per centre has the number alone: it counts for the centre that has it)
    const [taken] = await app.sql`
      select 1 from intakes i left join cases c on c.id = i.complaint_id
      where i.channel = 'letter' and (i.external_id = ${letterExternalId(rootUnitId, letterNumber)} or (i.external_id = ${`letter:${letterNumber}`} and c.root_unit_id = ${rootUnitId}))`
    if (taken) throw duplicateLetterNumber(letterNumber)

    const actor = staffActor(user)
    const result = await createComplaintWithFiles(app, draft, {
      rootUnitId,
      actor: { kind: 'staff', userId: user.id },
      files: form.files,
      fileKind: 'scan',
      register: data.register ? { category: data.register.category, actor } : undefined,
    })
    if (!result.created.created) throw duplicateLetterNumber(letterNumber)
    reply.header('cache-control', 'no-store')
    return reply.status(201).send({
      ...answerOf(result.created), state: result.state, letterNumber,
      attachments: await Promise.all(result.attachments.map((a) => attachmentView(app.attachments, a))),
    })
  })

  // 答复函: printable HTML; opening it reveals the sender's name and address, which is audited
  app.get('/api/cases/:id/reply-letter', { preHandler: app.requireStaff([...FEEDBACK_ROLES]), schema: { params: Id, response: { 200: Binary(['text/html'], '可打印的答复函（HTML）/ The printable reply letter (HTML)') } } }, async (request, reply) => {
    const user = staffOf(request)
    const { id } = request.params as { id: number }
    const row = await loadVisibleCase(app.sql, id, user)
    await auditReportRead(app.sql, user, row, 'reply_letter')
    const text = resultText(row)
    const recipient = await revealForPrint(app.sql, app.cases.keys.encKey, id, user, 'reply_letter')
    const extra = (row.extra ?? {}) as Record<string, unknown>
    // 补充材料: the sender's own additions, by date and channel; an operator who took one down is not named
    const material = (await caseMaterial(app.sql, id, user.unit.id)).map((m) => ({
      at: m.at, channelLabel: m.enteredBy ? `${m.channelLabel}（话务员代录）` : m.channelLabel, text: m.text, files: m.attachments.map((a) => a.filename),
    }))
    const html = renderReplyLetter({
      centreName: await unitName(app.sql, contextOf(row).rootUnitId),
      caseNumber: row.case_number, trackingCode: row.tracking_code, trackingUrl: trackingLink(app.config.PUBLIC_BASE_URL),
      recipient, channel: row.channel, letterNumber: (extra.letterNumber as string | undefined) ?? null,
      receivedDay: (extra.receivedDate as string | undefined) ?? shanghaiDate(new Date(row.received_at)),
      resultText: text, date: new Date(), material,
      // 办理佐证材料: the names of the officers' evidence files, as the result's record; who added them is not said
      evidence: (await app.sql`select filename from attachments where complaint_id = ${id} and kind = ${REPLY_EVIDENCE_KIND} order by id`).map((r) => r.filename as string),
    })
    return reply.headers(PRINT_HEADERS).send(html)
  })

  // 邮寄登记: the printed reply went out by registered mail → SEND_FEEDBACK {text, channel: 'letter', posting}
  app.post('/api/cases/:id/letter-posting', {
    preHandler: app.requireStaff([...FEEDBACK_ROLES]),
    schema: { params: Id, body: PostingBody, response: { 200: CaseViewSchema } },
  }, async (request, reply) => {
    const user = staffOf(request)
    const { id } = request.params as { id: number }
    const body = request.body as Static<typeof PostingBody>
    const postedAt = new Date(/^\d{4}-\d{2}-\d{2}$/.test(body.postedAt) ? `${body.postedAt}T00:00:00+08:00` : body.postedAt)
    if (Number.isNaN(postedAt.getTime()) || postedAt.getTime() > Date.now() + 60_000) {
      throw errors.validation({ fields: [{ field: 'postedAt', message: '寄出日期无效或晚于现在', messageEn: 'postedAt is not a valid date, or lies in the future' }] })
    }
    const row = await loadVisibleCase(app.sql, id, user)
    const ctx = contextOf(row)
    const text = ctx.finalReply?.text
    if (!text) throw printErrors.noResultYet(row.state)
    const posting = { registeredMailNumber: body.registeredMailNumber.toUpperCase(), postedAt: postedAt.toISOString() }
    await applyEvent(app.cases, id, { type: 'SEND_FEEDBACK', text, channel: 'letter', posting }, staffActor(user))
    reply.header('cache-control', 'no-store')
    return caseView(app.sql, id, user)
  })
}

/**
 * 来信: what a clerk types from an envelope and a letter, checked and turned into a ComplaintDraft.
 * Pure apart from the division look-up that draftFromBody does.
 */
import type { FastifyInstance } from 'fastify'
import { Type, type Static } from '@sinclair/typebox'
import { shanghaiDate } from '../../src/calendar/workdays.js'
import type { ComplaintDraft } from '../../src/complaints/draft.js'
import { ComplaintBody, draftFromBody } from '../../src/complaints/schema.js'
import { unitExternalId } from '../../src/complaints/idempotency.js'
import { errors, restate } from '../../src/http/errors.js'

const Day = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' })

export const RegisterAtOnce = Type.Object({ category: Type.String({ minLength: 1, maxLength: 64 }) })

export const LetterForm = Type.Intersect([
  ComplaintBody,
  Type.Object({
    /** 信件编号, unique */
    letterNumber: Type.String({ minLength: 1, maxLength: 64 }),
    /** 邮戳日期 */
    postmarkDate: Type.Optional(Day),
    /** 收信日期 (default: today) */
    receivedDate: Type.Optional(Day),
    /** 寄信人地址: becomes the complainant's (encrypted) address, printed on the reply letter */
    senderAddress: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
    register: Type.Optional(RegisterAtOnce),
  }),
])
export type LetterFormT = Static<typeof LetterForm>

export const duplicateLetterNumber = (letterNumber: string) =>
  restate(errors.duplicateLetterNumber, `信件编号 ${letterNumber} 已登记，请勿重复登记`, `Letter number ${letterNumber} is already registered`, { letterNumber })

/** 信件编号 as stored: full-width → ASCII, no spaces, upper case. */
export function normalizeLetterNumber(input: string): string {
  return input.normalize('NFKC').replace(/\s+/g, '').toUpperCase()
}

/** A letter number names a letter of the registering unit only (each centre numbers its own letters). */
export const letterExternalId = (unitId: number, letterNumber: string) => unitExternalId('letter', unitId, letterNumber)

function isRealDay(day: string): boolean {
  const d = new Date(`${day}T00:00:00Z`)
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === day
}

const fieldError = (field: string, zh: string, en: string) => errors.validation({ fields: [{ field, message: zh, messageEn: en }] })

/** The draft of a letter; throws 400 naming the field for impossible dates or an address on an anonymous letter. */
export function letterDraft(app: FastifyInstance, form: LetterFormT, unitId: number, raw: unknown, now = new Date()): ComplaintDraft {
  const letterNumber = normalizeLetterNumber(form.letterNumber)
  if (!/^[\p{L}\p{N}\-_/#.()（）[\]〔〕【】·]{1,64}$/u.test(letterNumber)) throw fieldError('letterNumber', '信件编号含有不允许的字符', 'The letter number has characters that are not allowed')
  const today = shanghaiDate(now)
  const receivedDay = form.receivedDate ?? today
  for (const [field, day] of [['postmarkDate', form.postmarkDate], ['receivedDate', receivedDay]] as const) {
    if (day === undefined) continue
    if (!isRealDay(day)) throw fieldError(field, '日期无效', 'Not a real date')
    if (day > today) throw fieldError(field, '日期不能晚于今天', 'The date cannot be in the future')
  }
  if (form.postmarkDate && form.postmarkDate > receivedDay) throw fieldError('postmarkDate', '邮戳日期不能晚于收信日期', 'The postmark cannot be later than the day the letter arrived')

  const complainant = form.complainant
  if (complainant.anonymous && form.senderAddress) {
    throw fieldError('senderAddress', '匿名来信不登记寄信人地址（如需书面答复，请登记寄信人姓名）', 'An anonymous letter keeps no sender address (give the sender\'s name for a written reply)')
  }
  const body = complainant.anonymous ? form : { ...form, complainant: { ...complainant, address: form.senderAddress ?? complainant.address } }
  const draft = draftFromBody(app, body, 'letter', letterExternalId(unitId, letterNumber), raw, {
    letterNumber, postmarkDate: form.postmarkDate ?? null, receivedDate: receivedDay,
  })
  if (!complainant.anonymous) draft.preferredChannel = form.preferredChannel ?? 'letter'
  // the clocks run from the day the letter arrived, not from the day it was typed in
  if (receivedDay < today) draft.receivedAt = new Date(`${receivedDay}T00:00:00+08:00`)
  return draft
}

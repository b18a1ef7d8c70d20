/**
 * 来访: the visitors at reception, checked (ID check digit, phone) and turned into a ComplaintDraft.
 * The first visitor is the complainant; five or more make a group visit (集体访).
 */
import type { FastifyInstance } from 'fastify'
import { Type, type Static } from '@sinclair/typebox'
import type { ComplaintDraft } from '../../src/complaints/draft.js'
import { ComplaintBody, draftFromBody } from '../../src/complaints/schema.js'
import { errors } from '../../src/http/errors.js'
import { encrypt, keyedHash, type DerivedKeys } from '../../src/privacy/crypto.js'
import { normalizePhone, validateIdNumber } from '../../src/privacy/identity.js'
import { maskIdNumber, maskName, maskPhone } from '../../src/privacy/mask.js'

/** 集体访: five or more people coming about one matter. */
export const GROUP_VISIT_SIZE = 5
export const MAX_VISITORS = 500

export const Visitor = Type.Object({
  name: Type.String({ minLength: 1, maxLength: 50 }),
  idNumber: Type.Optional(Type.String({ maxLength: 30 })),
  phone: Type.Optional(Type.String({ maxLength: 30 })),
})

export const VisitForm = Type.Intersect([
  Type.Omit(ComplaintBody, ['complainant']),
  Type.Object({
    visitors: Type.Array(Visitor, { minItems: 1, maxItems: MAX_VISITORS }),
    /** the first visitor's postal address, for a written reply */
    visitorAddress: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
    register: Type.Optional(Type.Object({ category: Type.String({ minLength: 1, maxLength: 64 }) })),
  }),
])
export type VisitFormT = Static<typeof VisitForm>

export interface CheckedVisitor { name: string; idNumber: string | null; phone: string | null }

/** Every visitor checked at once; 400 naming each bad field (visitors.N.idNumber, visitors.N.phone). */
export function checkVisitors(visitors: VisitFormT['visitors']): CheckedVisitor[] {
  const fields: { field: string; message: string; messageEn: string }[] = []
  const checked = visitors.map((v, i): CheckedVisitor => {
    const name = v.name.trim()
    if (!name) fields.push({ field: `visitors.${i}.name`, message: `第${i + 1}位来访人未填写姓名`, messageEn: `Visitor ${i + 1} has no name` })
    let idNumber: string | null = null
    if (v.idNumber?.trim()) {
      const id = validateIdNumber(v.idNumber)
      if (id.ok) idNumber = id.value
      else fields.push({
        field: `visitors.${i}.idNumber`,
        message: `第${i + 1}位来访人的身份证号码${id.reason === 'checksum' ? '校验位错误' : id.reason === 'birthdate' ? '出生日期无效' : '格式不正确'}`,
        messageEn: `Visitor ${i + 1}: the ID number is not valid (${id.reason})`,
      })
    }
    let phone: string | null = null
    if (v.phone?.trim()) {
      const p = normalizePhone(v.phone)
      if (p.ok) phone = p.e164
      else fields.push({ field: `visitors.${i}.phone`, message: `第${i + 1}位来访人的电话号码格式不正确`, messageEn: `Visitor ${i + 1}: the phone number is not valid` })
    }
    return { name, idNumber, phone }
  })
  const ids = new Map<string, number>()
  checked.forEach((v, i) => {
    if (!v.idNumber) return
    const first = ids.get(v.idNumber)
    if (first !== undefined) fields.push({ field: `visitors.${i}.idNumber`, message: `第${i + 1}位与第${first + 1}位来访人的身份证号码相同`, messageEn: `Visitors ${first + 1} and ${i + 1} have the same ID number` })
    else ids.set(v.idNumber, i)
  })
  if (fields.length) throw errors.validation({ fields })
  return checked
}

/**
 * What the complaint keeps of the visitors in `extra` (shown to staff who may see the case): masked
 * values, the count, the group flag, keyed ID hashes for recognising returning visitors, and the full
 * list encrypted.
 */
export function visitorsExtra(keys: DerivedKeys, visitors: CheckedVisitor[]) {
  return {
    visitors: visitors.length,
    groupVisit: visitors.length >= GROUP_VISIT_SIZE,
    visitorsMasked: visitors.map((v) => ({ name: maskName(v.name), ...(v.idNumber ? { idNumber: maskIdNumber(v.idNumber) } : {}), ...(v.phone ? { phone: maskPhone(v.phone) } : {}) })),
    visitorIdHashes: visitors.filter((v) => v.idNumber).map((v) => keyedHash(keys.hashKey, v.idNumber!)),
    visitorsEnc: encrypt(keys.encKey, JSON.stringify(visitors), 'visitors'),
  }
}

export function visitDraft(app: FastifyInstance, form: VisitFormT, visitors: CheckedVisitor[], externalId: string, raw: unknown): ComplaintDraft {
  const first = visitors[0]
  const { visitors: _v, visitorAddress, register: _r, ...complaint } = form
  const body = {
    ...complaint,
    complainant: {
      anonymous: false as const, name: first.name,
      ...(first.phone ? { phone: first.phone } : {}), ...(first.idNumber ? { idNumber: first.idNumber } : {}),
      ...(visitorAddress ? { address: visitorAddress } : {}),
    },
  }
  const draft = draftFromBody(app, body, 'visit', externalId, raw, visitorsExtra(app.cases.keys, visitors))
  if (!form.preferredChannel) draft.preferredChannel = first.phone ? 'sms' : visitorAddress ? 'letter' : null
  return draft
}

// 分类目录 routes: the catalogue for every form (GET), its search by any word, and its management by city admins (PUT);
// every change is an audit row. Entries are never deleted: cases name their codes; an admin deactivates instead.
import type { FastifyInstance } from 'fastify'
import { Type, type Static } from '@sinclair/typebox'
import { staffOf } from '../auth/plugin.js'
import { appendAudit } from '../audit/log.js'
import { errors } from '../http/errors.js'
import { Nullable, Open } from '../http/responses.js'
import { LevelEnum, LEVELS, OneOf } from '../api-docs/schemas.js'
import { assertCityAdmin } from '../users/scope.js'
import { CODE_PATTERN, MAX_DEPTH, listCatalogue, lookupCategory, searchCatalogue } from './index.js'

const LevelT = Type.Union(['city', 'county', 'township', 'village'].map((v) => Type.Literal(v)))
const Code = Type.Object({ code: Type.String({ pattern: CODE_PATTERN, maxLength: 64 }) })

const EntryBody = Type.Object({
  label: Type.String({ minLength: 1, maxLength: 60 }),
  /** the English name the console shows in English; absent: unchanged (none for a new entry), empty: none */
  labelEn: Type.Optional(Type.String({ maxLength: 120 })),
  /** the parent (一级 for a 二级, 二级 for a 三级); none for a first-level entry; fixed once the entry exists */
  parentCode: Type.Optional(Type.Union([Type.String({ pattern: CODE_PATTERN, maxLength: 64 }), Type.Null()])),
  /** the routing rule: the level that handles cases of this category; null: as its parent */
  handlingLevel: Type.Union([LevelT, Type.Null()]),
  keywords: Type.Optional(Type.String({ maxLength: 200 })),
  sort: Type.Optional(Type.Integer({ minimum: 0, maximum: 100000 })),
  active: Type.Optional(Type.Boolean()),
}, { additionalProperties: false })

/** One entry as the routes answer it (the OpenAPI document and Fastify's serializer read it). */
const Entry = Open({
  code: Type.String(), parentCode: Nullable(Type.String()), depth: Type.Integer({ description: '1 一级, 2 二级, 3 三级' }), label: Type.String(),
  labelEn: Nullable(Type.String({ description: '英文名称（英文界面显示）/ English name' })),
  handlingLevel: Nullable(LevelEnum), keywords: Type.String(), sort: Type.Integer(), active: Type.Boolean(),
  path: Type.Array(Type.String()), pathLabels: Type.Array(Type.String()), pathLabelsEn: Type.Array(Type.String()),
  routingLevel: Nullable(OneOf(LEVELS, '分办适用的层级（本级、上级或一级的规则）/ the level routing applies')), routingFrom: Nullable(Type.String()),
}, '分类目录条目 / A catalogue entry')
const EntryList = Open({ items: Type.Array(Entry) })

export default async function catalogueRoutes(app: FastifyInstance) {
  app.get('/api/catalogue', {
    preHandler: app.requireStaff(),
    schema: { querystring: Type.Object({ all: Type.Optional(Type.Boolean()) }), response: { 200: EntryList } },
  }, async (request) => ({ items: await listCatalogue(app.sql, { includeInactive: (request.query as { all?: boolean }).all === true }) }))

  app.get('/api/catalogue/search', {
    preHandler: app.requireStaff(),
    schema: { querystring: Type.Object({ q: Type.String({ minLength: 1, maxLength: 50 }) }), response: { 200: EntryList } },
  }, async (request) => ({ items: searchCatalogue(await listCatalogue(app.sql), (request.query as { q: string }).q) }))

  app.get('/api/catalogue/:code', { preHandler: app.requireStaff(), schema: { params: Code, response: { 200: Entry } } }, async (request) => {
    const entry = await lookupCategory(app.sql, (request.params as { code: string }).code)
    if (!entry) throw errors.notFound({ code: (request.params as { code: string }).code })
    return entry
  })

  app.put('/api/catalogue/:code', { preHandler: app.requireStaff(['admin']), schema: { params: Code, body: EntryBody, response: { 200: Entry } } }, async (request) => {
    const user = staffOf(request)
    assertCityAdmin(user) // the catalogue is city-wide (DESIGN, rule 1)
    const { code } = request.params as { code: string }
    const body = request.body as Static<typeof EntryBody>
    await app.sql.begin(async (tx) => {
      await tx`select pg_advisory_xact_lock(hashtext('suqiu.categories'))` // two admins adding under one parent at once
      const [existing] = await tx`select parent_code, depth from categories where code = ${code}`
      const parentCode = body.parentCode === undefined ? (existing?.parent_code ?? null) : body.parentCode
      if (existing && (existing.parent_code ?? null) !== parentCode) throw errors.categoryParentFixed({ code, parentCode: existing.parent_code })
      let depth = 1
      if (parentCode) {
        const [parent] = await tx`select depth from categories where code = ${parentCode}`
        if (!parent) throw errors.categoryParentNotFound({ parentCode })
        depth = Number(parent.depth) + 1
        if (depth > MAX_DEPTH) throw errors.categoryTooDeep({ parentCode })
      }
      const row = {
        code, parent_code: parentCode, depth, label: body.label.trim(), label_en: body.labelEn?.trim() || null, handling_level: body.handlingLevel,
        keywords: body.keywords?.trim() ?? '', sort: body.sort ?? 0, active: body.active ?? true,
      }
      if (existing) {
        await tx`update categories set label = ${row.label}, label_en = ${body.labelEn === undefined ? tx`label_en` : row.label_en}, handling_level = ${row.handling_level},
                   keywords = ${body.keywords === undefined ? tx`keywords` : row.keywords}, sort = ${body.sort === undefined ? tx`sort` : row.sort},
                   active = ${body.active === undefined ? tx`active` : row.active}, updated_at = now()
                 where code = ${code}`
      } else {
        await tx`insert into categories ${tx(row)}`
      }
      await appendAudit(tx, [{ actorUserId: user.id, actorKind: 'staff', action: 'catalogue.change', caseId: null, detail: { code, created: !existing, ...body } }])
    })
    return lookupCategory(app.sql, code)
  })
}

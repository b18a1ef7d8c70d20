// 演示账号: one user per role along one real county → township → village chain of the city, so a newcomer
// can take a case from a phone call to a closed, rated case. Only with SUQIU_DEMO=1 or `suqiu demo`.
import { and, asc, eq, inArray, like } from 'drizzle-orm'
import { schema, type Db } from '../db/index.js'
import { hashPassword } from '../privacy/codes.js'
import type { Role } from '../auth/roles.js'

/** The one password of every demo account (listed in the README: it is a demo). */
export const DEMO_PASSWORD = 'suqiu-demo-2026'

type Place = 'city' | 'county' | 'township' | 'village' | 'inspection'

export interface DemoUser { username: string; role: Role; place: Place; displayName: string }

/**
 * The accounts, in the order a case meets them. The township and county supervisors are there because
 * a reply is reviewed by a supervisor of the unit above the link that wrote it (审核, up the chain).
 */
export const DEMO_USERS: readonly DemoUser[] = [
  { username: 'demo.operator', role: 'operator', place: 'city', displayName: '演示话务员' },
  { username: 'demo.clerk', role: 'clerk', place: 'city', displayName: '演示登记员' },
  { username: 'demo.dispatcher', role: 'dispatcher', place: 'city', displayName: '演示派单员' },
  { username: 'demo.county', role: 'officer', place: 'county', displayName: '演示区级承办人' },
  { username: 'demo.township', role: 'officer', place: 'township', displayName: '演示街道承办人' },
  { username: 'demo.village', role: 'officer', place: 'village', displayName: '演示社区承办人' },
  { username: 'demo.supervisor', role: 'supervisor', place: 'city', displayName: '演示市级审核督办' },
  { username: 'demo.county-sup', role: 'supervisor', place: 'county', displayName: '演示区级审核' },
  { username: 'demo.township-sup', role: 'supervisor', place: 'township', displayName: '演示街道审核' },
  { username: 'demo.inspector', role: 'inspector', place: 'inspection', displayName: '演示电子监察' },
  { username: 'demo.admin', role: 'admin', place: 'city', displayName: '演示管理员' },
]

/** Kunming's chain, 五华区 → 华山街道 → 翠湖西路社区 (the address the README's walk-through uses). */
const KUNMING_CHAIN = { city: '530100', county: '530102', township: '530102001', village: '530102001001' }

export class DemoRefused extends Error {
  constructor() {
    super('演示账号不能在生产环境创建 / demo users are not created when NODE_ENV=production')
    this.name = 'DemoRefused'
  }
}

type Unit = { id: number; name: string; divisionCode: string }

/** The default units of the city and of one county → township → village chain below it (lowest codes first). */
async function demoUnits(db: Db, cityCode: string): Promise<Record<Place, Unit>> {
  const defaultUnit = async (code: string) => {
    const [u] = await db.select({ id: schema.units.id, name: schema.units.name, divisionCode: schema.units.divisionCode }).from(schema.units)
      .where(and(eq(schema.units.divisionCode, code), eq(schema.units.isDefault, true)))
    return u ?? null
  }
  const firstChild = async (parent: string) => {
    const [d] = await db.select({ code: schema.divisions.code }).from(schema.divisions)
      .where(eq(schema.divisions.parentCode, parent)).orderBy(asc(schema.divisions.code)).limit(1)
    return d?.code ?? null
  }
  let codes: Record<Exclude<Place, 'inspection'>, string | null> = { ...KUNMING_CHAIN }
  if (cityCode !== KUNMING_CHAIN.city) {
    // another city: its first county with a township with a village
    const [village] = await db.select({ code: schema.divisions.code }).from(schema.divisions)
      .where(and(eq(schema.divisions.level, 'village'), like(schema.divisions.code, cityCode.slice(0, 4) + '%')))
      .orderBy(asc(schema.divisions.code)).limit(1)
    const township = village ? village.code.slice(0, 9) : null
    codes = { city: cityCode, county: township?.slice(0, 6) ?? (await firstChild(cityCode)), township, village: village?.code ?? null }
  }
  const out = {} as Record<Place, Unit>
  for (const place of ['city', 'county', 'township', 'village'] as const) {
    const code = codes[place]
    const unit = code ? await defaultUnit(code) : null
    if (!unit) throw new Error(`no ${place} unit for the demo users in city ${cityCode} (import its divisions first: suqiu divisions import)`)
    out[place] = unit
  }
  // inspectors belong to the city's inspection unit (市纪委监委), outside the centre's subtree (migration 0015)
  const [inspection] = await db.select({ id: schema.units.id, name: schema.units.name, divisionCode: schema.units.divisionCode }).from(schema.units)
    .where(and(eq(schema.units.divisionCode, cityCode), eq(schema.units.kind, 'inspection')))
  out.inspection = inspection ?? out.city
  return out
}

export interface DemoResult {
  created: { username: string; role: Role; unit: string }[]
  existing: string[]
}

/**
 * Creates the demo accounts that do not exist yet. Idempotent: an existing account (with whatever
 * password, role or unit it has now) is left exactly as it is, so a changed password stays changed.
 */
export async function ensureDemoUsers(db: Db, opts: { cityCode: string; nodeEnv?: string }): Promise<DemoResult> {
  if (opts.nodeEnv === 'production') throw new DemoRefused()
  const names = DEMO_USERS.map((u) => u.username)
  const present = new Set((await db.select({ username: schema.users.username }).from(schema.users)
    .where(inArray(schema.users.username, names))).map((r) => r.username))
  const result: DemoResult = { created: [], existing: [...present] }
  const missing = DEMO_USERS.filter((u) => !present.has(u.username))
  if (!missing.length) return result
  const units = await demoUnits(db, opts.cityCode)
  // a salt of its own for each account, as for any other user
  const hashes = await Promise.all(missing.map(() => hashPassword(DEMO_PASSWORD)))
  for (const [i, u] of missing.entries()) {
    const unit = units[u.place]
    const passwordHash = hashes[i]
    const rows = await db.insert(schema.users).values({
      username: u.username, displayName: u.displayName, passwordHash, role: u.role, unitId: unit.id,
    }).onConflictDoNothing({ target: schema.users.username }).returning({ username: schema.users.username })
    if (rows[0]) result.created.push({ username: u.username, role: u.role, unit: unit.name })
    else result.existing.push(u.username) // created by a process running beside this one
  }
  return result
}

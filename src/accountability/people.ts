// 责任人 / 分管领导 / 主要领导 of each unit (issue 22, art. 8) as a dated history: an entry holds a role from its
// first day (valid_from) until the first day it no longer does (valid_to, exclusive; null while in office). A past date
// resolves to whoever was in office on it, so an accountability record names the people of the day its facts happened
// — which is why the unit a record would name never keeps its own history: the admins of the units above it do (the
// city centre's own by city admins, as the top), terms start and end today or later, and a correction of the past is a
// city admin's, with a reason, audited. A record already opened keeps the people it named (its `people` never changes,
// migration 0031). Nothing is deleted; every change is audited.
import type { Sql, TransactionSql } from 'postgres'
import { appendAudit } from '../audit/log.js'
import { errors, restate } from '../http/errors.js'
import type { Db } from '../db/index.js'
import { administeredUnit, isCityAdmin } from '../users/scope.js'
import type { StaffUser } from '../users/service.js'

type Reader = Sql | TransactionSql

export const RESPONSIBLE_ROLES = ['responsible', 'in_charge', 'principal'] as const
export type ResponsibleRole = (typeof RESPONSIBLE_ROLES)[number]
export const RESPONSIBLE_ROLE_LABELS: Record<ResponsibleRole, string> = { responsible: '责任人', in_charge: '分管领导', principal: '主要领导' }

export interface ResponsiblePerson { id: number; role: ResponsibleRole; roleLabel: string; name: string; title: string | null; validFrom: string; validTo: string | null }

/** The three people in office on a day: what an accountability record keeps. */
export type PeopleInOffice = Record<ResponsibleRole, { name: string; title: string | null; validFrom: string } | null>

const person = (r: Record<string, unknown>): ResponsiblePerson => ({
  id: Number(r.id), role: r.role as ResponsibleRole, roleLabel: RESPONSIBLE_ROLE_LABELS[r.role as ResponsibleRole],
  name: r.name as string, title: (r.title as string | null) ?? null, validFrom: r.valid_from as string, validTo: (r.valid_to as string | null) ?? null,
})

/** A unit's whole history, each role's latest first. */
export async function listPeople(sql: Reader, unitId: number): Promise<ResponsiblePerson[]> {
  const rows = await sql`
    select id, role, name, title, valid_from::text, valid_to::text from unit_responsible_people
    where unit_id = ${unitId} order by array_position(${[...RESPONSIBLE_ROLES]}::text[], role), valid_from desc, id desc`
  return rows.map(person)
}

/** Who held each role at the unit on `day` ('YYYY-MM-DD', China date). */
export async function peopleOn(sql: Reader, unitId: number, day: string): Promise<PeopleInOffice> {
  const rows = await sql`
    select distinct on (role) role, name, title, valid_from::text from unit_responsible_people
    where unit_id = ${unitId} and valid_from <= ${day}::date and (valid_to is null or valid_to > ${day}::date)
    order by role, valid_from desc, id desc`
  const out: PeopleInOffice = { responsible: null, in_charge: null, principal: null }
  for (const r of rows) out[r.role as ResponsibleRole] = { name: r.name, title: r.title ?? null, validFrom: r.valid_from }
  return out
}

/** Whether the admin keeps the unit's people: a unit below the admin's own, or the city centre itself for its admins. */
export function keepsPeopleOf(admin: StaffUser, unitId: number): boolean {
  return unitId !== admin.unit.id || isCityAdmin(admin)
}

/** The unit, when the admin keeps its people: 404/403 outside the subtree, 403 `responsible_people_own_unit` for its own. */
export async function keptUnit(db: Db, admin: StaffUser, unitId: number) {
  const unit = await administeredUnit(db, admin, unitId)
  if (!keepsPeopleOf(admin, unitId)) throw errors.responsiblePeopleOwnUnit({ unitId })
  return unit
}

/**
 * A term's start or end on `day`: today or later in the ordinary way (null); an earlier day only as a correction — a
 * city admin's, with a reason (returned, for the audit row).
 */
export function correctionFor(admin: StaffUser, day: string, today: string, reason: string | undefined): string | null {
  if (day >= today) return null
  if (!reason?.trim()) throw errors.responsiblePersonBackdated({ day, today })
  if (!isCityAdmin(admin)) throw restate(errors.cityAdminOnly, '更正过去的任职记录只能由市级系统管理员办理', 'Past terms are corrected by city admins only', { day, today })
  return reason.trim()
}

export interface PersonInput { role: ResponsibleRole; name: string; title?: string | null; validFrom: string }

/**
 * 到任: a new holder of a role from `validFrom`. The holder before (in office on that day, taken office earlier) leaves
 * office that day; an entry that starts on or after `validFrom` is a conflict (end it first, or correct the dates).
 */
export async function addPerson(sql: Sql, admin: StaffUser, unitId: number, input: PersonInput, correction: string | null = null): Promise<ResponsiblePerson> {
  return sql.begin(async (tx) => {
    // one change at a time per unit and role
    await tx`select pg_advisory_xact_lock(hashtext('unit_responsible_people'), ${unitId}::integer)`
    const [later] = await tx`
      select id from unit_responsible_people where unit_id = ${unitId} and role = ${input.role}
        and (valid_from >= ${input.validFrom}::date or (valid_to is not null and valid_to > ${input.validFrom}::date))`
    if (later) throw errors.responsiblePersonDates({ conflictsWith: Number(later.id) })
    const ended = await tx`
      update unit_responsible_people set valid_to = ${input.validFrom}::date, ended_by = ${admin.id}, ended_at = now()
      where unit_id = ${unitId} and role = ${input.role} and valid_to is null and valid_from < ${input.validFrom}::date returning id`
    const [row] = await tx`
      insert into unit_responsible_people (unit_id, role, name, title, valid_from, created_by)
      values (${unitId}, ${input.role}, ${input.name}, ${input.title ?? null}, ${input.validFrom}::date, ${admin.id})
      returning id, role, name, title, valid_from::text, valid_to::text`
    await appendAudit(tx, [{
      actorUserId: admin.id, actorKind: 'staff', action: correction ? 'admin.responsible_person.correct' : 'admin.responsible_person.add', caseId: null,
      detail: {
        unitId, entryId: Number(row.id), role: input.role, name: input.name, title: input.title ?? null, validFrom: input.validFrom, endedEntryIds: ended.map((e) => Number(e.id)),
        ...(correction ? { change: 'add', reason: correction } : {}),
      },
    }])
    return person(row)
  })
}

/**
 * 离任: the entry's holder leaves office on `validTo` (the first day out of office). `mayEnd` throws unless the admin
 * keeps the entry's unit and may end on that day, and answers the correction's reason when `validTo` is past (correctionFor).
 */
export async function endPerson(sql: Sql, admin: StaffUser, entryId: number, validTo: string, mayEnd: (unitId: number) => Promise<string | null>): Promise<ResponsiblePerson> {
  return sql.begin(async (tx) => {
    const [entry] = await tx`select unit_id, valid_from::text, valid_to::text from unit_responsible_people where id = ${entryId} for update`
    if (!entry) throw errors.responsiblePersonNotFound({ entryId })
    const correction = await mayEnd(Number(entry.unit_id))
    if (entry.valid_to !== null || validTo <= entry.valid_from) throw errors.responsiblePersonDates({ entryId, validFrom: entry.valid_from, validTo: entry.valid_to })
    const [row] = await tx`
      update unit_responsible_people set valid_to = ${validTo}::date, ended_by = ${admin.id}, ended_at = now() where id = ${entryId}
      returning id, role, name, title, valid_from::text, valid_to::text`
    await appendAudit(tx, [{
      actorUserId: admin.id, actorKind: 'staff', action: correction ? 'admin.responsible_person.correct' : 'admin.responsible_person.end', caseId: null,
      detail: { unitId: Number(entry.unit_id), entryId, validTo, ...(correction ? { change: 'end', reason: correction } : {}) },
    }])
    return person(row)
  })
}

/**
 * Who may send each case event, as data (issue 23): authorize.ts enforces this table and the process chart
 * (src/chart) prints it as 承办岗位, so the published chart cannot drift from what the service allows.
 * A new event type in machine.ts needs its row here (the Record type says so at compile time).
 */
import type { Role } from '../auth/roles.js'
import type { CaseEventType } from './machine.js'

/**
 * Whose unit may send the event:
 * - `root`: the registering centre (受理中心);
 * - `currentLink`: the unit of the current link (交办链的当前环节);
 * - `reviewer`: the link above the current one, or the root centre for the top link;
 * - `anyUnit`: any unit (jurisdiction is the caller's check against the database);
 * - `system`: only the service itself (deadline worker);
 * - `assistingUnit`: a 协办 unit with an open part on the case (issue 22).
 */
export type EventUnit = 'root' | 'currentLink' | 'reviewer' | 'anyUnit' | 'system' | 'assistingUnit'

export interface EventPermission {
  unit: EventUnit
  /** staff roles of that unit that may send it */
  roles: readonly Role[]
  /** `reviewer` only: the roles when the reviewer is the root centre (else `roles`) */
  rootReviewerRoles?: readonly Role[]
  /** the complainant may send it (with the tracking code and PIN) */
  citizen?: boolean
  /** the event as the consoles name it (zh-CN, the `event` labels of src/web/src/i18n/zh-CN.ts) */
  label: string
}

const INTAKE_ROLES: readonly Role[] = ['dispatcher', 'supervisor', 'operator', 'clerk']
const ROOT_TRIAGE_ROLES: readonly Role[] = ['dispatcher', 'supervisor']
const LINK_ROLES: readonly Role[] = ['officer', 'supervisor']
const REVIEW_ROLES: readonly Role[] = ['supervisor']
const ROOT_REVIEW_ROLES: readonly Role[] = ['supervisor', 'dispatcher']
const FEEDBACK_ROLES: readonly Role[] = ['dispatcher', 'operator', 'clerk', 'supervisor']

export const EVENT_PERMISSIONS: { readonly [E in CaseEventType]: EventPermission } = Object.freeze({
  // intake and triage happen at the registering centre; operators and clerks register what they log at once
  // (受理) and answer a consultation on the spot
  REGISTER: { unit: 'root', roles: INTAKE_ROLES, label: '受理' },
  ANSWER: { unit: 'root', roles: INTAKE_ROLES, label: '直接答复' },
  REJECT: { unit: 'root', roles: ROOT_TRIAGE_ROLES, label: '不予受理' },
  MERGE: { unit: 'root', roles: ROOT_TRIAGE_ROLES, label: '合并' },
  DISPATCH: { unit: 'root', roles: ROOT_TRIAGE_ROLES, label: '交办' },
  // the unit of the current link
  SIGN: { unit: 'currentLink', roles: LINK_ROLES, label: '签收' },
  RETURN: { unit: 'currentLink', roles: LINK_ROLES, label: '退回' },
  DELEGATE: { unit: 'currentLink', roles: LINK_ROLES, label: '转交下级' },
  REQUEST_EXTENSION: { unit: 'currentLink', roles: LINK_ROLES, label: '申请延期' },
  SUBMIT_REPLY: { unit: 'currentLink', roles: LINK_ROLES, label: '提交办理结果' },
  // the unit above the current link (or the root centre) reviews it
  APPROVE_EXTENSION: { unit: 'reviewer', roles: REVIEW_ROLES, rootReviewerRoles: ROOT_REVIEW_ROLES, label: '同意延期' },
  DENY_EXTENSION: { unit: 'reviewer', roles: REVIEW_ROLES, rootReviewerRoles: ROOT_REVIEW_ROLES, label: '不同意延期' },
  APPROVE_REPLY: { unit: 'reviewer', roles: REVIEW_ROLES, rootReviewerRoles: ROOT_REVIEW_ROLES, label: '审核通过' },
  REJECT_REPLY: { unit: 'reviewer', roles: REVIEW_ROLES, rootReviewerRoles: ROOT_REVIEW_ROLES, label: '退回重办' },
  SEND_FEEDBACK: { unit: 'root', roles: FEEDBACK_ROLES, label: '反馈诉求人' },
  // the complainant, or an operator taking the rating on the phone
  EVALUATE: { unit: 'root', roles: ['operator'], citizen: true, label: '录入评价' },
  WITHDRAW: { unit: 'root', roles: ['dispatcher'], citizen: true, label: '撤回' },
  DECIDE: { unit: 'root', roles: ['supervisor'], label: '裁定' },
  // 答复不实 (issue 22): the receiving centre's supervisor, deciding the redo after an unsatisfied rating
  FIND_UNTRUE: { unit: 'root', roles: ['supervisor'], label: '答复不实' },
  // any unit: jurisdiction is the caller's check
  SUPERVISE: { unit: 'anyUnit', roles: ['inspector', 'supervisor'], label: '督办' },
  WARN: { unit: 'system', roles: [], label: '预警' },
  TIMEOUT: { unit: 'system', roles: [], label: '逾期自动办结' },
  // 协办: an assisting unit with an open part (issue 22)
  PART_SIGN: { unit: 'assistingUnit', roles: LINK_ROLES, label: '协办签收' },
  PART_RETURN: { unit: 'assistingUnit', roles: LINK_ROLES, label: '协办退回' },
  PART_SUBMIT: { unit: 'assistingUnit', roles: LINK_ROLES, label: '提交协办意见' },
  // the unit that named the assisting units (the lead link's reviewer: the centre, or the unit that delegated)
  PART_REPLACE: { unit: 'reviewer', roles: LINK_ROLES, rootReviewerRoles: ROOT_TRIAGE_ROLES, label: '更换协办单位' },
})

/** The row for an event type, or null for a type the table does not know (refused). */
export function permissionOf(type: string): EventPermission | null {
  return Object.hasOwn(EVENT_PERMISSIONS, type) ? EVENT_PERMISSIONS[type as CaseEventType] : null
}

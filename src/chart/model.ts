/**
 * The process chart's content (权力运行流程图, issue 23), read from what the service enforces: the states, events and
 * guards of the XState machine definition, who may send each event (EVENT_PERMISSIONS) and the step limits
 * (DEADLINE_RULES). Nothing here lists a state or an event by hand: a state or transition added to the machine
 * shows up in the chart by itself.
 */
import type { AnyStateMachine } from 'xstate'
import { roleLabels } from '../auth/roles.js'
import { DEADLINE_RULES, type DeadlineRules, type StepDeadline } from '../calendar/deadlines.js'
import { caseMachine, stateLabels } from '../cases/machine.js'
import { EVENT_PERMISSIONS, type EventPermission, type EventUnit } from '../cases/permissions.js'

/** The charts published: one per case type, and the co-handled one (主办/协办) with every parallel region. */
export const CHART_TYPES = ['complaint', 'report', 'consultation', 'cohandled'] as const
export type ChartType = (typeof CHART_TYPES)[number]
export const chartTypeLabels: Record<ChartType, string> = {
  complaint: '投诉、求助、建议类诉求', report: '举报类诉求', consultation: '咨询类诉求', cohandled: '主办协办诉求',
}

/** Regions drawn on every chart; any other parallel region of the machine (协办 …) on the co-handled one. */
const CORE_REGIONS = ['case', 'supervision']
const regionLabels: Record<string, string> = { case: '办理流程', supervision: '预警督办（并行）', assisting: '协办（并行）', finding: '答复不实认定（并行）', replacing: '更换协办（并行）' }

/** Conditions of the machine's guards, as the chart says them; an unknown guard shows its own name. */
const guardLabels: Record<string, string> = {
  dispatchChainValid: '交办链有效', delegateUnitValid: '下级单位有效', returnsToRoot: '由第一级承办单位退回',
  extensionWithinCap: '累计延期不超过上限', reviewerIsRoot: '由受理中心审核', ratingIsPositive: '满意或基本满意',
  redoAllowed: '不满意且重办未满两次', ratingIsUnsatisfied: '不满意且已重办两次', decidedRedo: '裁定重办', decidedClose: '裁定办结',
  warnYellow: '用时达到八成', warnRed: '超过时限', caseIsFinal: '诉求办结时',
  partsSettledForSubmit: '协办意见均已提交', partsSettledForApproval: '协办意见均已提交', partAssigned: '协办单位已分派', partOpen: '协办未完成',
  untrueReasonGiven: '写明认定理由', untrueFindable: '重办待交办且本轮未认定', untrueNotFindable: '已认定或已交办',
  partReplaceValid: '退回的协办任务，新单位有效', partReplaceable: '主办有退回未更换的协办任务', partNotReplaceable: '已更换或主办已不在办',
}

const unitLabels: Record<EventUnit | string, string> = {
  root: '受理中心', currentLink: '当前承办单位', reviewer: '上一级单位（或受理中心）', anyUnit: '有管辖权的单位',
  system: '系统自动', assistingUnit: '协办单位',
}

export interface ChartNode {
  /** the state's path below its region, e.g. `case.handling.extensionRequested` */
  id: string
  region: string
  key: string
  label: string
  final: boolean
  initial: boolean
  /** the step's limit, e.g. `办理：5个工作日（紧急1个，特急当日）` */
  limit: string | null
}

export interface ChartEdge {
  id: string
  from: string
  to: string
  event: string
  label: string
  /** the guard's condition, when the transition has one */
  condition: string | null
  /** 承办岗位: who may send the event */
  post: string
}

export interface ChartRegion { key: string; label: string }

export interface ChartModel {
  type: ChartType
  title: string
  regions: ChartRegion[]
  nodes: ChartNode[]
  edges: ChartEdge[]
}

export interface ChartSources {
  machine?: AnyStateMachine
  permissions?: Readonly<Record<string, EventPermission>>
  deadlines?: DeadlineRules
}

/** 承办岗位 of an event: the unit and the roles that may send it (or the complainant). */
export function postOf(rule: EventPermission | undefined): string {
  if (!rule) return '未登记（不可办理）'
  if (rule.unit === 'system') return unitLabels.system
  const roles = rule.roles.map((r) => roleLabels[r]).join('、')
  const rootRoles = rule.rootReviewerRoles && rule.rootReviewerRoles.join() !== rule.roles.join()
    ? `（受理中心审核时：${rule.rootReviewerRoles.map((r) => roleLabels[r]).join('、')}）` : ''
  const staff = roles ? `${unitLabels[rule.unit] ?? rule.unit}：${roles}${rootRoles}` : ''
  return [staff, rule.citizen ? '诉求人（凭查询码和密码）' : ''].filter(Boolean).join('；')
}

const fmtDays = (n: number, calendar: boolean) => (n === 0 ? '当日' : `${n}个${calendar ? '自然日' : '工作日'}`)

/** 办理时限 of a step under `rules`, for a chart type (a report's acceptance has its own limit). */
export function limitOf(rule: StepDeadline | undefined, type: ChartType): string | null {
  if (!rule) return null
  const cal = !!rule.calendarDays
  if (type === 'report' && rule.reportDays !== undefined) return `${rule.label}：${fmtDays(rule.reportDays, cal)}`
  const { normal, urgent, critical } = rule.days
  const byUrgency = urgent !== normal || critical !== normal ? `（紧急${fmtDays(urgent, cal)}，特急${fmtDays(critical, cal)}）` : ''
  return `${rule.label}：${fmtDays(normal, cal)}${byUrgency}${rule.extendable ? '，可申请延期' : ''}`
}

/** what the chart reads of xstate's StateNode and TransitionDefinition */
interface XTransition { target?: XNode[]; guard?: string | { type?: string } }
interface XNode {
  key: string
  type: string
  initial?: { target: XNode[] }
  states: Record<string, XNode>
  transitions: Map<string, XTransition[]>
  always?: XTransition[]
  path: string[]
}

/** The chart model for one chart type from the machine definition and the two rule tables. */
export function buildChartModel(type: ChartType, sources: ChartSources = {}): ChartModel {
  const machine = sources.machine ?? caseMachine
  const permissions = sources.permissions ?? (EVENT_PERMISSIONS as Readonly<Record<string, EventPermission>>)
  const deadlines = sources.deadlines ?? DEADLINE_RULES
  const root = machine.root as unknown as XNode
  const regionKeys = Object.keys(root.states).filter((k) => type === 'cohandled' || CORE_REGIONS.includes(k))
  const labels = stateLabels as Record<string, string>
  const nodes: ChartNode[] = []
  const edges: ChartEdge[] = []
  const nodeIdOf = (n: XNode): string => n.path.join('.')
  const alias = new Map<XNode, string>()
  const visit = (n: XNode, region: string) => {
    const children = Object.values(n.states)
    const initialChild = n.initial?.target?.[0]
    if (n.path.length > 1 && !alias.has(n)) {
      nodes.push({
        id: nodeIdOf(n), region, key: n.key, label: labels[n.key] ?? n.key, final: n.type === 'final',
        initial: false, limit: limitOf(deadlines.steps[n.key], type),
      })
    }
    // a drawn compound state's initial child is the compound itself (办理中 = 办理中·working)
    if (initialChild && n.path.length > 1) alias.set(initialChild, alias.get(n) ?? nodeIdOf(n))
    for (const c of children) visit(c, region)
  }
  for (const key of regionKeys) {
    const region = root.states[key]
    visit(region, key)
    const first = region.initial?.target?.[0]
    const firstNode = nodes.find((x) => x.id === (first ? alias.get(first) ?? nodeIdOf(first) : ''))
    if (firstNode) firstNode.initial = true
  }
  const idOf = (n: XNode) => alias.get(n) ?? nodeIdOf(n)
  const known = new Set(nodes.map((n) => n.id))
  const addEdges = (n: XNode) => {
    const from = idOf(n)
    const list: [string, XTransition][] = []
    for (const [event, ts] of n.transitions) for (const t of ts) list.push([event, t])
    for (const t of n.always ?? []) list.push(['', t])
    for (const [event, t] of list) {
      const to = t.target?.[0] ? idOf(t.target[0]) : from
      if (!known.has(from) || !known.has(to)) continue
      const rule = event ? permissions[event] : undefined
      const guard = typeof t.guard === 'string' ? t.guard : t.guard?.type
      edges.push({
        id: `e${edges.length}`, from, to, event: event || 'always',
        label: event ? rule?.label ?? event : '自动',
        condition: guard ? guardLabels[guard] ?? guard : event ? null : '条件满足时',
        post: event ? postOf(rule) : unitLabels.system,
      })
    }
    for (const c of Object.values(n.states)) addEdges(c)
  }
  for (const key of regionKeys) addEdges(root.states[key])
  return {
    type,
    title: `${chartTypeLabels[type]}办理流程图`,
    regions: regionKeys.map((k) => ({ key: k, label: regionLabels[k] ?? k })),
    nodes,
    edges,
  }
}

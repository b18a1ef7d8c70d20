// The complainant's view of a case (公开时间线): what happened, at which level, deadlines, the result — nothing internal.
import type { Sql } from 'postgres'
import { caseMachine, stateLabels, type CaseSnapshot } from '../cases/machine.js'
import { channelLabels, typeLabels, type Channel, type ComplaintType } from '../complaints/draft.js'
import { materialSourceLabels } from '../cases/material-read.js'

const levelLabels: Record<string, string> = { city: '市级', county: '县（区）级', township: '乡镇（街道）级', village: '村（社区）级' }

export interface PublicStep { at: string; title: string; detail: string | null }

/** Maps internal events to what the complainant may see; officer names, notes and reasons of internal steps stay inside. */
function publicStep(type: string, payload: Record<string, unknown>, units: Map<number, { name: string; level: string }>, at: string): PublicStep | null {
  const unit = (id: unknown) => units.get(Number(id))
  switch (type) {
    case 'RECEIVED': return { at, title: '诉求已收到', detail: null }
    case 'REGISTER': return { at, title: '已受理', detail: null }
    case 'REJECT': return { at, title: '不予受理', detail: String(payload.reason ?? '') }
    case 'MERGE': return { at, title: '已与同一事项合并办理', detail: null }
    case 'WITHDRAW': return { at, title: '诉求已撤回', detail: null }
    case 'DISPATCH': {
      const chain = (payload.chain as number[] | undefined) ?? []
      const last = unit(chain[chain.length - 1])
      return { at, title: '已交办', detail: last ? `${levelLabels[last.level] ?? ''}承办单位：${last.name}` : null }
    }
    case 'DELEGATE': {
      const u = unit(payload.unitId)
      return { at, title: '已转交下级办理', detail: u ? `${levelLabels[u.level] ?? ''}承办单位：${u.name}` : null }
    }
    case 'SIGN': return { at, title: '承办单位已签收，正在办理', detail: null }
    case 'RETURN': return { at, title: '正在重新确定承办单位', detail: null }
    case 'APPROVE_EXTENSION': return { at, title: '办理期限已依规延长', detail: null }
    case 'SUBMIT_REPLY': return { at, title: '承办单位已提交办理结果，正在审核', detail: null }
    case 'ANSWER': return { at, title: '已答复', detail: null }
    case 'SEND_FEEDBACK': return { at, title: '办理结果已反馈', detail: null }
    case 'EVALUATE': return { at, title: '您已评价', detail: null }
    case 'SUPERVISE': return { at, title: '上级已督办', detail: null }
    case 'TIMEOUT': return { at, title: '评价期已满，诉求办结', detail: null }
    case 'DECIDE': return { at, title: '上级已作出处理决定', detail: null }
    default: return null
  }
}

export async function publicView(sql: Sql, caseId: number) {
  const [row] = await sql`
    select c.state, c.snapshot, c.overall_due_at, c.link_due_at, c.handling_level, c.current_unit_id, k.case_number, k.title, k.type, k.channel, k.received_at
    from cases c join complaints k on k.id = c.id where c.id = ${caseId}`
  const ctx = (caseMachine.resolveState(row.snapshot) as CaseSnapshot).context
  const events = await sql`select type, payload, created_at from case_events where case_id = ${caseId} order by version`
  const unitIds = new Set<number>(ctx.chain.map((l) => l.unitId))
  for (const e of events) {
    for (const id of [...((e.payload.chain as number[]) ?? []), e.payload.unitId]) if (id) unitIds.add(Number(id))
  }
  const units = new Map((await sql`select id, name, level from units where id = any(${[...unitIds]}::bigint[])`).map((u) => [Number(u.id), { name: u.name as string, level: u.level as string }]))
  const steps = events.map((e) => publicStep(e.type, e.payload, units, new Date(e.created_at).toISOString())).filter((s): s is PublicStep => s !== null)
  // what the complainant added (补充材料), in the order it came in among the steps
  const material = await sql`
    select m.source, m.text, m.created_at, cardinality(m.attachment_ids) as files from case_messages m where m.case_id = ${caseId} order by m.id`
  for (const m of material) {
    const files = Number(m.files) ? `（附件${m.files}个）` : ''
    steps.push({ at: new Date(m.created_at).toISOString(), title: `您补充了材料（${materialSourceLabels[m.source] ?? m.source}）`, detail: `${m.text}${files}` })
  }
  steps.sort((a, b) => a.at.localeCompare(b.at))
  const handling = ctx.chain.length ? units.get(ctx.chain[ctx.chain.length - 1].unitId) : null
  const resultVisible = ['evaluation', 'closed', 'decision'].includes(row.state) || (row.state === 'triage' && ctx.redoCount > 0)
  return {
    caseNumber: row.case_number, title: row.title,
    type: row.type, typeLabel: typeLabels[row.type as ComplaintType], channel: row.channel, channelLabel: channelLabels[row.channel as Channel],
    receivedAt: new Date(row.received_at).toISOString(),
    state: row.state, stateLabel: stateLabels[row.state as keyof typeof stateLabels],
    handling: handling ? { level: handling.level, levelLabel: levelLabels[handling.level], unit: handling.name } : null,
    deadline: row.overall_due_at ? new Date(row.overall_due_at).toISOString() : null,
    rejectReason: ctx.rejectReason,
    result: resultVisible && (ctx.feedback || ctx.finalReply) ? { text: ctx.feedback?.text ?? ctx.finalReply!.text, resolved: ctx.finalReply?.resolved ?? null, at: ctx.feedback?.at ?? ctx.finalReply!.at } : null,
    evaluation: ctx.evaluation ? { rating: ctx.evaluation.rating, at: ctx.evaluation.at } : null,
    canEvaluate: row.state === 'evaluation',
    canAddMaterial: !['closed', 'rejected', 'merged', 'withdrawn'].includes(row.state),
    steps,
  }
}

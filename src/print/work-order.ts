/**
 * 工单: the A4 work order of one case from any channel — what was reported, where, the whole 交办链 with each unit's
 * dates, the officers' evidence (办理佐证材料) and the timeline. It is printed from the staff view of the case (caseView), so it shows exactly what the
 * printing user may see on screen: the complainant masked (or 匿名), nothing of a case outside their scope.
 */
import { a4Document, chineseDate, CJK_SANS, escapeHtml } from './html.js'

/** The parts of the staff case view (src/cases/view.ts) a work order prints. */
export interface WorkOrderCase {
  caseNumber: string
  channelLabel: string
  typeLabel: string
  urgencyLabel: string
  stateLabel: string
  title: string
  content: string
  address: string | null
  receivedAt: string | null
  division: { path: { name: string; level: string }[] } | null
  anonymous: boolean
  complainant: Record<string, string | undefined> | null
  rootUnit: { name: string } | null
  currentUnit: { name: string } | null
  deadlines: { link: string | null; overall: string | null }
  chainHistory: { unit: { name: string } | null; status: string; assignedAt: string; signedAt: string | null; repliedAt: string | null; approvedAt: string | null; returnedAt: string | null }[]
  timeline: { type: string; at: string; actor: string | null; actorUnit: string | null; payload: Record<string, unknown> | null }[]
  finalReply: { text: string; resolved: boolean } | null
  /** 办理佐证材料: the files officers attached to their replies (src/replies/evidence.ts) */
  replyEvidence?: { filename: string; addedAt: string; addedBy: string | null; addedByUnit: string | null }[]
}

export interface WorkOrderValues { view: WorkOrderCase; categoryLabel: string | null; printedBy: string; printedAt: Date; eventLabels: Record<string, string> }

const LINK_STATUS: Record<string, string> = {
  waiting: '已转交', assigned: '待签收', handling: '办理中', review: '待审核', approved: '审核通过', returned: '已退回', ended: '已结束',
}

const CSS = `
.order { padding: 14mm 16mm 0; font-family: ${CJK_SANS}; font-size: 10.5pt; line-height: 1.6; }
.order h1 { text-align: center; font-size: 17pt; margin: 0 0 1mm; letter-spacing: 0.3em; }
.order .centre { text-align: center; margin: 0 0 5mm; }
.order h2 { font-size: 11.5pt; margin: 5mm 0 2mm; border-left: 1mm solid #000; padding-left: 2mm; }
.order table { width: 100%; border-collapse: collapse; }
.order th, .order td { border: 0.25mm solid #000; padding: 1.5mm 2mm; text-align: left; vertical-align: top; }
.order th { font-weight: normal; background: #f2f2f2; white-space: nowrap; }
.order .kv th { width: 24mm; }
.order .mono { font-family: "Noto Sans Mono CJK SC", "DejaVu Sans Mono", monospace; }
.order .text { white-space: pre-wrap; }
.order tr { page-break-inside: avoid; }
.order .foot { margin-top: 6mm; font-size: 9pt; color: #333; display: flex; justify-content: space-between; }
`

const when = (iso: string | null | undefined) => (iso ? chineseDate(new Date(iso), true) : '—')

function complainantText(v: WorkOrderCase): string {
  if (v.anonymous || !v.complainant) return '匿名'
  const c = v.complainant
  return [c.name, c.phone, c.email].filter(Boolean).join('　') || '—'
}

function eventDetail(e: WorkOrderCase['timeline'][number]): string {
  const p = e.payload ?? {}
  const bits: string[] = []
  for (const k of ['reason', 'text', 'note', 'comment'] as const) if (typeof p[k] === 'string' && p[k]) bits.push(String(p[k]))
  if (e.type === 'MERGED_IN' && p.caseNumber) bits.push(`诉求 ${String(p.caseNumber)} 并入本件`)
  return bits.join('；')
}

export function renderWorkOrder({ view: v, categoryLabel, printedBy, printedAt, eventLabels }: WorkOrderValues): string {
  const place = v.division?.path.filter((p) => p.level !== 'city').map((p) => p.name).join(' / ') ?? '—'
  const chain = v.chainHistory.map((l, i) => `<tr><td>${i + 1}</td><td>${escapeHtml(l.unit?.name ?? '—')}</td><td>${LINK_STATUS[l.status] ?? escapeHtml(l.status)}</td>
    <td>${when(l.assignedAt)}</td><td>${when(l.signedAt)}</td><td>${when(l.repliedAt)}</td><td>${l.returnedAt ? `退回 ${when(l.returnedAt)}` : when(l.approvedAt)}</td></tr>`).join('\n')
  const timeline = v.timeline.map((e) => `<tr><td class="mono">${when(e.at)}</td><td>${escapeHtml(eventLabels[e.type] ?? e.type)}</td>
    <td>${escapeHtml([e.actor, e.actorUnit].filter(Boolean).join(' · ') || '系统')}</td><td class="text">${escapeHtml(eventDetail(e))}</td></tr>`).join('\n')
  const evidence = (v.replyEvidence ?? []).map((f, i) => `<tr><td>${i + 1}</td><td>${escapeHtml(f.filename)}</td>
    <td>${escapeHtml([f.addedByUnit, f.addedBy].filter(Boolean).join(' · ') || '—')}</td><td class="mono">${when(f.addedAt)}</td></tr>`).join('\n')
  const body = `
<div class="sheet">
  <div class="order">
    <h1>诉求工单</h1>
    <div class="centre">${escapeHtml(v.rootUnit?.name ?? '')}</div>
    <table class="kv">
      <tr><th>工单编号</th><td class="mono">${escapeHtml(v.caseNumber)}</td><th>当前状态</th><td>${escapeHtml(v.stateLabel)}</td></tr>
      <tr><th>来源渠道</th><td>${escapeHtml(v.channelLabel)}</td><th>诉求类型</th><td>${escapeHtml(v.typeLabel)} · ${escapeHtml(v.urgencyLabel)}</td></tr>
      <tr><th>诉求分类</th><td>${escapeHtml(categoryLabel ?? '—')}</td><th>受理时间</th><td>${when(v.receivedAt)}</td></tr>
      <tr><th>诉求人</th><td>${escapeHtml(complainantText(v))}</td><th>当前承办</th><td>${escapeHtml(v.currentUnit?.name ?? '—')}</td></tr>
      <tr><th>发生地</th><td colspan="3">${escapeHtml(place)}${v.address ? `（${escapeHtml(v.address)}）` : ''}</td></tr>
      <tr><th>本环节时限</th><td>${when(v.deadlines.link)}</td><th>总时限</th><td>${when(v.deadlines.overall)}</td></tr>
      <tr><th>标题</th><td colspan="3">${escapeHtml(v.title)}</td></tr>
      <tr><th>诉求内容</th><td colspan="3" class="text">${escapeHtml(v.content)}</td></tr>
      ${v.finalReply ? `<tr><th>办理结果</th><td colspan="3" class="text">${escapeHtml(v.finalReply.text)}（${v.finalReply.resolved ? '已解决' : '未解决'}）</td></tr>` : ''}
    </table>
    <h2>交办链</h2>
    ${v.chainHistory.length ? `<table><tr><th>序</th><th>承办单位</th><th>状态</th><th>交办</th><th>签收</th><th>答复</th><th>审核 / 退回</th></tr>${chain}</table>` : '<p>尚未交办。</p>'}
    ${evidence ? `<h2>办理佐证材料</h2>
    <table><tr><th>序</th><th>文件</th><th>提交单位 · 经办</th><th>提交时间</th></tr>${evidence}</table>` : ''}
    <h2>办理过程</h2>
    <table><tr><th>时间</th><th>环节</th><th>经办</th><th>内容</th></tr>${timeline}</table>
    <div class="foot"><span>打印人：${escapeHtml(printedBy)}</span><span>打印时间：${chineseDate(printedAt, true)}</span></div>
  </div>
</div>`
  return a4Document(`诉求工单 ${v.caseNumber}`, CSS, body)
}

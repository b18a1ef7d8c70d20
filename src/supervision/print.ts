// 督办单 as an A4 page (and PDF through src/print/pdf.ts): number, case, unit, reason, required action, deadline, answer.
// It names the case by its number and title only: no complainant identity is printed.
import { a4Document, chineseDate, escapeHtml, paragraphs } from '../print/html.js'
import { NOTICE_STATUS_LABELS, type NoticeStatus } from './notices.js'

export function renderNotice(n: Record<string, unknown>, printedBy: string, printedAt: Date): string {
  const d = (v: unknown) => (v ? chineseDate(v as Date) : '—')
  const css = `
.sheet { padding: 25mm 25mm 20mm; }
h1 { text-align: center; font-size: 22pt; letter-spacing: 4pt; margin: 0 0 4mm; color: #b00; }
.number { text-align: center; margin-bottom: 8mm; }
table { width: 100%; border-collapse: collapse; }
th, td { border: 1px solid #000; padding: 2mm 3mm; vertical-align: top; text-align: left; }
th { width: 32mm; font-weight: normal; }
.foot { margin-top: 8mm; font-size: 10pt; color: #333; }`
  const body = `<div class="sheet">
<h1>督办单</h1>
<div class="number">${escapeHtml(n.number as string)}</div>
<table>
<tr><th>被督办单位</th><td>${escapeHtml(n.unit_name as string)}</td></tr>
<tr><th>诉求编号</th><td>${escapeHtml(n.case_number as string)}</td></tr>
<tr><th>诉求标题</th><td>${escapeHtml(n.title as string)}</td></tr>
<tr><th>督办事由</th><td>${paragraphs(n.reason as string)}</td></tr>
<tr><th>办理要求</th><td>${paragraphs(n.required_action as string)}</td></tr>
<tr><th>答复期限</th><td>${d(n.due_at)}</td></tr>
<tr><th>督办单位</th><td>${escapeHtml(n.issuer_unit_name as string)}（${escapeHtml((n.issuer_name as string | null) ?? '系统逾期提级')}）</td></tr>
<tr><th>下发时间</th><td>${d(n.created_at)}</td></tr>
<tr><th>状态</th><td>${escapeHtml(NOTICE_STATUS_LABELS[n.status as NoticeStatus])}</td></tr>
<tr><th>答复</th><td>${n.answer ? paragraphs(n.answer as string) : '（尚未答复）'}</td></tr>
</table>
<div class="foot">打印：${escapeHtml(printedBy)}　${chineseDate(printedAt, true)}</div>
</div>`
  return a4Document(`${n.number as string}`, css, body)
}

/**
 * 回执: what a visitor (or a letter's or fax's sender) takes home: case number, tracking code, the PIN
 * when it is printed right after intake, and where to follow up. The PIN is never stored in clear:
 * a reprint has a blank for it.
 */
import { a4Document, chineseDate, CJK_SANS, escapeHtml } from './html.js'

export interface ReceiptValues {
  centreName: string
  caseNumber: string
  /** null on a reprint outside the receiving centre: a handling unit never holds half of the complainant's key */
  trackingCode: string | null
  /** only right after intake; null on a reprint */
  pin: string | null
  trackingUrl: string
  channelLabel: string
  receivedAt: Date
  title: string
  /** masked names of the visitors (the first is the complainant) */
  visitors?: { masked: string[]; count: number; group: boolean } | null
  /** 回执 for a report (举报): told within 15 working days whether it is accepted */
  isReport: boolean
  printedAt: Date
}

const CSS = `
.receipt { padding: 18mm 22mm 0; font-family: ${CJK_SANS}; }
.receipt h1 { text-align: center; font-size: 18pt; margin: 0; letter-spacing: 0.3em; }
.receipt .centre { text-align: center; font-size: 12pt; margin: 1mm 0 8mm; }
.receipt table { width: 100%; border-collapse: collapse; font-size: 11pt; }
.receipt th, .receipt td { border: 0.3mm solid #000; padding: 2.5mm 3mm; text-align: left; vertical-align: top; }
.receipt th { width: 32mm; font-weight: normal; background: #f2f2f2; }
.receipt .code { font-family: "Noto Sans Mono CJK SC", "DejaVu Sans Mono", monospace; font-size: 15pt; letter-spacing: 0.15em; font-weight: bold; }
.receipt .blank { display: inline-block; width: 40mm; border-bottom: 0.3mm solid #000; }
.receipt .follow { margin-top: 7mm; font-size: 10.5pt; line-height: 1.8; }
.receipt .follow p { margin: 0 0 2mm; }
.receipt .stamp { margin-top: 12mm; text-align: right; font-size: 11pt; }
.receipt .warn { margin-top: 8mm; font-size: 9pt; color: #333; border-top: 0.2mm dashed #666; padding-top: 2mm; }
`

export function renderReceipt(v: ReceiptValues): string {
  const pin = v.pin
    ? `<span class="code">${escapeHtml(v.pin)}</span>`
    : `<span class="blank"></span>（补打的回执不显示查询密码；遗失请持本人有效证件到窗口重置）`
  const visitors = v.visitors
    ? `<tr><th>来访人</th><td>${escapeHtml(v.visitors.masked.join('、'))}${v.visitors.count > v.visitors.masked.length ? ` 等` : ''}（共 ${v.visitors.count} 人${v.visitors.group ? '，集体访' : ''}）</td></tr>`
    : ''
  const when = v.isReport
    ? '举报件自受理之日起15个工作日内告知是否受理，办结后15个工作日内告知办理结果。'
    : '工作人员将在1个工作日内受理并交办到承办单位，一般诉求5个工作日内办结。'
  const body = `
<div class="sheet">
  <div class="receipt">
    <h1>受理回执</h1>
    <div class="centre">${escapeHtml(v.centreName)}</div>
    <table>
      <tr><th>案件编号</th><td class="code">${escapeHtml(v.caseNumber)}</td></tr>
      <tr><th>查询码</th><td${v.trackingCode ? ` class="code">${escapeHtml(v.trackingCode)}` : '>（查询码仅由受理中心补打）'}</td></tr>
      <tr><th>查询密码</th><td>${pin}</td></tr>
      <tr><th>来源</th><td>${escapeHtml(v.channelLabel)}</td></tr>
      <tr><th>受理时间</th><td>${chineseDate(v.receivedAt, true)}</td></tr>
      ${visitors}
      <tr><th>反映事项</th><td>${escapeHtml(v.title)}</td></tr>
    </table>
    <div class="follow">
      <p>${when}</p>
      <p>请妥善保管查询码和查询密码。您可登录 <b>${escapeHtml(v.trackingUrl)}</b>，输入查询码和查询密码查看办理进展、补充材料，并在办结后对办理结果进行评价；也可持本回执到${escapeHtml(v.centreName)}窗口查询。</p>
    </div>
    <div class="stamp">${escapeHtml(v.centreName)}（盖章）<br>${chineseDate(v.printedAt)}</div>
    <div class="warn">查询密码只在本回执上出现一次，工作人员不会向您索要查询密码。</div>
  </div>
</div>`
  return a4Document(`受理回执 ${v.caseNumber}`, CSS, body)
}

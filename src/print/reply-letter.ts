/**
 * 答复函: the reply letter that carries a letter's result to its sender. A4, Chinese, the address block
 * where a DL window envelope shows it (DIN 5008 form B: 20 mm from the left, 45 mm from the top,
 * 85 × 45 mm), fold marks at 105 and 210 mm. It records the material the sender added while the case was
 * handled (补充材料: when, on which channel, a summary of the text, the file names) — the sender's own words going
 * back to the sender; no staff member is named, and no PIN or identity is printed.
 */
import { a4Document, chineseDate, chineseDay, CJK_SANS, escapeHtml, paragraphs } from './html.js'

export interface ReplyLetterValues {
  /** the registering centre that answers (受理中心) */
  centreName: string
  caseNumber: string
  trackingCode: string
  /** where to follow up and rate the result */
  trackingUrl: string
  recipient: { name: string; address: string }
  /** how the matter came in: the opening sentence says 来信, 传真 or 来访 */
  channel: string
  /** 信件编号 of the letter being answered */
  letterNumber?: string | null
  /** the day the letter (fax, visit …) arrived, YYYY-MM-DD */
  receivedDay: string
  /** 办理结果 */
  resultText: string
  date: Date
  /** 补充材料 the sender added, oldest first */
  material?: AddedMaterial[]
  /** 办理佐证材料: the file names of the evidence the result came with (no officer or unit named) */
  evidence?: string[]
}

export interface AddedMaterial {
  at: string | Date
  /** the channel as the sender knows it (网上进度查询页, 电子邮件回复, 短信, 春城热线来电（话务员代录） …) */
  channelLabel: string
  text: string
  files: string[]
}

/** A line of the letter, not a copy: the text's first characters. */
const SUMMARY_CHARS = 60
function summary(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  const chars = Array.from(flat)
  return chars.length > SUMMARY_CHARS ? chars.slice(0, SUMMARY_CHARS).join('') + '……' : flat
}

function materialRecord(items: AddedMaterial[] | undefined): string {
  if (!items?.length) return ''
  const lines = items.map((m) => {
    const text = summary(m.text)
    const files = m.files.length ? `（附件：${m.files.map(escapeHtml).join('、')}）` : ''
    return `<li>${chineseDate(new Date(m.at))}，${escapeHtml(m.channelLabel)}：${text ? escapeHtml(text) : '（无文字）'}${files}</li>`
  })
  return `<p>办理期间，您补充了以下材料，已一并转交承办单位：</p><ol class="material">${lines.join('')}</ol>`
}

const CSS = `
.fold { position: absolute; left: 3mm; width: 5mm; border-top: 0.2mm solid #999; }
.window { position: absolute; top: 45mm; left: 20mm; width: 85mm; height: 45mm; overflow: hidden; font-family: ${CJK_SANS}; }
.window .return { font-size: 7pt; line-height: 1.3; border-bottom: 0.2mm solid #000; padding-bottom: 1mm; margin-bottom: 3mm; white-space: nowrap; overflow: hidden; }
.window .address { font-size: 11pt; line-height: 1.45; }
.window .name { font-size: 12pt; margin-top: 2mm; }
.ref { position: absolute; top: 50mm; left: 125mm; width: 70mm; font-family: ${CJK_SANS}; font-size: 9.5pt; line-height: 1.6; }
.ref dt { float: left; clear: left; width: 20mm; color: #333; }
.ref dd { margin: 0 0 0 20mm; }
.head { position: absolute; top: 16mm; left: 25mm; right: 20mm; text-align: center; }
.head .centre { font-size: 20pt; font-weight: bold; letter-spacing: 0.1em; }
.head .rule { border-top: 0.6mm solid #000; margin-top: 3mm; }
.body { padding: 100mm 20mm 0 25mm; }
.body h1 { font-size: 16pt; text-align: center; margin: 0 0 6mm; }
.body p { margin: 0 0 2.5mm; text-indent: 2em; text-align: justify; }
.body p.salutation { text-indent: 0; }
.body .result { margin: 3mm 0 3mm; }
.body ol.material { margin: 0 0 3mm; padding-left: 2em; font-size: 10pt; line-height: 1.5; }
.body .sign { margin-top: 12mm; text-align: right; padding-right: 10mm; }
.body .sign p { text-indent: 0; margin: 0; text-align: right; }
.body .note { margin-top: 14mm; font-family: ${CJK_SANS}; font-size: 8.5pt; color: #333; border-top: 0.2mm solid #999; padding-top: 2mm; }
.body .note p { text-indent: 0; }
`

/** 您于2026年1月7日的来信（来信编号：…）收悉 / 发来的传真收悉 / 来访反映的问题收悉 */
function opening(v: ReplyLetterValues): string {
  const day = chineseDay(v.receivedDay)
  switch (v.channel) {
    case 'letter': return `您于${day}的来信${v.letterNumber ? `（来信编号：${escapeHtml(v.letterNumber)}）` : ''}收悉。`
    case 'fax': return `您于${day}发来的传真收悉。`
    case 'visit': return `您于${day}来访反映的问题收悉。`
    default: return `您于${day}反映的问题收悉。`
  }
}

export function renderReplyLetter(v: ReplyLetterValues): string {
  const body = `
<div class="sheet">
  <div class="fold" style="top:105mm"></div>
  <div class="fold" style="top:210mm"></div>
  <div class="head"><div class="centre">${escapeHtml(v.centreName)}</div><div class="rule"></div></div>
  <div class="window" data-block="address">
    <div class="return">寄件人：${escapeHtml(v.centreName)}</div>
    <div class="address">${escapeHtml(v.recipient.address)}</div>
    <div class="name">${escapeHtml(v.recipient.name)}&nbsp;收</div>
  </div>
  <dl class="ref">
    <dt>案件编号</dt><dd>${escapeHtml(v.caseNumber)}</dd>
    ${v.letterNumber ? `<dt>来信编号</dt><dd>${escapeHtml(v.letterNumber)}</dd>` : ''}
    <dt>查询码</dt><dd>${escapeHtml(v.trackingCode)}</dd>
    <dt>日期</dt><dd>${chineseDate(v.date)}</dd>
  </dl>
  <div class="body">
    <h1>${v.channel === 'letter' ? '关于来信反映问题的答复' : '关于您反映问题的答复'}</h1>
    <p class="salutation">${escapeHtml(v.recipient.name)}：</p>
    <p>${opening(v)}我中心已登记受理（案件编号：${escapeHtml(v.caseNumber)}），并交有关单位依法办理。</p>
    ${materialRecord(v.material)}
    <p>现将办理结果答复如下：</p>
    <div class="result">${paragraphs(v.resultText)}</div>
    ${v.evidence?.length ? `<p>承办单位随办理结果提交了佐证材料：${v.evidence.map(escapeHtml).join('、')}。</p>` : ''}
    <p>如对以上答复有意见，可凭查询码 ${escapeHtml(v.trackingCode)} 和受理回执上的查询密码，登录 ${escapeHtml(v.trackingUrl)} 查看办理过程并对办理结果进行评价，也可来信、来访向本中心反映。</p>
    <p>特此函复。</p>
    <div class="sign"><p>${escapeHtml(v.centreName)}</p><p>${chineseDate(v.date)}</p></div>
    <div class="note"><p>本函仅寄送来信人本人。案件编号 ${escapeHtml(v.caseNumber)}。</p></div>
  </div>
</div>`
  return a4Document(`答复函 ${v.caseNumber}`, CSS, body)
}

/**
 * The notification mails to complainants (反馈), in Chinese: plain text and a simple HTML copy.
 * Pure: values in, { subject, text, html } out. Every subject carries the case number, so a
 * reply finds its case even when the mail client drops In-Reply-To.
 */

export interface RenderedEmail {
  subject: string
  text: string
  html: string
}

interface Common {
  /** PUBLIC_BASE_URL, without a trailing slash */
  publicBaseUrl: string
  /** 案件编号, e.g. KM20250301000012 */
  caseNumber: string
  /** the complaint's title, repeated so the citizen knows which one */
  title?: string
  /** how to address the citizen (张三); anonymous or unknown: 您好 */
  name?: string
  /** the sender shown in the signature; default 群众诉求中心 */
  centreName?: string
}

export interface ReceiptValues extends Common {
  trackingCode: string
  pin: string
  receivedAt?: Date
  /** attachments of the sender's mail that were not kept, each with why (named so nothing is lost in silence) */
  refused?: { filename: string; note: string }[]
}

export interface AcceptedValues extends Common {
  /** the unit that will handle it (承办单位), when known */
  unitName?: string
  /** when a result is due */
  dueAt?: Date
}

export interface RejectedValues extends Common {
  /** 不予受理的理由 */
  reason: string
}

export interface ResultValues extends Common {
  /** 办理结果: the approved reply text */
  reply: string
  unitName?: string
}

export interface EvaluationRequestValues extends Common {
  /** the tracking code again, since rating online needs it with the PIN */
  trackingCode?: string
  /** days the citizen has to rate before the case closes; default 7 */
  days?: number
}

const DEFAULT_CENTRE = '群众诉求中心'

export function trackingLink(publicBaseUrl: string): string {
  return `${publicBaseUrl.replace(/\/+$/, '')}/portal/track`
}

/** 2025年3月1日 09:30 (Asia/Shanghai). */
export function formatChineseDate(d: Date, withTime = true): string {
  const parts = Object.fromEntries(new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Asia/Shanghai', year: 'numeric', month: 'numeric', day: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
  }).formatToParts(d).map((p) => [p.type, p.value]))
  const date = `${parts.year}年${Number(parts.month)}月${Number(parts.day)}日`
  return withTime ? `${date} ${parts.hour}:${parts.minute}` : date
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!)
}

/** A paragraph of plain text as HTML: escaped, line breaks kept. */
function para(s: string): string {
  return `<p>${escapeHtml(s).replace(/\r?\n/g, '<br>')}</p>`
}

function greeting(v: Common): string {
  return v.name ? `${v.name}，您好：` : '您好：'
}

function signature(v: Common): string {
  return v.centreName || DEFAULT_CENTRE
}

const FOOTER = '本邮件由系统自动发送。如需补充材料，可直接回复本邮件（只有回复本邮件才会加入您的诉求）。'

interface Section {
  /** label: value rows shown as a small table in HTML */
  rows?: Array<[string, string]>
  /** free text paragraphs */
  paragraphs?: string[]
  /** a quoted block (the reply, the reason) */
  quote?: string
  link?: { label: string; href: string }
}

function render(v: Common, subject: string, intro: string, sections: Section[]): RenderedEmail {
  const text: string[] = [greeting(v), '', intro, '']
  const html: string[] = [para(greeting(v)), para(intro)]
  for (const s of sections) {
    if (s.rows?.length) {
      for (const [k, val] of s.rows) text.push(`${k}：${val}`)
      text.push('')
      html.push('<table style="border-collapse:collapse">' + s.rows.map(([k, val]) =>
        `<tr><td style="padding:2px 12px 2px 0;color:#555">${escapeHtml(k)}</td><td style="padding:2px 0"><strong>${escapeHtml(val)}</strong></td></tr>`).join('') + '</table>')
    }
    if (s.quote) {
      text.push(...s.quote.split(/\r?\n/).map((l) => `    ${l}`), '')
      html.push(`<blockquote style="margin:8px 0;padding:4px 12px;border-left:3px solid #c00;color:#333">${escapeHtml(s.quote).replace(/\r?\n/g, '<br>')}</blockquote>`)
    }
    for (const p of s.paragraphs ?? []) {
      text.push(p, '')
      html.push(para(p))
    }
    if (s.link) {
      text.push(`${s.link.label}：${s.link.href}`, '')
      html.push(`<p>${escapeHtml(s.link.label)}：<a href="${escapeHtml(s.link.href)}">${escapeHtml(s.link.href)}</a></p>`)
    }
  }
  text.push(signature(v), '', `—— ${FOOTER}`)
  html.push(para(signature(v)), `<p style="color:#888;font-size:12px">${escapeHtml(FOOTER)}</p>`)
  return {
    subject,
    text: text.join('\n').replace(/\n{3,}/g, '\n\n') + '\n',
    html: `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head><body style="font-family:sans-serif;font-size:14px;line-height:1.6">${html.join('\n')}</body></html>`,
  }
}

function titleRow(v: Common): Array<[string, string]> {
  return v.title ? [['诉求标题', v.title]] : []
}

/** 受理回执: received, with the tracking code and PIN to follow it. */
export function receiptEmail(v: ReceiptValues): RenderedEmail {
  return render(v, `【诉求已收到】案件编号 ${v.caseNumber}`, '我们已收到您反映的诉求，将按规定时限办理。请妥善保存以下信息，凭查询码和密码可随时查询办理进度、补充材料和评价办理结果。', [
    {
      rows: [
        ['案件编号', v.caseNumber],
        ...titleRow(v),
        ...(v.receivedAt ? [['收到时间', formatChineseDate(v.receivedAt)] as [string, string]] : []),
        ['查询码', v.trackingCode],
        ['查询密码', v.pin],
      ],
    },
    { link: { label: '查询进度', href: trackingLink(v.publicBaseUrl) } },
    ...(v.refused?.length ? [{ paragraphs: [`以下附件未能保存：${v.refused.map((r) => `${r.filename}（${r.note}）`).join('；')}。如需提交，请转为图片或 PDF 后回复本邮件，或到接待窗口提交。`] }] : []),
    { paragraphs: ['查询密码仅在本邮件中出现一次，请勿转告他人。'] },
  ])
}

/** 已受理. */
export function acceptedEmail(v: AcceptedValues): RenderedEmail {
  const rows: Array<[string, string]> = [['案件编号', v.caseNumber], ...titleRow(v)]
  if (v.unitName) rows.push(['承办单位', v.unitName])
  if (v.dueAt) rows.push(['预计办结', formatChineseDate(v.dueAt, false)])
  return render(v, `【诉求已受理】案件编号 ${v.caseNumber}`, '您反映的诉求经审查已予受理，正在交办相关单位处理。', [
    { rows },
    { link: { label: '查询进度', href: trackingLink(v.publicBaseUrl) } },
  ])
}

/** 不予受理, with the reason. */
export function rejectedEmail(v: RejectedValues): RenderedEmail {
  return render(v, `【诉求不予受理】案件编号 ${v.caseNumber}`, '经审查，您反映的诉求不予受理，理由如下：', [
    { rows: [['案件编号', v.caseNumber], ...titleRow(v)] },
    { quote: v.reason },
    { paragraphs: ['如对此有异议，可回复本邮件说明情况，或通过查询页面补充材料。'] },
    { link: { label: '查询详情', href: trackingLink(v.publicBaseUrl) } },
  ])
}

/** 办理结果: the reply text. */
export function resultEmail(v: ResultValues): RenderedEmail {
  const rows: Array<[string, string]> = [['案件编号', v.caseNumber], ...titleRow(v)]
  if (v.unitName) rows.push(['承办单位', v.unitName])
  return render(v, `【办理结果】案件编号 ${v.caseNumber}`, '您反映的诉求已办理完毕，办理结果如下：', [
    { rows },
    { quote: v.reply },
    { paragraphs: ['稍后我们将请您对办理结果进行评价。'] },
    { link: { label: '查询详情', href: trackingLink(v.publicBaseUrl) } },
  ])
}

/** 评价: how to rate — online, or by replying 1 / 2 / 3. */
export function evaluationRequestEmail(v: EvaluationRequestValues): RenderedEmail {
  const days = v.days ?? 7
  const rows: Array<[string, string]> = [['案件编号', v.caseNumber], ...titleRow(v)]
  if (v.trackingCode) rows.push(['查询码', v.trackingCode])
  return render(v, `【请评价】案件编号 ${v.caseNumber}`, '您反映的诉求已办结，请对办理结果进行评价。', [
    { rows },
    { paragraphs: ['直接回复本邮件即可评价：回复1满意 2基本满意 3不满意（只需回复一个数字）。'] },
    { link: { label: '也可凭查询码和密码在线评价', href: trackingLink(v.publicBaseUrl) } },
    { paragraphs: [`如 ${days} 日内未评价，诉求将自动办结。评价为不满意的，我们将重新办理。`] },
  ])
}

/** 主动治理 (issue 23): the problem a complainant reported was dealt with by a task the centre opened itself. */
export function proactiveResultEmail(v: ResultValues): RenderedEmail {
  const rows: Array<[string, string]> = [['案件编号', v.caseNumber], ...titleRow(v)]
  if (v.unitName) rows.push(['治理单位', v.unitName])
  return render(v, `【主动治理】您反映的问题已处理（案件编号 ${v.caseNumber}）`, '您反映的问题，与其他群众反映的同类问题一并由我们主动治理，处理结果如下：', [
    { rows },
    { quote: v.reply },
    { paragraphs: ['您的诉求仍按原流程办理和评价。'] },
    { link: { label: '查询详情', href: trackingLink(v.publicBaseUrl) } },
  ])
}

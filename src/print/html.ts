// Shared pieces of the printable pages (回执, 答复函): escaping, dates in Chinese, the A4 page shell.

export function escapeHtml(s: string | null | undefined): string {
  return (s ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!)
}

/** Paragraphs of plain text (blank lines separate them; single newlines become <br>). */
export function paragraphs(text: string): string {
  return text.trim().split(/\n\s*\n/).map((p) => `<p>${escapeHtml(p).replace(/\n/g, '<br>')}</p>`).join('\n')
}

const shanghai = (d: Date) => Object.fromEntries(new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Asia/Shanghai', year: 'numeric', month: 'numeric', day: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
}).formatToParts(d).map((p) => [p.type, p.value]))

/** 2026年3月1日 (Asia/Shanghai); with `withTime`, 2026年3月1日 09:30. */
export function chineseDate(d: Date, withTime = false): string {
  const p = shanghai(d)
  const date = `${p.year}年${Number(p.month)}月${Number(p.day)}日`
  return withTime ? `${date} ${p.hour}:${p.minute}` : date
}

/** '2026-03-01' → 2026年3月1日 (a calendar date, no time zone involved). */
export function chineseDay(isoDay: string): string {
  const [y, m, d] = isoDay.split('-').map(Number)
  return `${y}年${m}月${d}日`
}

/** Fonts for Chinese print: Noto CJK (Debian's fonts-noto-cjk), then the usual Windows and macOS faces. */
export const CJK_SERIF = `"Noto Serif CJK SC", "Source Han Serif SC", "SimSun", "Songti SC", serif`
export const CJK_SANS = `"Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC", sans-serif`

/** A whole A4 document: no side margins (blocks pad themselves in mm); the first page has no top margin, so its blocks sit at exact mm positions. */
export function a4Document(title: string, css: string, body: string): string {
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>${escapeHtml(title)}</title>
<style>
@page { size: A4; margin: 20mm 0; }
@page :first { margin: 0 0 20mm 0; }
* { box-sizing: border-box; }
html, body { margin: 0; padding: 0; }
body { font-family: ${CJK_SERIF}; font-size: 12pt; line-height: 1.75; color: #000; background: #fff; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
.sheet { position: relative; width: 210mm; padding: 0; margin: 0 auto; }
@media screen { body { background: #eee; } .sheet { background: #fff; margin: 8mm auto; box-shadow: 0 0 4mm rgba(0,0,0,.25); } }
${css}
</style>
</head>
<body>
${body}
</body>
</html>
`
}

/** Headers for a printable page: HTML, never cached, no scripts (it carries personal data). */
export const PRINT_HEADERS = {
  'content-type': 'text/html; charset=utf-8',
  'cache-control': 'no-store',
  'x-content-type-options': 'nosniff',
  'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; base-uri 'none'; form-action 'none'",
  'referrer-policy': 'no-referrer',
} as const

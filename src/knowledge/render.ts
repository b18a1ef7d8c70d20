// An answer's rich text is a small Markdown: paragraphs, "- " list items, **bold** and [links](https://…). It is
// rendered here into HTML that can hold nothing else (everything escaped, only http(s) links), and into plain text
// for the 当场答复 field, SMS and e-mail.

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }
const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ESCAPES[c]!)

const LINK = /\[([^\]\n]{1,200})\]\((https?:\/\/[^\s)]{1,500})\)/g
const BOLD = /\*\*([^*\n]{1,500})\*\*/g

function inline(line: string): string {
  // links and bold are found on the raw text, each piece escaped on its own
  let out = ''
  let last = 0
  for (const m of line.matchAll(LINK)) {
    out += bold(line.slice(last, m.index))
    out += `<a href="${escapeHtml(m[2]!)}" target="_blank" rel="noopener noreferrer">${escapeHtml(m[1]!)}</a>`
    last = m.index! + m[0].length
  }
  return out + bold(line.slice(last))
}

function bold(text: string): string {
  let out = ''
  let last = 0
  for (const m of text.matchAll(BOLD)) {
    out += escapeHtml(text.slice(last, m.index)) + `<strong>${escapeHtml(m[1]!)}</strong>`
    last = m.index! + m[0].length
  }
  return out + escapeHtml(text.slice(last))
}

/** The answer as safe HTML. */
export function renderAnswer(markdown: string): string {
  const blocks: string[] = []
  let list: string[] = []
  const flush = () => { if (list.length) { blocks.push(`<ul>${list.map((li) => `<li>${li}</li>`).join('')}</ul>`); list = [] } }
  for (const raw of markdown.split(/\r?\n/)) {
    const line = raw.trim()
    if (!line) { flush(); continue }
    const item = /^[-*•]\s+(.*)$/.exec(line)
    if (item) { list.push(inline(item[1]!)); continue }
    flush()
    blocks.push(`<p>${inline(line)}</p>`)
  }
  flush()
  return blocks.join('')
}

/** The answer as plain text: links as "text（url）", no markup. */
export function plainAnswer(markdown: string): string {
  return markdown.split(/\r?\n/).map((l) => l.trim()).filter(Boolean)
    .map((l) => l.replace(/^[-*•]\s+/, '· ').replace(LINK, '$1（$2）').replace(BOLD, '$1'))
    .join('\n')
}

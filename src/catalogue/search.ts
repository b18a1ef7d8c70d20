// 分类搜索: a category is found by any word of its name (issue 20, finding 8: "村务" finds 村（居）务公开与管理). Pure, no
// imports: the console's cascader filters with the same function the API searches with.

/** The forms of a text a word is looked for in: as written, without its bracketed parts, and without the brackets. */
export function searchForms(text: string): string[] {
  const t = text.normalize('NFKC').toLowerCase().replace(/\s+/g, '') // NFKC makes （） ()
  return [...new Set([t, t.replace(/\([^)]*\)/g, ''), t.replace(/[()]/g, '')])]
}

/** The words of a query: split on spaces and the usual separators. */
export function queryWords(query: string): string[] {
  return query.normalize('NFKC').toLowerCase().split(/[\s,，、;；/|]+/).filter(Boolean)
}

/** Whether every word of `query` is in one of `texts` (a label, its keywords, its ancestors' labels, its code). */
export function matchesWords(texts: readonly string[], query: string): boolean {
  const words = queryWords(query)
  if (!words.length) return true
  const forms = texts.flatMap(searchForms)
  return words.every((w) => forms.some((f) => f.includes(w)))
}

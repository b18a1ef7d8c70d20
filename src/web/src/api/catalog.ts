// Small lists every form needs (categories from the routing rules), fetched once per session.
import { shallowRef } from 'vue'
import { adminApi } from './admin'
import type { RoutingRule } from './types'

let rules: Promise<RoutingRule[]> | null = null
const labels = shallowRef<Map<string, string>>(new Map())

export function categories(): Promise<RoutingRule[]> {
  if (!rules) {
    rules = adminApi.rules()
    rules.then((list) => { labels.value = new Map(list.map((r) => [r.category, r.label])) }, () => { rules = null })
  }
  return rules
}
export function forgetCategories(): void { rules = null; void categories() }

/** 村（居）务公开与管理 for village_affairs (loads the list the first time; the code until then). */
export function categoryLabel(code: string | null | undefined): string {
  if (!code) return '—'
  if (!rules) void categories().catch(() => {})
  return labels.value.get(code) ?? code
}

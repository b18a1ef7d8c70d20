// The category catalogue (分类目录, src/catalogue): three levels, fetched once per session; every form's category picker
// and every label of a category code read it. categories() keeps the flat shape the older pickers used.
import { shallowRef } from 'vue'
import { currentLocale } from '../i18n'
import { api } from './client'
import type { Answer, Body, Item } from '../../shared/api'
import type { RoutingRule } from './types'

export type CatalogueEntry = Item<Answer<'/api/catalogue'>['items']>
export type CatalogueInput = Body<'/api/catalogue/{code}', 'put'>

export const catalogueApi = {
  list: (all = false) => api.get('/api/catalogue', { query: all ? { all: true } : {} }).then((r) => r.items),
  save: (code: string, body: CatalogueInput) => api.put('/api/catalogue/{code}', body, { path: { code } }),
}

let entries: Promise<CatalogueEntry[]> | null = null
const byCode = shallowRef<Map<string, CatalogueEntry>>(new Map())

/** The active catalogue, parents first (what pickers offer). */
export function catalogue(): Promise<CatalogueEntry[]> {
  if (!entries) {
    // every entry, the inactive ones too, so old cases' codes keep their labels; pickers drop the inactive
    const all = catalogueApi.list(true)
    all.then((list) => { byCode.value = new Map(list.map((e) => [e.code, e])) }, () => { entries = null })
    entries = all.then((list) => list.filter((e) => e.active && e.path.every((c) => byCode.value.get(c)?.active !== false)))
  }
  return entries
}

/** An entry's names from the first level down, in English when the console is (each level's Chinese name where it has no English one). */
export function pathOf(e: CatalogueEntry): string[] {
  return currentLocale.value === 'en' && e.pathLabelsEn?.length ? e.pathLabelsEn : e.pathLabels
}

/** The flat shape of the older pickers: every active entry, its label the path (一级 / 二级 / 三级). */
export function categories(): Promise<RoutingRule[]> {
  return catalogue().then((list) => list.map((e) => ({ category: e.code, label: pathOf(e).join(' / '), level: e.routingLevel ?? 'county' })))
}
export function forgetCategories(): void { entries = null; void catalogue() }

/** 村（居）务公开与管理 for village_affairs, with its parents for a third-level code (loads the catalogue the first time; the code until then). */
export function categoryLabel(code: string | null | undefined): string {
  if (!code) return '—'
  if (!entries) void catalogue().catch(() => {})
  const e = byCode.value.get(code)
  if (!e) return code
  const names = pathOf(e)
  return names.slice(1).join(' / ') || names[0]
}

// vue-i18n: Chinese first, English on the switch; the choice is remembered on this computer.
import { computed } from 'vue'
import { createI18n } from 'vue-i18n'
import zhCnEl from 'element-plus/es/locale/lang/zh-cn.mjs'
import enEl from 'element-plus/es/locale/lang/en.mjs'
import zhCN from './zh-CN'
import en from './en'

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> }
/** English must have every key Chinese has. */
const enChecked: Widen<typeof zhCN> = en

export type Locale = 'zh-CN' | 'en'
const STORAGE_KEY = 'suqiu.locale'

function initialLocale(): Locale {
  try {
    const saved = localStorage.getItem(STORAGE_KEY)
    if (saved === 'en' || saved === 'zh-CN') return saved
  } catch { /* storage may be off */ }
  return 'zh-CN'
}

export const i18n = createI18n({
  legacy: false,
  locale: initialLocale(),
  fallbackLocale: 'zh-CN',
  messages: { 'zh-CN': zhCN as Widen<typeof zhCN>, en: enChecked },
  missingWarn: false,
  fallbackWarn: false,
})

document.documentElement.lang = i18n.global.locale.value

export function setLocale(locale: Locale): void {
  i18n.global.locale.value = locale
  document.documentElement.lang = locale
  try { localStorage.setItem(STORAGE_KEY, locale) } catch { /* ignore */ }
}

export const currentLocale = computed(() => i18n.global.locale.value as Locale)
export const elementLocale = computed(() => (currentLocale.value === 'en' ? enEl : zhCnEl))
export const t = (key: string, named?: Record<string, unknown>) => (named ? i18n.global.t(key, named) : i18n.global.t(key))

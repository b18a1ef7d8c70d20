// vue-i18n for the portal: Chinese first, English on the switch. Only the language choice is remembered
// on the device; tracking codes and PINs never are.
import { createI18n } from 'vue-i18n'
import zhCN from './zh-CN'
import en from './en'

type Widen<T> = T extends string ? string : T extends readonly (infer U)[] ? Widen<U>[] : { [K in keyof T]: Widen<T[K]> }
/** English must have every key Chinese has. */
const enChecked: Widen<typeof zhCN> = en

export type Locale = 'zh-CN' | 'en'
const STORAGE_KEY = 'suqiu.portal.locale'

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

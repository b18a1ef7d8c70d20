// The language choice of both pages (console and portal): Chinese first, English on the switch. Only the
// choice is remembered on the device (each page under its own key); nothing else is ever stored.
import type { Ref } from 'vue'

export type Locale = 'zh-CN' | 'en'

/** The shape of a message tree with every text widened to string: English must have every key Chinese has. */
export type Widen<T> = T extends string ? string : T extends readonly (infer U)[] ? Widen<U>[] : { [K in keyof T]: Widen<T[K]> }

/** The locale saved under `storageKey`, else Chinese. */
export function savedLocale(storageKey: string): Locale {
  try {
    const saved = localStorage.getItem(storageKey)
    if (saved === 'en' || saved === 'zh-CN') return saved
  } catch { /* storage may be off */ }
  return 'zh-CN'
}

/** Switches a page's i18n (its global `locale` ref) and the document's lang, and remembers the choice. */
export function localeSwitch(locale: Ref<string>, storageKey: string): (next: Locale) => void {
  document.documentElement.lang = locale.value
  return (next) => {
    locale.value = next
    document.documentElement.lang = next
    try { localStorage.setItem(storageKey, next) } catch { /* ignore */ }
  }
}

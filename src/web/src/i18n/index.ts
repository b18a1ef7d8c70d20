// vue-i18n for the console: Chinese first, English on the switch (src/web/shared/i18n.ts); Element Plus follows.
import { computed } from 'vue'
import { createI18n } from 'vue-i18n'
import zhCnEl from 'element-plus/es/locale/lang/zh-cn.mjs'
import enEl from 'element-plus/es/locale/lang/en.mjs'
import { localeSwitch, savedLocale, type Locale, type Widen } from '../../shared/i18n'
import zhCN from './zh-CN'
import en from './en'

export type { Locale } from '../../shared/i18n'
const STORAGE_KEY = 'suqiu.locale'
/** English must have every key Chinese has. */
const enChecked: Widen<typeof zhCN> = en

export const i18n = createI18n({
  legacy: false,
  locale: savedLocale(STORAGE_KEY),
  fallbackLocale: 'zh-CN',
  messages: { 'zh-CN': zhCN as Widen<typeof zhCN>, en: enChecked },
  missingWarn: false,
  fallbackWarn: false,
})
export const setLocale = localeSwitch(i18n.global.locale, STORAGE_KEY)

export const currentLocale = computed(() => i18n.global.locale.value as Locale)
export const elementLocale = computed(() => (currentLocale.value === 'en' ? enEl : zhCnEl))
export const t = (key: string, named?: Record<string, unknown>) => (named ? i18n.global.t(key, named) : i18n.global.t(key))

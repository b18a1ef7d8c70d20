// vue-i18n for the portal: Chinese first, English on the switch (src/web/shared/i18n.ts).
import { createI18n } from 'vue-i18n'
import { localeSwitch, savedLocale, type Widen } from '../../shared/i18n'
import zhCN from './zh-CN'
import en from './en'

export type { Locale } from '../../shared/i18n'
const STORAGE_KEY = 'suqiu.portal.locale'
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

// Element Plus's own words (cascader and select: 暂无数据, 加载中) follow the portal's language. Only the
// pages with such components wrap themselves in ElConfigProvider, so the first load does not carry it.
import { computed } from 'vue'
import { useI18n } from 'vue-i18n'
import zhCnEl from 'element-plus/es/locale/lang/zh-cn.mjs'
import enEl from 'element-plus/es/locale/lang/en.mjs'

export function useElLocale() {
  const { locale } = useI18n()
  return computed(() => (locale.value === 'en' ? enEl : zhCnEl))
}

// The staff console: Vue 3, Element Plus (zh-CN first), vue-router, vue-i18n, the /ws live client.
import { createApp } from 'vue'
import { ElMessage } from 'element-plus'
import 'element-plus/dist/index.css'
import './styles/app.css'
import App from './App.vue'
import { router } from './router'
import { i18n, currentLocale, t } from './i18n'
import { ApiError, setErrorReporter, setUnauthenticatedHandler } from './api/client'
import { forgetSession } from './session'
import { createLive } from './live'

function showError(err: ApiError): void {
  const en = currentLocale.value === 'en'
  const msg = en ? err.messageEn : err.messageZh
  // field messages of our own come in both languages; a schema validator's are English only (the main message names the fields)
  const details = [...new Set(err.fields?.map((f) => (en ? f.messageEn ?? f.message : /[\u4e00-\u9fff]/.test(f.message) ? f.message : '')).filter(Boolean) ?? [])]
  const fields = details.length ? (en ? ': ' : '：') + details.join(en ? '; ' : '；') : ''
  // the request id helps only with a server fault (5xx): a refused input or a wrong password says what to do
  const rid = err.requestId && err.status >= 500 ? (en ? ` (${t('common.requestId')} ${err.requestId})` : `（${t('common.requestId')} ${err.requestId}）`) : ''
  ElMessage({ type: 'error', message: `${msg}${fields}${rid}`, duration: 6000, showClose: true, grouping: true })
}

function sessionEnded(): void {
  live.stop()
  forgetSession()
  if (router.currentRoute.value.path !== '/login') {
    ElMessage({ type: 'warning', message: t('errors.sessionEnded'), grouping: true })
    void router.push({ path: '/login', query: { next: router.currentRoute.value.fullPath } })
  }
}

setErrorReporter(showError)
setUnauthenticatedHandler(sessionEnded)
const live = createLive(sessionEnded)

// an API error has already been shown (a toast, or the page's own 暂未开放 / message): not a programming error
window.addEventListener('unhandledrejection', (e) => { if (e.reason instanceof ApiError) e.preventDefault() })

const app = createApp(App)
app.config.errorHandler = (err, _instance, info) => {
  if (err instanceof ApiError) return
  console.error(err, info)
}
app.use(i18n).use(router).mount('#app')

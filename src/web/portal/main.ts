// The citizens' portal (/portal/): submit, track and rate without an account, and the open figures.
// Element Plus components are imported where they are used (with their own CSS), not the whole library.
import { createApp } from 'vue'
import 'element-plus/theme-chalk/base.css'
import './styles.css'
import App from './App.vue'
import { router } from './router'
import { i18n } from './i18n'

// An API error is shown by the page that made the call: not a programming error. Checked by name so the
// first load does not carry the API client (only the pages that call the API do).
const isApiError = (e: unknown) => (e as Error | null)?.name === 'ApiError'
window.addEventListener('unhandledrejection', (e) => { if (isApiError(e.reason)) e.preventDefault() })

const app = createApp(App)
app.config.errorHandler = (err, _instance, info) => {
  if (isApiError(err)) return
  console.error(err, info)
}
app.use(i18n).use(router).mount('#app')

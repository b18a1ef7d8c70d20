// /portal/… pages; every page but the home one is its own chunk, and only 公开 loads ECharts.
import { createRouter, createWebHistory } from 'vue-router'
import HomeView from './views/HomeView.vue'
import { i18n } from './i18n'

export const router = createRouter({
  history: createWebHistory('/portal/'),
  routes: [
    { path: '/', component: HomeView, meta: { title: 'nav.home' } },
    { path: '/submit', component: () => import('./views/SubmitView.vue'), meta: { title: 'nav.submit' } },
    { path: '/track', component: () => import('./views/TrackView.vue'), meta: { title: 'nav.track' } },
    { path: '/faq', component: () => import('./views/FaqView.vue'), meta: { title: 'nav.faq' } },
    { path: '/open', component: () => import('./views/OpenView.vue'), meta: { title: 'nav.open' } },
    { path: '/open/process', component: () => import('./views/ProcessView.vue'), meta: { title: 'nav.open' } },
    { path: '/open/ranking', component: () => import('./views/RankingView.vue'), meta: { title: 'nav.open' } },
    { path: '/open/hotspots', component: () => import('./views/HotspotsView.vue'), meta: { title: 'nav.open' } },
    { path: '/:rest(.*)*', redirect: '/' },
  ],
  scrollBehavior: () => ({ top: 0 }),
})

router.afterEach((to) => {
  const t = i18n.global.t
  document.title = `${t(String(to.meta.title ?? 'nav.home'))} · ${t('city')}${t('brand')}`
})

// Routes, each with the roles that work there; every role lands on its own page.
import { createRouter, createWebHistory, type RouteRecordRaw } from 'vue-router'
import { landingOf, restoreSession, session } from './session'
import type { Role } from './api/types'

declare module 'vue-router' {
  interface RouteMeta { roles?: Role[]; public?: boolean; title?: string }
}

const ALL: Role[] = ['operator', 'clerk', 'dispatcher', 'officer', 'supervisor', 'inspector', 'admin']

const routes: RouteRecordRaw[] = [
  { path: '/login', component: () => import('./views/LoginView.vue'), meta: { public: true, title: 'login.title' } },
  { path: '/password', component: () => import('./views/PasswordView.vue'), meta: { roles: ALL, title: 'password.title' } },
  { path: '/second-factor', component: () => import('./views/SecondFactorView.vue'), meta: { roles: ALL, title: 'secondFactor.title' } },
  {
    path: '/',
    component: () => import('./views/ConsoleLayout.vue'),
    children: [
      { path: '', redirect: () => (session.user ? landingOf[session.user.role] : '/login') },
      { path: 'work', component: () => import('./views/officer/WorkQueue.vue'), meta: { roles: ['officer', 'supervisor', 'dispatcher'], title: 'nav.work' } },
      { path: 'cases', component: () => import('./views/cases/CaseSearch.vue'), meta: { roles: ALL, title: 'nav.cases' } },
      { path: 'cases/:id(\\d+)', component: () => import('./views/cases/CasePage.vue'), meta: { roles: ALL, title: 'nav.cases' }, props: (r) => ({ id: Number(r.params.id) }) },
      { path: 'intake', component: () => import('./views/dispatcher/IntakeDesk.vue'), meta: { roles: ['dispatcher', 'supervisor'], title: 'nav.intake' } },
      { path: 'calls', component: () => import('./views/operator/CallDesk.vue'), meta: { roles: ['operator', 'dispatcher'], title: 'nav.calls' } },
      { path: 'callbacks', component: () => import('./views/operator/CallbackTasks.vue'), meta: { roles: ['operator'], title: 'nav.callbacks' } },
      { path: 'register', component: () => import('./views/clerk/PaperDesk.vue'), meta: { roles: ['clerk', 'dispatcher'], title: 'nav.register' } },
      { path: 'exports', component: () => import('./views/cases/MyExports.vue'), meta: { roles: ALL, title: 'desk.myExports' } },
      { path: 'knowledge', component: () => import('./views/knowledge/KnowledgeBase.vue'), meta: { roles: ALL, title: 'nav.knowledge' } },
      { path: 'cohandling', component: () => import('./views/cohandling/PartsQueue.vue'), meta: { roles: ['officer', 'supervisor'], title: 'cohandling.queue' } },
      { path: 'notices', component: () => import('./views/supervision/NoticesInbox.vue'), meta: { roles: ['officer', 'supervisor', 'inspector', 'dispatcher'], title: 'notices.title' } },
      { path: 'board', component: () => import('./views/board/SupervisionBoard.vue'), meta: { roles: ['supervisor', 'inspector', 'admin', 'dispatcher'], title: 'nav.board' } },
      { path: 'hotspots', component: () => import('./views/hotspots/HotspotsView.vue'), meta: { roles: ['supervisor', 'inspector', 'dispatcher', 'officer'], title: 'hotspots.title' } },
      { path: 'accountability', component: () => import('./views/accountability/AccountabilityRecords.vue'), meta: { roles: ['inspector'], title: 'nav.accountability' } },
      { path: 'admin/responsible-people', component: () => import('./views/accountability/ResponsiblePeople.vue'), meta: { roles: ['admin'], title: 'nav.responsiblePeople' } },
      { path: 'admin/users', component: () => import('./views/admin/UsersAdmin.vue'), meta: { roles: ['admin'], title: 'nav.users' } },
      { path: 'admin/units', component: () => import('./views/admin/UnitsAdmin.vue'), meta: { roles: ['admin'], title: 'nav.units' } },
      { path: 'admin/rules', component: () => import('./views/admin/RulesAdmin.vue'), meta: { roles: ['admin'], title: 'nav.rules' } },
      { path: 'admin/templates', component: () => import('./views/admin/TemplatesAdmin.vue'), meta: { roles: ['admin'], title: 'nav.templates' } },
      { path: 'admin/holidays', component: () => import('./views/admin/HolidaysAdmin.vue'), meta: { roles: ['admin'], title: 'nav.holidays' } },
      { path: 'admin/outbox', component: () => import('./views/admin/OutboxAdmin.vue'), meta: { roles: ['admin'], title: 'nav.outbox' } },
    ],
  },
  { path: '/:rest(.*)*', redirect: '/' },
]

export const router = createRouter({ history: createWebHistory(), routes })

router.beforeEach(async (to) => {
  const user = await restoreSession()
  if (to.meta.public) return user && to.path === '/login' ? landingOf[user.role] : true
  if (!user) return { path: '/login', query: to.fullPath !== '/' ? { next: to.fullPath } : {} }
  if (session.mustChangePassword && to.path !== '/password') return '/password'
  if (session.mustEnrolSecondFactor && !session.mustChangePassword && to.path !== '/second-factor') return '/second-factor'
  if (to.meta.roles && !to.meta.roles.includes(user.role)) return landingOf[user.role]
  return true
})

/** The menu: what each role sees, in the order they use it. */
export interface MenuItem { path: string; title: string; icon: string; roles: Role[] }
export const menu: MenuItem[] = [
  { path: '/calls', title: 'nav.calls', icon: 'phone', roles: ['operator'] },
  { path: '/callbacks', title: 'nav.callbacks', icon: 'callback', roles: ['operator'] },
  { path: '/register', title: 'nav.register', icon: 'letter', roles: ['clerk', 'dispatcher'] },
  { path: '/intake', title: 'nav.intake', icon: 'intake', roles: ['dispatcher', 'supervisor'] },
  { path: '/work', title: 'nav.work', icon: 'work', roles: ['officer', 'supervisor', 'dispatcher'] },
  { path: '/cohandling', title: 'cohandling.queue', icon: 'work', roles: ['officer', 'supervisor'] },
  { path: '/notices', title: 'notices.title', icon: 'board', roles: ['officer', 'supervisor', 'inspector'] },
  { path: '/board', title: 'nav.board', icon: 'board', roles: ['supervisor', 'inspector', 'admin', 'dispatcher'] },
  { path: '/accountability', title: 'nav.accountability', icon: 'board', roles: ['inspector'] },
  { path: '/hotspots', title: 'hotspots.title', icon: 'board', roles: ['supervisor', 'inspector', 'dispatcher'] },
  { path: '/cases', title: 'nav.cases', icon: 'search', roles: ALL },
  { path: '/knowledge', title: 'nav.knowledge', icon: 'search', roles: ALL },
  { path: '/exports', title: 'desk.myExports', icon: 'outbox', roles: ALL },
  { path: '/admin/users', title: 'nav.users', icon: 'users', roles: ['admin'] },
  { path: '/admin/units', title: 'nav.units', icon: 'units', roles: ['admin'] },
  { path: '/admin/responsible-people', title: 'nav.responsiblePeople', icon: 'users', roles: ['admin'] },
  { path: '/admin/rules', title: 'nav.rules', icon: 'rules', roles: ['admin'] },
  { path: '/admin/templates', title: 'nav.templates', icon: 'rules', roles: ['admin'] },
  { path: '/admin/holidays', title: 'nav.holidays', icon: 'calendar', roles: ['admin'] },
  { path: '/admin/outbox', title: 'nav.outbox', icon: 'outbox', roles: ['admin'] },
]

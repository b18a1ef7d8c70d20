// What the console lacked after the API had it: an admin resets a user's lost second factor (重置二次验证, issue 17); the
// county replaces a returned assisting unit on the case page (更换协办单位, issue 22); an inspector reads a 问责 record and
// decides it (问责线索, issue 22). One console and one browser for the three.
import t from 'tap'
import { login, logComplaint, sendEvent, unitOf, type Session } from '../helper.js'
import { openCaseRecords } from '../../src/accountability/open.js'
import { launchBrowser, liveReady, openTab, PASSWORD, screenshot, signInAs, startConsole } from './support.js'

t.setTimeout(10 * 60_000)

const CITY = '530100'
const WUHUA = '530102'
const HUASHAN = '530102001'
const PANLONG = '530103'

const c = await startConsole(t)
const browser = await launchBrowser(t)
/** the township divisions of Wuhua other than Huashan, by code */
const townships = (await c.sql`select code, name from divisions where parent_code = ${WUHUA} and code <> ${HUASHAN} order by code limit 2`)
  .map((r) => ({ code: r.code as string, name: r.name as string }))

async function ok(s: Session, id: number, body: Record<string, unknown>) {
  const res = await sendEvent(s, id, body)
  if (res.statusCode !== 200) throw new Error(`${body.type}: ${res.statusCode} ${res.body.slice(0, 300)}`)
  return res.json()
}

t.test('an admin resets the second factor of a user of the county; the user sets one up again at the next sign-in', async (t) => {
  const admin = await c.user('admin', WUHUA, '五华区管理员')
  const target = await c.user('inspector', HUASHAN, '王监察')
  const moved = await c.user('inspector', townships[0].code, '赵监察')
  const outsider = await c.user('inspector', PANLONG, '盘龙监察')
  const fresh = await c.user('officer', HUASHAN, '未设置者')

  const tab = await openTab(browser, c.baseUrl, t)
  const { page } = tab
  await signInAs(tab, admin.username)
  await page.goto('/admin/users')
  const rowOf = (username: string) => page.locator('[data-test=users-table] .el-table__row').filter({ has: page.locator('.mono', { hasText: new RegExp(`^${username}$`) }) })
  await rowOf(target.username).waitFor()
  t.match(await rowOf(target.username).locator('[data-test=user-factor]').innerText(), '已设置', 'the list says who has a second factor')
  t.equal(await rowOf(outsider.username).count(), 0, 'a user of another county is not listed, so offers nothing to reset')
  t.equal(await rowOf(fresh.username).locator('[data-test=reset-factor]').count(), 0, 'nothing to reset for a user without a factor')
  t.equal(await rowOf(admin.username).locator('[data-test=reset-factor]').count(), 0, 'nor for the admin themself')
  const refused = await login(c.app, (await c.user('admin', PANLONG)).username, PASSWORD)
  t.equal((await refused.post(`/api/users/${target.id}/second-factor/reset`, { reason: '手机丢失' })).statusCode, 403, 'the API refuses an admin of another county')

  await rowOf(target.username).locator('[data-test=reset-factor]').click()
  const box = page.locator('.reset-factor-confirm')
  await box.waitFor()
  t.match(await box.innerText(), '王监察', 'the confirmation names the person')
  await box.locator('input').fill('手机丢失，本人申请重置')
  await box.locator('.el-button--primary').click()
  await page.locator('.el-message--success', { hasText: '已重置 王监察' }).waitFor()
  await rowOf(target.username).locator('[data-test=user-factor]', { hasText: '未设置' }).waitFor()
  t.equal(await rowOf(target.username).locator('[data-test=reset-factor]').count(), 0, 'nothing left to reset')
  await screenshot(page, 'admin-second-factor-reset')
  const [row] = await c.sql`select totp_enabled_at from users where id = ${target.id}`
  t.equal(row.totp_enabled_at, null, 'the factor is gone')

  // a user moved to another county after the list was shown: the API refuses, the page says why
  await c.sql`update users set unit_id = ${(await unitOf(c.db, PANLONG)).id} where id = ${moved.id}`
  await rowOf(moved.username).locator('[data-test=reset-factor]').click()
  await box.waitFor()
  await box.locator('input').fill('手机丢失')
  await box.locator('.el-button--primary').click()
  await page.locator('.el-message--error', { hasText: '超出本单位管辖范围' }).waitFor()
  const [still] = await c.sql`select totp_enabled_at from users where id = ${moved.id}`
  t.not(still.totp_enabled_at, null, 'the refused reset changed nothing')
  t.same(tab.errors.filter((e) => !/status of 403/.test(e)), [], 'no page errors besides the refusal')

  // the user signs in with the password alone and is taken to set up an authenticator
  const u = await openTab(browser, c.baseUrl, t)
  await u.page.goto('/login')
  await u.page.locator('[data-test=username]').fill(target.username)
  await u.page.locator('[data-test=password]').fill(PASSWORD)
  await u.page.locator('[data-test=login-submit]').click()
  await u.page.waitForURL((url) => url.pathname === '/second-factor')
  t.equal(await u.page.locator('[data-test=login-code]').count(), 0, 'no code is asked of a user without a factor')
  t.pass('the next sign-in opens 二次验证 to set one up')
})

t.test('the county replaces a returned assisting unit on the case page; the page shows the new unit', async (t) => {
  const [b, other] = townships
  const operator = await login(c.app, (await c.user('operator', CITY)).username, PASSWORD)
  const dispatcher = await login(c.app, (await c.user('dispatcher', CITY)).username, PASSWORD)
  const assisting = await login(c.app, (await c.user('officer', b.code)).username, PASSWORD)
  const countySup = await c.user('supervisor', WUHUA, '五华区督办')
  const lead = await c.user('officer', HUASHAN, '华山承办')
  const units = { county: await unitOf(c.db, WUHUA), lead: await unitOf(c.db, HUASHAN), b: await unitOf(c.db, b.code), other: await unitOf(c.db, other.code) }
  const created = await logComplaint(operator)
  await ok(dispatcher, created.id, { type: 'REGISTER', category: 'village_affairs' })
  await ok(dispatcher, created.id, { type: 'DISPATCH', chain: [units.county.id, units.lead.id], assisting: [{ unitId: units.b.id, workingDays: 2 }] })

  const s = await openTab(browser, c.baseUrl, t)
  await signInAs(s, countySup.username)
  await s.page.goto(`/cases/${created.id}`)
  const parts = s.page.locator('[data-test=case-part]')
  await parts.filter({ hasText: units.b.name }).filter({ hasText: '待签收' }).waitFor()
  t.equal(await s.page.locator('[data-test=part-replace]').count(), 0, 'nothing to replace before a return')

  // the assisting unit returns its part while the county's page is open: the page learns it live
  await liveReady(s.page)
  await ok(assisting, created.id, { type: 'PART_RETURN', reason: '非本单位职责范围' })
  const returned = parts.filter({ hasText: units.b.name })
  await returned.locator('[data-test=part-replace]').waitFor()
  t.match(await returned.innerText(), '非本单位职责范围', 'the return reason is shown with the part')

  await returned.locator('[data-test=part-replace]').click()
  const dialog = s.page.locator('[data-test=part-replace-dialog]')
  await dialog.locator('[data-test=division-cascader] input').click()
  const node = s.page.locator('.el-cascader-panel:visible .el-cascader-node', { hasText: other.name })
  await node.locator('.el-radio').click()
  await dialog.locator(`[data-test=division-cascader][data-value="${other.code}"]`).waitFor()
  // a click beside the cascader closes its list, which could lie over the dialog's buttons
  await dialog.locator('p').first().click()
  await node.waitFor({ state: 'hidden' })
  await dialog.locator('[data-test=unit-select]').getByText(units.other.name).waitFor()
  await dialog.locator('[data-test=part-replace-confirm]').click()
  await s.page.locator('.el-message--success', { hasText: '已更换协办单位' }).waitFor()
  await parts.filter({ hasText: units.other.name }).filter({ hasText: '待签收' }).waitFor()
  t.match(await returned.locator('[data-test=part-replaced-by]').innerText(), units.other.name, 'the returned part names its replacement')
  t.equal(await s.page.locator('[data-test=part-replace]').count(), 0, 'replaced once: no button left')
  await screenshot(s.page, 'cohandling-part-replaced')
  const rows = await c.sql`select unit_id, status from case_parts where case_id = ${created.id} order by seq`
  t.same(rows.map((r) => [Number(r.unit_id), r.status]), [[units.b.id, 'returned'], [units.other.id, 'assigned']], 'the new part is stored')

  // the lead is not the unit that names a replacement
  const l = await openTab(browser, c.baseUrl, t)
  await signInAs(l, lead.username)
  await l.page.goto(`/cases/${created.id}`)
  await l.page.locator('[data-test=case-part]').filter({ hasText: units.other.name }).filter({ hasText: '待签收' }).waitFor()
  t.equal(await l.page.locator('[data-test=part-replace]').count(), 0, 'the lead sees the parts but no 更换协办单位')
  t.same(s.errors, [], 'no page errors for the county')
  t.same(l.errors, [], 'none for the lead')
})

t.test('an inspector opens a 问责 record: the facts, the people in office, no complainant; decides it once', async (t) => {
  const operator = await login(c.app, (await c.user('operator', CITY)).username, PASSWORD)
  const dispatcher = await login(c.app, (await c.user('dispatcher', CITY)).username, PASSWORD)
  const rootSupervisor = await login(c.app, (await c.user('supervisor', CITY)).username, PASSWORD)
  const county = await login(c.app, (await c.user('officer', WUHUA)).username, PASSWORD)
  const inspector = await c.user('inspector', CITY, '市监察员')
  const unit = await unitOf(c.db, WUHUA)
  await c.sql`insert into unit_responsible_people (unit_id, role, name, title, valid_from) values
    (${unit.id}, 'principal', '张明', '区委书记', '2020-01-01'), (${unit.id}, 'responsible', '赵六', '信访科科长', '2020-01-01')`

  const created = await logComplaint(operator)
  const id = created.id
  await ok(dispatcher, id, { type: 'REGISTER', category: 'village_affairs' })
  await ok(dispatcher, id, { type: 'DISPATCH', chain: [unit.id] })
  await ok(county, id, { type: 'SIGN' })
  await ok(county, id, { type: 'SUBMIT_REPLY', text: '经核实，李四（13912345678）反映的问题已解决。', resolved: true })
  await ok(dispatcher, id, { type: 'APPROVE_REPLY' })
  await ok(operator, id, { type: 'SEND_FEEDBACK', text: '您反映的问题已办理。', channel: 'sms' })
  await ok(operator, id, { type: 'EVALUATE', rating: 'unsatisfied' })
  await ok(rootSupervisor, id, { type: 'FIND_UNTRUE', reason: '回访核实：问题并未解决，答复与事实不符' })
  // the job the finding wrote opens the record (the workers may have run it already: it opens one either way)
  await openCaseRecords(c.app.cases, id)
  const [record] = await c.sql`select id from accountability_records where case_id = ${id}`
  t.ok(record, 'a record is open')

  const tab = await openTab(browser, c.baseUrl, t)
  const { page } = tab
  await signInAs(tab, inspector.username)
  await page.goto('/accountability')
  const row = page.locator('[data-test=accountability-records] .el-table__row', { hasText: created.caseNumber })
  await row.waitFor()
  t.match(await row.innerText(), '答复不实', 'the list names the trigger')
  t.match(await row.innerText(), unit.name, 'and the unit held accountable')
  await row.locator('td').first().click()
  const drawer = page.locator('.el-drawer:visible')
  await drawer.getByText('回访核实：问题并未解决，答复与事实不符').waitFor()
  const text = await drawer.innerText()
  t.match(text, `答复不实 · ${unit.name}`, 'the drawer names trigger and unit')
  t.match(text, /第 1 轮答复（.+）认定不实/, 'which reply was found untrue')
  t.match(text, '主要领导：张明（区委书记）', 'the principal in office that day')
  t.match(text, '责任人：赵六（信访科科长）', 'the responsible person')
  t.match(text, '分管领导：未登记', 'a role nobody held is said so')
  for (const secret of ['李四', '13912345678']) t.notMatch(text, secret, `no ${secret} on the page`)
  await screenshot(page, 'accountability-record')

  await drawer.locator('[data-test=accountability-decide]').click()
  const dialog = page.locator('.el-dialog:visible')
  await dialog.locator('.el-radio-button', { hasText: '通报批评' }).click()
  await dialog.locator('[data-test=accountability-reason]').fill('答复与事实不符，予以通报批评')
  await dialog.locator('[data-test=accountability-submit]').click()
  await drawer.locator('.el-tag', { hasText: '通报批评' }).waitFor()
  t.match(await drawer.innerText(), '答复与事实不符，予以通报批评', 'the decision and its reason are shown')
  t.equal(await drawer.locator('[data-test=accountability-decide]').count(), 0, 'decided once: no second decision offered')
  await row.waitFor({ state: 'detached' })
  t.pass('the record leaves the open list')
  const [decided] = await c.sql`select state, decision from accountability_records where id = ${record.id}`
  t.match({ ...decided }, { state: 'decided', decision: 'circulated_criticism' }, 'stored as decided')
  t.same(tab.errors, [], 'no page errors')
})

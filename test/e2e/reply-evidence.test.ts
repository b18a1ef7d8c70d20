// 办理佐证材料 in the browser (issue 20): the officer attaches a photo and a document in the 提交办理结果 dialog; the
// county's reviewer sees them on the case page and beside the reply in 审核通过, with who added them and when.
import t from 'tap'
import { login, logComplaint, sendEvent, unitOf } from '../helper.js'
import { launchBrowser, openTab, PASSWORD, screenshot, signInAs, startConsole } from './support.js'
import { minimalPdf, scanJpeg } from '../fixtures/files/make.js'

t.setTimeout(10 * 60_000)

const WUHUA = '530102'
const HUASHAN = '530102001'

t.test('an officer replies with files; the reviewer sees them with who added them', async (t) => {
  const c = await startConsole(t)
  const operator = await c.user('operator', '530100')
  const dispatcher = await c.user('dispatcher', '530100')
  const officer = await c.user('officer', HUASHAN)
  const reviewer = await c.user('supervisor', WUHUA)
  const op = await login(c.app, operator.username, PASSWORD)
  const disp = await login(c.app, dispatcher.username, PASSWORD)
  const off = await login(c.app, officer.username, PASSWORD)
  const created = await logComplaint(op)
  const units = { county: await unitOf(c.db, WUHUA), township: await unitOf(c.db, HUASHAN) }
  t.equal((await sendEvent(disp, created.id, { type: 'REGISTER', category: 'village_affairs' })).statusCode, 200)
  t.equal((await sendEvent(disp, created.id, { type: 'DISPATCH', chain: [units.county.id, units.township.id] })).statusCode, 200)
  t.equal((await sendEvent(off, created.id, { type: 'SIGN' })).statusCode, 200)

  const browser = await launchBrowser(t)
  const o = await openTab(browser, c.baseUrl, t)
  await signInAs(o, officer.username)
  await o.page.goto(`/cases/${created.id}`)
  await o.page.locator('[data-test=action-SUBMIT_REPLY]').click()
  await o.page.locator('[data-test=form-text]:visible').fill('经现场核查，已督促村委会公开账目，整改到位。')
  await o.page.locator('[data-test=reply-files]').setInputFiles([
    { name: '整改后现场.jpg', mimeType: 'image/jpeg', buffer: await scanJpeg(3) },
    { name: '整改通知书.pdf', mimeType: 'application/pdf', buffer: minimalPdf('Notice') },
  ])
  await screenshot(o.page, 'reply-evidence-dialog')
  await o.page.locator('[data-test=dialog-submit]').click()
  await o.page.locator('[data-test=reply-evidence-file]').first().waitFor()
  t.equal(await o.page.locator('[data-test=reply-evidence-file]').count(), 2, 'the officer sees the two files on the case')

  const r = await openTab(browser, c.baseUrl, t)
  await signInAs(r, reviewer.username)
  await r.page.goto(`/cases/${created.id}`)
  const panel = r.page.locator('[data-test=reply-evidence]')
  await panel.waitFor()
  const text = await panel.innerText()
  t.match(text, '办理佐证材料')
  t.match(text, '整改后现场.jpg')
  t.match(text, '整改通知书.pdf')
  t.match(text, units.township.name, 'which unit added them')
  t.match(text, /于 \d{4}-\d{2}-\d{2} \d{2}:\d{2}/, 'and when')
  // the reviewer opens the photo: the file itself
  const href = await panel.locator('a', { hasText: '整改后现场.jpg' }).getAttribute('href')
  const photo = await r.page.request.get(href!)
  t.equal(photo.status(), 200)
  t.equal(photo.headers()['content-type'], 'image/jpeg')
  // and sees them beside the reply when approving it
  await r.page.locator('[data-test=action-APPROVE_REPLY]').click()
  const dialog = r.page.locator('[data-test=dialog-APPROVE_REPLY]')
  await dialog.locator('[data-test=reply-evidence-file]').first().waitFor()
  t.equal(await dialog.locator('[data-test=reply-evidence-file]').count(), 2, 'the files beside the reply under review')
  await screenshot(r.page, 'reply-evidence-review')
  t.same(o.errors, [], 'no page errors for the officer')
  t.same(r.errors, [], 'none for the reviewer')
})

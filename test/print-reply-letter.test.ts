import t from 'tap'
import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { signIn } from './helper.js'
import { paperApp } from './fixtures/files/app.js'
import { CHROMIUM_PATH, htmlToPdf, launchChromium } from '../src/print/pdf.js'
import { renderReceipt } from '../src/print/receipt.js'
import { renderReplyLetter } from '../src/print/reply-letter.js'

const missing = !existsSync(CHROMIUM_PATH) ? `${CHROMIUM_PATH} is not installed (apt-get install chromium fonts-noto-cjk)`
  : !existsSync('/usr/bin/pdftotext') ? 'pdftotext is not installed (apt-get install poppler-utils)' : false
// On CI .ci/run installs Chromium, the CJK fonts and poppler-utils: missing there is a failure, not a skip.
if (missing && process.env.CI) t.fail(`${missing}: on CI the printed letters must be checked`)

/** The text layer of a PDF, in reading order as poppler sees it; `bbox` gives each word with its box (points). */
function pdfText(pdf: Buffer, layout = true): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'suqiu-pdf-'))
  try {
    const file = path.join(dir, 'page.pdf')
    writeFileSync(file, pdf)
    return execFileSync('pdftotext', [...(layout ? ['-layout'] : ['-bbox']), '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' })
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

t.test('the reply letter printed by Chromium has the Chinese result and the window address block', { skip: missing }, async (t) => {
  const { app } = await paperApp(t)
  const clerk = await signIn(app, 'clerk', '530100')
  const dispatcher = await signIn(app, 'dispatcher', '530100')
  const res = await clerk.post('/api/intake/letter', {
    type: 'complaint', content: '翠湖西路社区公示栏长期不更新，居民无法了解集体收支情况。', address: '昆明市五华区华山街道翠湖西路社区',
    complainant: { anonymous: false, name: '赵六' }, letterNumber: 'PDF-001', senderAddress: '云南省昆明市五华区青云街88号',
  })
  t.equal(res.statusCode, 201, res.body)
  const { id, caseNumber } = res.json()
  t.equal((await dispatcher.post(`/api/cases/${id}/events`, { type: 'REGISTER', category: 'village_affairs' })).statusCode, 200)
  const answered = await dispatcher.post(`/api/cases/${id}/events`, { type: 'ANSWER', text: '社区已于本周公示第三季度收支明细，今后每月更新。' })
  t.equal(answered.statusCode, 200, answered.body)

  const page = await clerk.get(`/api/cases/${id}/reply-letter`)
  t.equal(page.statusCode, 200)

  const browser = await launchChromium()
  t.teardown(() => browser.close())
  const pdf = await htmlToPdf(browser, page.body)
  t.equal(pdf.subarray(0, 5).toString('latin1'), '%PDF-')

  const text = pdfText(pdf).replace(/[ \t]+/g, ' ')
  const flat = text.replace(/\s+/g, '')
  t.match(flat, '社区已于本周公示第三季度收支明细，今后每月更新。', 'the result text is in the text layer (CJK font embedded)')
  t.match(flat, '昆明市群众诉求中心')
  t.match(flat, caseNumber)
  t.match(flat, '关于来信反映问题的答复')
  t.match(flat, '云南省昆明市五华区青云街88号', 'the address block')
  t.match(flat, '赵六收')

  // the address sits where a DL window envelope shows it: 20 mm from the left, 45–90 mm from the top
  const bbox = pdfText(pdf, false)
  const mm = (pt: number) => (pt * 25.4) / 72
  const words = [...bbox.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)]
    .map((m) => ({ x: mm(Number(m[1])), y: mm(Number(m[2])), x2: mm(Number(m[3])), y2: mm(Number(m[4])), text: m[5] }))
  const address = words.find((w) => w.text.includes('青云街'))
  t.ok(address, 'the address is a word of the first page')
  if (address) {
    t.ok(address.x >= 19 && address.x2 <= 106, `inside the window horizontally (${address.x.toFixed(1)}–${address.x2.toFixed(1)} mm)`)
    t.ok(address.y >= 44 && address.y2 <= 91, `inside the window vertically (${address.y.toFixed(1)}–${address.y2.toFixed(1)} mm)`)
  }
})

t.test('a receipt prints its codes and the PIN given right after intake', { skip: missing }, async (t) => {
  const browser = await launchChromium()
  t.teardown(() => browser.close())
  const values = {
    centreName: '昆明市群众诉求中心', caseNumber: 'KM20260301000042', trackingCode: 'K7WQ3MZP9D', trackingUrl: 'https://suqiu.example.cn/track',
    channelLabel: '来访', receivedAt: new Date('2026-03-01T01:30:00Z'), title: '小区电梯长期故障', isReport: false, printedAt: new Date('2026-03-01T01:35:00Z'),
    visitors: { masked: ['张*', '李*'], count: 2, group: false },
  }
  const first = pdfText(await htmlToPdf(browser, renderReceipt({ ...values, pin: '004817' }))).replace(/\s+/g, '')
  t.match(first, 'KM20260301000042')
  t.match(first, 'K7WQ3MZP9D')
  t.match(first, '004817')
  t.match(first, '2026年3月1日09:30')
  t.match(first, 'https://suqiu.example.cn/track')
  const reprint = renderReceipt({ ...values, pin: null })
  t.notMatch(reprint, '004817', 'a reprint has no PIN')
  t.match(reprint, '补打的回执不显示查询密码')
})

t.test('the reply letter opens with how the matter came in, and escapes what it prints', async (t) => {
  const base = {
    centreName: '五华区群众诉求中心', caseNumber: 'KM20260301000042', trackingCode: 'K7WQ3MZP9D', trackingUrl: 'https://suqiu.example.cn/track',
    recipient: { name: '钱七 <b>', address: '昆明市五华区青云街88号 & 90号' }, receivedDay: '2026-03-01', resultText: '已处理。', date: new Date('2026-03-10T02:00:00Z'),
  }
  t.match(renderReplyLetter({ ...base, channel: 'letter', letterNumber: 'XF-9' }), '您于2026年3月1日的来信（来信编号：XF-9）收悉')
  t.match(renderReplyLetter({ ...base, channel: 'fax' }), '您于2026年3月1日发来的传真收悉')
  t.match(renderReplyLetter({ ...base, channel: 'visit' }), '您于2026年3月1日来访反映的问题收悉')
  const html = renderReplyLetter({ ...base, channel: 'fax' })
  t.match(html, '关于您反映问题的答复')
  t.match(html, '钱七 &lt;b&gt;')
  t.match(html, '青云街88号 &amp; 90号')
  t.match(html, '2026年3月10日')
})

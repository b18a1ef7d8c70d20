// #19: the reply letter records what the citizen added while the case was handled — when, on which channel, a summary
// of the text and the names of the files — and nothing it must not: no PIN, no operator's name, no sealed identity
// of anyone else.
import t from 'tap'
import { signIn } from './helper.js'
import { paperApp } from './fixtures/files/app.js'
import { PNG } from './fixtures/mail/build.js'
import { renderReplyLetter } from '../src/print/reply-letter.js'

t.test('the reply letter lists the material the citizen added', async (t) => {
  const { app } = await paperApp(t)
  const clerk = await signIn(app, 'clerk', '530100')
  const operator = await signIn(app, 'operator', '530100')
  const dispatcher = await signIn(app, 'dispatcher', '530100')
  const res = await clerk.post('/api/intake/letter', {
    type: 'complaint', content: '翠湖西路社区公示栏长期不更新，居民无法了解集体收支情况。', address: '昆明市五华区华山街道翠湖西路社区',
    complainant: { anonymous: false, name: '赵六', phone: '13812345678' }, letterNumber: 'MAT-001', senderAddress: '云南省昆明市五华区青云街88号',
  })
  t.equal(res.statusCode, 201, res.body)
  const { id, trackingCode, pin } = res.json() as { id: number; trackingCode: string; pin: string }

  // on the portal, with code and PIN: a text and a photo
  const boundary = 'b0undary'
  const long = '补充：公示栏最后一次更新是去年八月，' + '此后居民多次向社区询问均无答复，'.repeat(6) + '请督促整改。'
  const body = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="data"\r\n\r\n${JSON.stringify({ text: long })}\r\n`),
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="files"; filename="公示栏.png"\r\nContent-Type: image/png\r\n\r\n`), PNG,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ])
  const portal = await app.inject({ method: 'POST', url: `/api/track/${trackingCode}/messages`, headers: { 'x-tracking-pin': pin, 'content-type': `multipart/form-data; boundary=${boundary}` }, payload: body })
  t.equal(portal.statusCode, 201, portal.body)
  // by phone, taken down by an operator on the case
  const call = await operator.post('/api/intake/hotline', { addToCaseId: id, type: 'complaint', content: '来电补充：社区主任已答应月底前公示。', complainant: { anonymous: false, name: '赵六', phone: '13812345678' } })
  t.equal(call.statusCode, 201, call.body)

  t.equal((await dispatcher.post(`/api/cases/${id}/events`, { type: 'REGISTER', category: 'village_affairs' })).statusCode, 200)
  t.equal((await dispatcher.post(`/api/cases/${id}/events`, { type: 'ANSWER', text: '社区已于本周公示第三季度收支明细，今后每月更新。' })).statusCode, 200)

  const page = await clerk.get(`/api/cases/${id}/reply-letter`)
  t.equal(page.statusCode, 200)
  const text = page.body.replace(/<[^>]+>/g, '').replace(/\s+/g, '')
  t.match(text, '办理期间，您补充了以下材料', 'the letter has the record of added material')
  t.match(text, /网上进度查询页.*补充：公示栏最后一次更新是去年八月/, 'when and on which channel, with the text')
  t.match(text, '附件：公示栏.png', 'and the file names')
  t.match(text, /春城热线来电（话务员代录）.*来电补充：社区主任已答应月底前公示。/, 'a call taken down for the citizen says so')
  t.notMatch(text, long.replace(/\s+/g, ''), 'a long text is summarised, not copied whole')
  t.notMatch(page.body, operator.user.username, 'no operator named')
  t.notMatch(page.body, pin, 'no PIN')
  t.notMatch(page.body, '13812345678', 'no phone number')
})

t.test('without added material the letter has no such record, and what it lists is escaped', async (t) => {
  const base = {
    centreName: '五华区群众诉求中心', caseNumber: 'KM20260301000042', trackingCode: 'K7WQ3MZP9D', trackingUrl: 'https://suqiu.example.cn/portal/track',
    recipient: { name: '钱七', address: '昆明市五华区青云街88号' }, receivedDay: '2026-03-01', resultText: '已处理。', date: new Date('2026-03-10T02:00:00Z'), channel: 'letter',
  }
  t.notMatch(renderReplyLetter(base), '补充了以下材料')
  const html = renderReplyLetter({ ...base, material: [{ at: '2026-03-03T01:00:00Z', channelLabel: '电子邮件回复', text: '<script>x</script>', files: ['a&b.pdf'] }] })
  t.match(html, '2026年3月3日')
  t.match(html, '&lt;script&gt;x&lt;/script&gt;')
  t.match(html, 'a&amp;b.pdf')
})

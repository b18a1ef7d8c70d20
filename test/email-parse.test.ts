import t from 'tap'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import iconv from 'iconv-lite'
import { classifyInbound, findCaseNumber, parseEmail, parseEvaluationReply, relabelGbCharsets, safeFilename, stripQuoted, type InboundLookups } from '../channels/email/parse.js'
import { fixtures, PDF, PNG } from './fixtures/mail/build.js'
import { acceptedEmail, evaluationRequestEmail, receiptEmail, rejectedEmail, resultEmail } from '../channels/email/templates.js'

const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures', 'mail')
const load = (name: string) => readFileSync(path.join(dir, name))

t.test('the .eml files on disk are what build.ts makes (no editor touched the bytes)', async (t) => {
  for (const [name, raw] of Object.entries(fixtures)) t.ok(load(name).equals(raw), name)
})

t.test('GBK: body, encoded-word subject and sender name', async (t) => {
  const raw = load('gbk.eml')
  t.match(raw.toString('latin1'), /charset="gbk"/, 'labelled GBK')
  t.notOk(raw.includes(Buffer.from('噪音', 'utf8')), 'no UTF-8 in the file')
  const m = await parseEmail(raw)
  t.equal(m.subject, '关于小区夜间施工噪音扰民的投诉')
  t.same(m.from, { address: 'zhangsan@example.cn', name: '张三' })
  t.same(m.to, [{ address: 'complaints@suqiu.local', name: '诉求中心' }])
  t.match(m.text, '五华区华山南路100号旁的工地每天晚上十一点以后还在施工')
  t.equal(m.messageId, '<gbk-1@example.cn>')
  t.equal(m.date?.toISOString(), '2025-03-01T01:30:00.000Z')
  t.same([m.isAutoReply, m.isBounce, m.forwarded, m.caseNumber, m.attachments.length], [false, false, false, null, 0])
})

t.test('labelled GB2312 with GB18030 four-byte characters: decoded as GB18030, no mojibake', async (t) => {
  const m = await parseEmail(load('gb2312-rare.eml'))
  t.equal(m.subject, '反映𠮷家村村委会𬱖主任的问题')
  t.match(m.text, '𠮷家村村委会主任𬱖某某挪用扶贫资金')
  t.notMatch(m.text + m.subject, /\uFFFD/)
})

t.test('relabelGbCharsets touches labels only', async (t) => {
  const body = iconv.encode('噪音', 'gbk')
  const raw = Buffer.concat([Buffer.from('Subject: =?GB2312?B?abc?=\r\nContent-Type: text/plain;\r\n charset="GBK"\r\nContent-Disposition: attachment; filename*=gbk\'\'%C4%E3\r\n\r\n'), body])
  const out = relabelGbCharsets(raw).toString('latin1')
  t.match(out, '=?gb18030?B?abc?=')
  t.match(out, 'charset="gb18030"')
  t.match(out, "filename*=gb18030''%C4%E3")
  t.ok(relabelGbCharsets(raw).subarray(-body.length).equals(body), 'body bytes unchanged')
  const utf8 = Buffer.from('Subject: hi\r\n\r\n中文\r\n')
  t.equal(relabelGbCharsets(utf8), utf8, 'untouched when there is no GB label')
})

t.test('Big5 (with Hong Kong characters from Big5-HKSCS)', async (t) => {
  const m = await parseEmail(load('big5.eml'))
  t.equal(m.subject, '陳情：路燈故障')
  t.equal(m.from?.name, '陳大文')
  t.match(m.text, '我哋嗰條街嘅路燈壞咗三個星期')
  t.notMatch(m.text, /\uFFFD/)
})

t.test('HTML-only mail becomes readable text; the PDF is an attachment with its Chinese name', async (t) => {
  const m = await parseEmail(load('html-pdf.eml'))
  t.equal(m.subject, '举报材料：违规占用耕地')
  t.match(m.html, '<h1>举报</h1>')
  t.match(m.text, '官渡区某村干部违规占用耕地建房。')
  t.notMatch(m.text, /<|color:red/, 'no tags or CSS in the text')
  t.equal(m.attachments.length, 1)
  const [pdf] = m.attachments
  t.same({ filename: pdf.filename, contentType: pdf.contentType, size: pdf.size, inline: pdf.inline }, { filename: '举报材料.pdf', contentType: 'application/pdf', size: PDF.length, inline: false })
  t.ok(pdf.content.equals(PDF), 'content byte for byte')
})

t.test('inline image: attachment flagged inline with its cid; text from the text part', async (t) => {
  const m = await parseEmail(load('inline-image.eml'))
  t.equal(m.text.trim(), '盘龙区北京路口路面塌陷，见照片。')
  t.match(m.html, 'cid:photo1@example.com', 'cid links kept (no data: URLs)')
  t.equal(m.attachments.length, 1)
  t.match(m.attachments[0], { filename: 'photo.png', contentType: 'image/png', inline: true, cid: 'photo1@example.com', size: PNG.length })
})

t.test('forwarded mail: quoted under a 原始邮件 banner, or attached as message/rfc822', async (t) => {
  const quoted = await parseEmail(load('forwarded.eml'))
  t.equal(quoted.forwarded, true)
  t.equal(quoted.subject, '转发：物业乱收费')
  t.match(quoted.text, '物业公司每月多收二十元电梯费')

  const attached = await parseEmail(load('forwarded-attached.eml'))
  t.equal(attached.forwarded, true)
  t.match(attached.text, '转给你们，情况属实。')
  t.match(attached.text, '西山区某小区已经停水两天。', 'the attached original is part of the text')
  t.match(attached.text, '主题 Subject: 小区供水中断')
  t.ok(attached.attachments.some((a) => a.contentType === 'message/rfc822'), 'and kept as an attachment')

  const plain = await parseEmail(load('plain-utf8.eml'))
  t.equal(plain.forwarded, false)
})

t.test('reply to a notification: threading ids and the case number', async (t) => {
  const m = await parseEmail(load('reply.eml'))
  t.equal(m.inReplyTo, '<case-42.0a1b2c3d4e5f6071@suqiu.local>')
  t.same(m.references, ['<case-42.9f8e7d6c5b4a3921@suqiu.local>', '<case-42.0a1b2c3d4e5f6071@suqiu.local>'])
  t.equal(m.caseNumber, 'KM20250301000012')
  t.equal(m.forwarded, false, 'a quoted reply is not a forward')
  t.equal(stripQuoted(m.text), '补充一下：施工单位是某某建筑公司，附近还有一家幼儿园。')
})

t.test('auto-reply and bounce are flagged', async (t) => {
  const auto = await parseEmail(load('auto-reply.eml'))
  t.equal(auto.isAutoReply, true)
  t.equal(auto.isBounce, false)
  const bounce = await parseEmail(load('bounce.eml'))
  t.equal(bounce.isBounce, true)
  t.match(bounce.text, '550 5.1.1 User unknown')
  for (const name of ['gbk.eml', 'big5.eml', 'html-pdf.eml', 'reply.eml', 'plain-utf8.eml']) {
    const m = await parseEmail(load(name))
    t.same([m.isAutoReply, m.isBounce], [false, false], `${name} is neither`)
  }
})

t.test('auto-reply signals one by one', async (t) => {
  const mail = (headers: string, subject = 'hello') => Buffer.from(`From: a@b.cn\r\nSubject: ${subject}\r\n${headers}\r\n\r\nbody\r\n`)
  const cases: Array<[string, string, boolean]> = [
    ['Auto-Submitted: auto-generated', 'hello', true],
    ['Auto-Submitted: no', 'hello', false],
    ['X-Autoreply: yes', 'hello', true],
    ['Precedence: bulk', 'hello', true],
    ['Precedence: list', 'hello', false],
    ['X-Other: 1', '=?UTF-8?B?' + Buffer.from('自动回复: 我在休假').toString('base64') + '?=', true],
    ['X-Other: 1', 'Automatic reply: away', true],
    ['X-Other: 1', 'Out of Office: back Monday', true],
    ['X-Other: 1', '=?UTF-8?B?' + Buffer.from('关于自动回复功能的建议').toString('base64') + '?=', false],
  ]
  for (const [h, s, expected] of cases) t.equal((await parseEmail(mail(h, s))).isAutoReply, expected, `${h} / ${s}`)
  const nullSender = await parseEmail(Buffer.from('Return-Path: <>\r\nFrom: x@y.cn\r\nSubject: hi\r\n\r\nb\r\n'))
  t.equal(nullSender.isBounce, true, 'empty return path')
})

t.test('case numbers: KM + 14 digits with a real date, upper-cased, not inside longer tokens', async (t) => {
  t.equal(findCaseNumber('回复：km20250301000012 的进展'), 'KM20250301000012')
  t.equal(findCaseNumber('Ｒｅ：ＫＭ２０２５０３０１００００１２'), 'KM20250301000012', 'full-width')
  t.equal(findCaseNumber('KM20251301000012'), null, 'month 13')
  t.equal(findCaseNumber('XKM20250301000012'), null)
  t.equal(findCaseNumber('KM202503010000123'), null, '15 digits')
  t.equal(findCaseNumber('nothing here'), null)
})

t.test('classifyInbound', async (t) => {
  const calls: string[] = []
  const lookups: InboundLookups = {
    async findCaseByMessageId(ids) {
      calls.push(`id:${ids.join(',')}`)
      return ids.includes('<case-42.0a1b2c3d4e5f6071@suqiu.local>') ? 42 : null
    },
    async findCaseByNumber(n) {
      calls.push(`no:${n}`)
      return n === 'KM20250301000012' ? 7 : null
    },
    async findCaseByInboundMessageId() {
      return null
    },
  }
  t.equal(await classifyInbound(await parseEmail(load('auto-reply.eml')), lookups), 'ignore', 'auto-reply ignored even though it threads')
  t.equal(await classifyInbound(await parseEmail(load('bounce.eml')), lookups), 'ignore')
  t.same(calls, [], 'no look-ups for ignored mail')
  t.same(await classifyInbound(await parseEmail(load('reply.eml')), lookups), { reply: 42, via: 'thread' })
  t.equal(calls[0], 'id:<case-42.0a1b2c3d4e5f6071@suqiu.local>,<case-42.9f8e7d6c5b4a3921@suqiu.local>', 'In-Reply-To first, then References newest first')

  const bySubject = await parseEmail(Buffer.from('From: a@b.cn\r\nSubject: =?UTF-8?B?' + Buffer.from('补充材料 KM20250301000012').toString('base64') + '?=\r\n\r\nmore\r\n'))
  t.equal(await classifyInbound(bySubject, lookups), 'new', 'a case number in the subject is no evidence (#16 finding 7)')
  t.notOk(calls.some((c) => c.startsWith('no:')), 'the case number is not even looked up to join')
  const unknownThread = await parseEmail(Buffer.from('From: a@b.cn\r\nIn-Reply-To: <other@x.cn>\r\nSubject: Re: hi\r\n\r\nmore\r\n'))
  t.equal(await classifyInbound(unknownThread, lookups), 'new')
  t.equal(await classifyInbound(await parseEmail(load('gbk.eml')), lookups), 'new')
})

t.test('evaluation replies: 1 / 2 / 3 above the quote', async (t) => {
  const quoted = '\n\n在 2025年3月10日 10:00，昆明市群众诉求中心 写道：\n> 回复1满意 2基本满意 3不满意\n'
  t.equal(parseEvaluationReply('1' + quoted), 'satisfied')
  t.equal(parseEvaluationReply(' ２。' + quoted), 'basic', 'full-width digit')
  t.equal(parseEvaluationReply('不满意' + quoted), 'unsatisfied')
  t.equal(parseEvaluationReply('3\n\nOn Mon, 10 Mar 2025 someone wrote:\n> x'), 'unsatisfied')
  t.equal(parseEvaluationReply('我觉得还行，但是路灯又坏了' + quoted), null, 'anything else is material')
  t.equal(parseEvaluationReply(quoted), null)
})

t.test('safeFilename', async (t) => {
  t.equal(safeFilename('../../etc/passwd'), 'passwd')
  t.equal(safeFilename('C:\\Users\\a\\照片.jpg'), '照片.jpg')
  t.equal(safeFilename('a\u0000b.txt'), 'ab.txt')
  t.equal(safeFilename('..'), null)
  t.equal(safeFilename(undefined), null)
})

t.test('templates: Chinese, the case number in every subject, values escaped in HTML', async (t) => {
  const base = { publicBaseUrl: 'https://suqiu.example.cn/', caseNumber: 'KM20250301000012', title: '夜间施工<噪音>', name: '张三' }
  const receipt = receiptEmail({ ...base, trackingCode: 'K7WQ3MZP9D', pin: '004817', receivedAt: new Date('2025-03-01T01:30:00Z') })
  t.equal(receipt.subject, '【诉求已收到】案件编号 KM20250301000012')
  t.match(receipt.text, '查询码：K7WQ3MZP9D')
  t.match(receipt.text, '查询密码：004817')
  t.match(receipt.text, 'https://suqiu.example.cn/portal/track')
  t.match(receipt.text, '2025年3月1日 09:30', 'Beijing time')
  t.notMatch(receipt.text, 'K7WQ3MZP9D/', 'no secret in the link')
  t.match(receipt.html, '夜间施工&lt;噪音&gt;')
  t.notMatch(receipt.html, '<噪音>')

  const accepted = acceptedEmail({ ...base, unitName: '五华区诉求中心', dueAt: new Date('2025-03-10T08:00:00Z') })
  t.match(accepted.subject, '诉求已受理')
  t.match(accepted.text, '承办单位：五华区诉求中心')
  const rejected = rejectedEmail({ ...base, reason: '不属于本中心受理范围，\n请向法院起诉。' })
  t.match(rejected.text, '    不属于本中心受理范围，')
  t.match(rejected.html, '不属于本中心受理范围，<br>请向法院起诉。')
  const result = resultEmail({ ...base, reply: '已责令施工单位夜间停工。' })
  t.match(result.text, '已责令施工单位夜间停工。')
  t.match(result.subject, 'KM20250301000012')
  const evaluation = evaluationRequestEmail({ ...base, trackingCode: 'K7WQ3MZP9D' })
  t.match(evaluation.text, '回复1满意 2基本满意 3不满意')
  t.match(evaluation.text, 'https://suqiu.example.cn/portal/track')
  t.match(evaluation.html, '<a href="https://suqiu.example.cn/portal/track">')
  for (const m of [receipt, accepted, rejected, result, evaluation]) {
    t.equal(findCaseNumber(m.subject), 'KM20250301000012', `${m.subject} carries the case number`)
    t.match(m.text, '张三，您好：')
  }
})

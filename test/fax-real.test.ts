// Faxes as fax servers send them (#19): page counts right on the first delivery, standard resolution (204 × 98 dpi)
// drawn at its true aspect, every TIFF of a fax mail kept, a fax mail without a document listed for staff.
import t from 'tap'
import { readFileSync } from 'node:fs'
import sharp from 'sharp'
import { buildTestApp, signIn } from './helper.js'
import { deliverMail } from './fixtures/mail/deliver.js'

const load = (name: string) => readFileSync(new URL(`./fixtures/mail/${name}`, import.meta.url))

t.test('a fax mail with two TIFFs: both kept, pages counted on first delivery, standard resolution at true aspect', async (t) => {
  const { app } = await buildTestApp(t, { FAX_GATEWAY_SENDERS: 'fax@gateway.km.gov.cn' })
  const clerk = await signIn(app, 'clerk', '530100')
  const fax = await deliverMail(app, load('fax-two-tiffs.eml'), '<fax-two-tiffs@gateway.km.gov.cn>')
  t.equal(fax.outcome, 'fax')
  const view = (await clerk.get(`/api/cases/${fax.caseId}`)).json()
  t.equal(view.title, '传真件（3页）待转录', 'pages counted from the received TIFFs, not null')
  t.equal(view.extra.pages, 3)
  const files = (await clerk.get(`/api/cases/${fax.caseId}/attachments`)).json().items
  t.same(files.map((f: { mime: string; pages?: number }) => [f.mime, f.pages]), [['image/tiff', 2], ['image/tiff', 1]], 'both TIFFs kept')

  const standard = await clerk.get(files[0].pageUrls[0])
  t.equal(standard.statusCode, 200)
  const m = await sharp(standard.rawPayload).metadata()
  t.same([m.width, m.height], [1728, Math.round(1100 * 204 / 98)], '204 × 98 dpi drawn with square pixels: not half height')
  const fine = await sharp((await clerk.get(files[1].pageUrls[0])).rawPayload).metadata()
  t.same([fine.width, fine.height], [1728, 2200], 'a fine fax (204 × 196) stays as it is')
})

t.test('a fax mail without a document is listed for the city centre\'s staff', async (t) => {
  const { app } = await buildTestApp(t, { FAX_GATEWAY_SENDERS: 'fax@gateway.km.gov.cn' })
  const clerk = await signIn(app, 'clerk', '530100')
  const county = await signIn(app, 'clerk', '530102')
  const mail = await deliverMail(app, load('fax-no-document.eml'), '<fax-no-document@gateway.km.gov.cn>')
  t.equal(mail.outcome, 'error')
  const list = (await clerk.get('/api/mailbox/problems')).json().items
  t.match(list, [{ id: mail.id, error: /fax_without_document/ }])
  const original = await clerk.get(list[0].url)
  t.match(original.body, 'Reception failed after page 1')
  t.equal((await county.get('/api/mailbox/problems')).statusCode, 403, 'only the centre the mail comes in at')
})

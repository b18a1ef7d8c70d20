// A phone photo carries EXIF: the GPS point where it was taken (often the reporter's home), the phone's make and
// model, the owner's name. A photo sent with an anonymous web report, or added later through the portal with
// code + PIN, is stored without any of it, upright (issue 16: anonymous means nothing about the person is kept).
import t, { type Test } from 'tap'
import { readFile } from 'node:fs/promises'
import sharp from 'sharp'
import { buildTestApp } from './helper.js'

/** A 40 × 20 JPEG taken "on its side" (EXIF orientation 6), with a GPS point, a make and an artist. */
async function phonePhoto(): Promise<Buffer> {
  return sharp({ create: { width: 40, height: 20, channels: 3, background: '#c33' } }).jpeg()
    .withExif({
      IFD0: { Make: 'PlantedPhone', Model: 'X9-7781', Artist: 'Ouyang Nana' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '25/1 2/1 43/1', GPSLongitudeRef: 'E', GPSLongitude: '102/1 42/1 15/1' },
    })
    .withMetadata({ orientation: 6 })
    .toBuffer()
}

/** The GPS IFD pointer (tag 0x8825) in an EXIF block, either byte order. */
const hasGps = (exif: Buffer | undefined) => !!exif && (exif.includes(Buffer.from([0x88, 0x25])) || exif.includes(Buffer.from([0x25, 0x88])))

function multipart(json: string, files: { name: string; type: string; content: Buffer }[]) {
  const boundary = '----suqiu' + Math.random().toString(16).slice(2)
  const parts: Buffer[] = [Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="data"\r\n\r\n${json}\r\n`)]
  for (const f of files) parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="files"; filename="${f.name}"\r\nContent-Type: ${f.type}\r\n\r\n`), f.content, Buffer.from('\r\n'))
  parts.push(Buffer.from(`--${boundary}--\r\n`))
  return { payload: Buffer.concat(parts), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } }
}

t.test('photos of an anonymous report are stored without EXIF or GPS, upright', async (t) => {
  const { app, sql } = await buildTestApp(t)
  const photo = await phonePhoto()
  const original = await sharp(photo).metadata()
  t.ok(hasGps(original.exif), 'the photo as taken carries a GPS point')
  t.ok(original.exif!.includes('PlantedPhone'), '… and the phone\'s make')

  const stored = async (complaintId: number) => {
    const rows = await sql`select id, sha256, size from attachments where complaint_id = ${complaintId} order by id`
    return Promise.all(rows.map(async (r) => {
      const bytes = await readFile(app.attachments.pathOf(r.sha256))
      return { bytes, meta: await sharp(bytes).metadata(), size: Number(r.size) }
    }))
  }
  const check = (t: Test, files: Awaited<ReturnType<typeof stored>>) => {
    t.equal(files.length, 1)
    const [f] = files
    t.notOk(hasGps(f.meta.exif), 'the stored photo has no GPS point')
    t.equal(f.meta.exif, undefined, 'no EXIF at all')
    t.equal(f.meta.xmp, undefined, 'no XMP')
    t.notOk(f.bytes.includes('PlantedPhone') || f.bytes.includes('Ouyang Nana'), 'neither make nor artist in the bytes')
    t.same([f.meta.format, f.meta.width, f.meta.height, f.meta.orientation], ['jpeg', 20, 40, undefined], 'a JPEG still, turned upright')
    t.equal(f.size, f.bytes.length, 'the row\'s size is the stored file\'s')
  }

  const report = JSON.stringify({ type: 'report', content: '某局干部违规占用公车，照片为证。', complainant: { anonymous: true } })
  const res = await app.inject({ method: 'POST', url: '/api/complaints', remoteAddress: '10.77.1.1', ...multipart(report, [{ name: 'IMG_0001.jpg', type: 'image/jpeg', content: photo }]) })
  t.equal(res.statusCode, 201, res.body)
  check(t, await stored(res.json().id))

  t.test('an anonymous report keeps no file name the sender gave (it can name them)', async (t) => {
    const named = await app.inject({ method: 'POST', url: '/api/complaints', remoteAddress: '10.77.1.3', ...multipart(report, [{ name: '欧阳娜娜拍的公车.jpg', type: 'image/jpeg', content: photo }]) })
    t.equal(named.statusCode, 201, named.body)
    const [row] = await sql`select a.filename, i.raw::text as raw from attachments a join intakes i on i.complaint_id = a.complaint_id where a.complaint_id = ${named.json().id}`
    t.notMatch(row.filename, '欧阳娜娜', 'the stored name is neutral')
    t.match(row.filename, /\.jpg$/, 'with the type\'s extension')
    t.notMatch(row.raw, '欧阳娜娜', 'nor in the raw intake')
  })

  t.test('a photo added through the portal (code + PIN) too', async (t) => {
    const created = res.json()
    const added = await app.inject({
      method: 'POST', url: `/api/track/${created.trackingCode}/messages`, remoteAddress: '10.77.1.2',
      ...(({ payload, headers }) => ({ payload, headers: { ...headers, 'x-tracking-pin': created.pin } }))(multipart(JSON.stringify({ text: '又拍到一次。' }), [{ name: 'IMG_0002.jpg', type: 'image/jpeg', content: photo }])),
    })
    t.equal(added.statusCode, 201, added.body)
    const [m] = await sql`select attachment_ids from case_messages where case_id = ${created.id}`
    const [row] = await sql`select sha256, size from attachments where id = ${m.attachment_ids[0]}`
    const bytes = await readFile(app.attachments.pathOf(row.sha256))
    const meta = await sharp(bytes).metadata()
    t.notOk(hasGps(meta.exif), 'no GPS point')
    t.equal(meta.exif, undefined, 'no EXIF')
    t.same([meta.width, meta.height], [20, 40], 'upright')
    const [named] = await sql`select filename from attachments where id = ${m.attachment_ids[0]}`
    t.notMatch(named.filename, 'IMG_0002', 'the anonymous case keeps no file name the sender gave')
  })
})

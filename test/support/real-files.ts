// Genuine files of the kinds citizens send, built in the test (only the HEIC is checked in: test/fixtures/files).
// - a Word document and an Excel workbook: real Office Open XML packages (jszip, exceljs);
// - an MP4 video: an ISO media file with a real ftyp box, a movie header (mvhd) and its media data;
// - a PDF of any size: a one-page PDF whose content stream is padded with incompressible bytes;
// - iphone.heic: HEVC in HEIF, made once with libheif's heif-enc 1.15.1 (Debian 12's libheif-examples) from a
//   160 × 120 JPEG whose EXIF names the phone (Apple, iPhone 13 Pro), an owner and a GPS point.
import { randomBytes } from 'node:crypto'
import { readFileSync } from 'node:fs'
import ExcelJS from 'exceljs'
import JSZip from 'jszip'

export const iphoneHeic = () => readFileSync(new URL('../fixtures/files/iphone.heic', import.meta.url))

export async function wordDocument(text: string): Promise<Buffer> {
  const zip = new JSZip()
  zip.file('[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
  zip.file('_rels/.rels', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
  zip.file('word/document.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>${text}</w:t></w:r></w:p></w:body></w:document>`)
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' })
}

export async function excelWorkbook(rows: string[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook()
  const sheet = wb.addWorksheet('情况')
  for (const row of rows) sheet.addRow(row)
  return Buffer.from(await wb.xlsx.writeBuffer())
}

const box = (type: string, ...parts: Buffer[]) => {
  const body = Buffer.concat(parts)
  const head = Buffer.alloc(8)
  head.writeUInt32BE(8 + body.length, 0)
  head.write(type, 4, 'latin1')
  return Buffer.concat([head, body])
}

/** ftyp (isom, compatible iso2 avc1 mp41), moov with its mvhd (a 3 s movie at 1000 units a second), mdat. */
export function mp4Video(): Buffer {
  const ftyp = box('ftyp', Buffer.from('isom', 'latin1'), Buffer.from([0, 0, 2, 0]), Buffer.from('isomiso2avc1mp41', 'latin1'))
  const mvhd = Buffer.alloc(100)
  mvhd.writeUInt32BE(1000, 12) // timescale
  mvhd.writeUInt32BE(3000, 16) // duration: 3 s
  mvhd.writeUInt32BE(0x00010000, 20) // rate 1.0
  mvhd.writeUInt16BE(0x0100, 24) // volume 1.0
  for (const [i, v] of [0x00010000, 0, 0, 0, 0x00010000, 0, 0, 0, 0x40000000].entries()) mvhd.writeUInt32BE(v, 36 + i * 4) // unity matrix
  mvhd.writeUInt32BE(2, 96) // next track id
  return Buffer.concat([ftyp, box('moov', box('mvhd', mvhd)), box('mdat', randomBytes(64 * 1024))])
}

/** A one-page PDF of about `bytes` bytes (its page's content stream carries the padding). */
export function pdfOfSize(bytes: number, text = 'Suqiu'): Buffer {
  const pad = randomBytes(Math.max(0, bytes - 700))
  const objects = [
    Buffer.from('1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n'),
    Buffer.from('2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n'),
    Buffer.from('3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /XObject << /Pad 5 0 R >> >> >>\nendobj\n'),
    Buffer.from(`4 0 obj\n<< /Length ${`BT /F1 12 Tf 72 760 Td (${text}) Tj ET`.length} >>\nstream\nBT /F1 12 Tf 72 760 Td (${text}) Tj ET\nendstream\nendobj\n`),
    Buffer.concat([Buffer.from(`5 0 obj\n<< /Type /XObject /Subtype /Image /Width 1 /Height 1 /BitsPerComponent 8 /ColorSpace /DeviceGray /Length ${pad.length} >>\nstream\n`), pad, Buffer.from('\nendstream\nendobj\n')]),
  ]
  const header = Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n', 'latin1')
  const offsets: number[] = []
  let at = header.length
  for (const o of objects) { offsets.push(at); at += o.length }
  const xref = `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`
  const trailer = `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${at}\n%%EOF\n`
  return Buffer.concat([header, ...objects, Buffer.from(xref + trailer)])
}

// `suqiu fax-sign FILE`: the request a fax gateway must send for a fax document, to help set a gateway up — the
// multipart body (written to a file) and the headers, signed with FAX_WEBHOOK_SECRET as the fax route checks it
// (channels/fax/verify.ts), with a curl line that posts it.
import { randomBytes } from 'node:crypto'
import { readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { signFaxBody } from '../../channels/fax/verify.js'
import { registerCommand } from './commands.js'

export interface FaxForm { faxId: string; from?: string; to?: string; pages?: string; filename: string; mime: string; content: Buffer }

/** A multipart/form-data body as a gateway posts it: faxId, from, to, pages, then the file. */
export function faxMultipart(form: FaxForm, boundary = 'suqiu-fax-' + randomBytes(12).toString('hex')): { body: Buffer; contentType: string } {
  const parts: Buffer[] = []
  const field = (name: string, value: string) => parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`))
  field('faxId', form.faxId)
  if (form.from) field('from', form.from)
  if (form.to) field('to', form.to)
  if (form.pages) field('pages', form.pages)
  parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${form.filename.replace(/["\r\n]/g, '_')}"\r\nContent-Type: ${form.mime}\r\n\r\n`))
  parts.push(form.content, Buffer.from(`\r\n--${boundary}--\r\n`))
  return { body: Buffer.concat(parts), contentType: `multipart/form-data; boundary=${boundary}` }
}

const mimeOf = (file: string, content: Buffer) =>
  content.subarray(0, 4).toString('latin1') === '%PDF' || path.extname(file).toLowerCase() === '.pdf' ? 'application/pdf' : 'image/tiff'

registerCommand('fax-sign', {
  usage: 'fax-sign FILE [--fax-id ID] [--from NUMBER] [--out BODY]   print a fax gateway\'s signed request for FILE (TIFF/PDF)',
  offline: true,
  async run({ config, out }, args) {
    const { values, positionals } = parseArgs({
      args, allowPositionals: true,
      options: { 'fax-id': { type: 'string' }, from: { type: 'string' }, to: { type: 'string' }, pages: { type: 'string' }, out: { type: 'string' } },
    })
    const file = positionals[0]
    if (!file) { out('usage: suqiu fax-sign FILE [--fax-id ID] [--from NUMBER] [--to NUMBER] [--pages N] [--out BODY]'); return 2 }
    if (!config.FAX_WEBHOOK_SECRET) { out('FAX_WEBHOOK_SECRET 未设置 / is not set: the gateway\'s secret signs the request'); return 78 }
    let content: Buffer
    try {
      content = await readFile(file)
    } catch (err) {
      out(`无法读取 / cannot read ${file}: ${(err as Error).message}`)
      return 1
    }
    const faxId = values['fax-id'] ?? `test-${Date.now()}`
    const { body, contentType } = faxMultipart({ faxId, from: values.from, to: values.to, pages: values.pages, filename: path.basename(file), mime: mimeOf(file, content), content })
    const bodyFile = values.out ?? `${file}.multipart`
    await writeFile(bodyFile, body)
    const signature = signFaxBody(config.FAX_WEBHOOK_SECRET, body)
    out(`# 请求体 / body: ${bodyFile} (${body.length} bytes, faxId ${faxId})`)
    out(`Content-Type: ${contentType}`)
    out(`X-Fax-Signature: ${signature}`)
    out(`# curl -X POST --data-binary @${bodyFile} -H 'Content-Type: ${contentType}' -H 'X-Fax-Signature: ${signature}' ${config.PUBLIC_BASE_URL}/channels/fax/inbound`)
    return 0
  },
})

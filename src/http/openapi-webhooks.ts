// The OpenAPI `webhooks` section: what Suqiu sends out (SMS through Twilio with its status callback, the live
// events on /ws) and what a fax gateway must send in, with a worked signature example computed by the very
// function the fax route checks with (channels/fax/verify.ts), so the example cannot go stale.
import { signFaxBody } from '../../channels/fax/verify.js'

export const FAX_EXAMPLE_SECRET = 'example-fax-secret'
const BOUNDARY = 'suqiu-example-boundary'
/** A small multipart body as a gateway would post it (a one-line "PDF" stands in for the document). */
export const FAX_EXAMPLE_BODY = [
  `--${BOUNDARY}`, 'Content-Disposition: form-data; name="faxId"', '', 'gw-20260302-0001',
  `--${BOUNDARY}`, 'Content-Disposition: form-data; name="from"', '', '+868716000000',
  `--${BOUNDARY}`, 'Content-Disposition: form-data; name="pages"', '', '1',
  `--${BOUNDARY}`, 'Content-Disposition: form-data; name="file"; filename="fax.pdf"', 'Content-Type: application/pdf', '', '%PDF-1.4 example',
  `--${BOUNDARY}--`, '',
].join('\r\n')
export const FAX_EXAMPLE_CONTENT_TYPE = `multipart/form-data; boundary=${BOUNDARY}`
export const FAX_EXAMPLE_SIGNATURE = signFaxBody(FAX_EXAMPLE_SECRET, Buffer.from(FAX_EXAMPLE_BODY))

const FAX_DESCRIPTION = [
  '传真网关把每份传真以 multipart/form-data 推送到 `POST /channels/fax/inbound`：字段 `faxId`（必填，网关的唯一编号，重复推送幂等）、',
  '`file`（必填，TIFF 或 PDF）、`from`、`to`、`pages`。请求头 `X-Fax-Signature: sha256=<十六进制>`，其值为以 FAX_WEBHOOK_SECRET 为密钥、',
  '对**原始请求体的全部字节**计算的 HMAC-SHA256。`npx suqiu fax-sign 文件` 打印一份可直接发送的请求（请求体文件与签名头）。',
  '',
  'A fax gateway posts each fax as multipart/form-data to `POST /channels/fax/inbound`: `faxId` (required, the gateway\'s unique id;',
  'a repeat is idempotent), `file` (required, TIFF or PDF), `from`, `to`, `pages`. The header `X-Fax-Signature: sha256=<hex>` is the',
  'HMAC-SHA256 of the **raw request body bytes** keyed with FAX_WEBHOOK_SECRET. `npx suqiu fax-sign FILE` prints a ready request',
  '(the body file and the signature headers).',
  '',
  '**示例 / Worked example** — secret `' + FAX_EXAMPLE_SECRET + '`, `Content-Type: ' + FAX_EXAMPLE_CONTENT_TYPE + '`, body (CRLF line ends):',
  '',
  '```',
  FAX_EXAMPLE_BODY.replace(/\r\n/g, '\n'),
  '```',
  '',
  '`X-Fax-Signature: ' + FAX_EXAMPLE_SIGNATURE + '`',
  '',
  '```sh',
  `printf '%s' "$BODY" | openssl dgst -sha256 -hmac '${FAX_EXAMPLE_SECRET}'   # → ${FAX_EXAMPLE_SIGNATURE.slice('sha256='.length)}`,
  '```',
].join('\n')

const ok = { description: '已收到 / received' }

export const WEBHOOKS = {
  faxInbound: {
    post: {
      summary: '传真网关推送 / Fax gateway post (inbound)',
      description: FAX_DESCRIPTION,
      tags: ['webhooks'],
      security: [{ faxSignature: [] }],
      requestBody: {
        required: true,
        content: {
          'multipart/form-data': {
            schema: {
              type: 'object', required: ['faxId', 'file'],
              properties: {
                faxId: { type: 'string', maxLength: 128 }, file: { type: 'string', contentMediaType: 'application/pdf' },
                from: { type: 'string' }, to: { type: 'string' }, pages: { type: 'string', pattern: '^\\d{1,4}$' },
              },
            },
          },
        },
      },
      responses: { 201: { description: '新传真已登记 / a new fax was stored' }, 200: { description: '该 faxId 已收到过 / seen before' }, 401: { description: '`bad_signature`' } },
    },
  },
  twilioVoice: {
    post: {
      summary: 'Twilio 语音回调 / Twilio voice webhooks (inbound)',
      description: [
        '在 Twilio 号码上把 Voice 的 “A call comes in” 设为 `PUBLIC_BASE_URL/channels/hotline/voice`（春城热线）或 `/channels/phone/voice`（举报电话），',
        '方法 POST；其余回调（choice、queue-result、status、recorded、recording-status）由 Suqiu 在 TwiML 中给出。每个请求都校验 X-Twilio-Signature（PUBLIC_BASE_URL 必须是 Twilio 实际调用的地址）。',
        '',
        'Point a Twilio number\'s voice webhook at `PUBLIC_BASE_URL/channels/hotline/voice` (the hotline) or `/channels/phone/voice` (the reporting',
        'line), POST; the other callbacks (choice, queue-result, status, recorded, recording-status) are named by Suqiu\'s TwiML. Every request',
        'is checked against X-Twilio-Signature, computed over PUBLIC_BASE_URL + path: it must be the URL Twilio calls.',
      ].join('\n'),
      tags: ['webhooks'],
      security: [{ twilioSignature: [] }],
      requestBody: { content: { 'application/x-www-form-urlencoded': { schema: { type: 'object', properties: { CallSid: { type: 'string' }, From: { type: 'string' }, To: { type: 'string' }, CallStatus: { type: 'string' } } } } } },
      responses: { 200: { description: 'TwiML (text/xml)' }, 403: { description: '`bad_signature`' } },
    },
  },
  twilioSms: {
    post: {
      summary: 'Twilio 短信回调 / Twilio SMS webhooks (inbound)',
      description: [
        '“A message comes in” 设为 `PUBLIC_BASE_URL/channels/hotline/sms`（或 `/channels/phone/sms`）。来自诉求人本人号码的短信成为补充材料，对评价请求回复 1/2/3 即评价。',
        'Suqiu 发出的每条短信都带 StatusCallback `PUBLIC_BASE_URL/channels/twilio/sms-status`，以记录投递结果；失败的短信转为回访任务。',
        '',
        'Set "A message comes in" to `PUBLIC_BASE_URL/channels/hotline/sms` (or `/channels/phone/sms`). A text from the complainant\'s own number',
        'is added material; 1/2/3 in answer to an evaluation request is the rating. Every SMS Suqiu sends names the StatusCallback',
        '`PUBLIC_BASE_URL/channels/twilio/sms-status`, which records the delivery; a failed SMS becomes a call-back task.',
      ].join('\n'),
      tags: ['webhooks'],
      security: [{ twilioSignature: [] }],
      requestBody: { content: { 'application/x-www-form-urlencoded': { schema: { type: 'object', properties: { MessageSid: { type: 'string' }, From: { type: 'string' }, To: { type: 'string' }, Body: { type: 'string' }, MessageStatus: { type: 'string' } } } } } },
      responses: { 200: ok, 403: { description: '`bad_signature`' } },
    },
  },
  notificationSms: {
    post: {
      summary: 'Suqiu 发出的通知短信 / Notifications Suqiu sends (outbound SMS)',
      description: [
        '里程碑（收件回执含查询码与密码、受理或不予受理、办理结果、评价请求）按诉求人选择的渠道发送：短信经 Twilio Messages API',
        '（`POST {TWILIO_API_BASE}/2010-04-01/Accounts/{AccountSid}/Messages.json`，表单 To、From、Body、StatusCallback），邮件经 SMTP。',
        '未配置凭据时只记录不发送，工作人员可在发件箱（GET /api/outbox）查看；查询密码从不以明文保存在发件箱中。',
        '',
        'Milestones (the receipt with tracking code and PIN, accepted or rejected, the result, the evaluation request) go out on the',
        'complainant\'s channel: SMS through Twilio\'s Messages API (form fields To, From, Body, StatusCallback), e-mail through SMTP.',
        'Without credentials they are recorded, not sent, and listed in the outbox (GET /api/outbox); no outbox row keeps a PIN readable.',
      ].join('\n'),
      tags: ['webhooks'],
      requestBody: { content: { 'application/x-www-form-urlencoded': { schema: { type: 'object', required: ['To', 'From', 'Body'], properties: { To: { type: 'string' }, From: { type: 'string' }, Body: { type: 'string' }, StatusCallback: { type: 'string', format: 'uri' } } } } } },
      responses: { 201: { description: 'Twilio 已接受 / accepted by Twilio' } },
    },
  },
  liveEvent: {
    post: {
      summary: '实时推送事件（/ws）/ Live events on the websocket (/ws)',
      description: [
        '登录的工作人员连接 `GET /ws`（会话 Cookie），按角色与辖区收到 JSON 消息 `{ "topic", "payload" }`：',
        '`call.incoming`（来电弹屏，仅接听的话务员所在中心）、`call.taken`、`case.created`、`case.material`、`callback.created`、`visit.group`，',
        '以及 `live.ready`、`live.resync`、`pong`。',
        '',
        'A signed-in staff member connects to `GET /ws` (session cookie) and receives `{ "topic", "payload" }` JSON messages for their role and',
        'jurisdiction: `call.incoming` (the screen pop), `call.taken`, `case.created`, `case.material`, `callback.created`, `visit.group`,',
        'plus `live.ready`, `live.resync` and `pong`.',
      ].join('\n'),
      tags: ['webhooks'],
      requestBody: { content: { 'application/json': { schema: { type: 'object', required: ['topic'], properties: { topic: { type: 'string', enum: ['call.incoming', 'call.taken', 'case.created', 'case.material', 'callback.created', 'visit.group', 'live.ready', 'live.resync', 'pong'] }, payload: { type: 'object' } } } } } },
      responses: { 200: ok },
    },
  },
}

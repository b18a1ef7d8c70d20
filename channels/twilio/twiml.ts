// TwiML answers for the two voice lines and SMS: pure builders over twilio's VoiceResponse and
// MessagingResponse; the routes decide which one to send (working hours, the caller's choice).
import twilio from 'twilio'
import { DEFAULT_OFFICE_HOURS, minutesOf, type OfficeHours } from './hours.js'

const { VoiceResponse, MessagingResponse } = twilio.twiml

/** 春城热线 (12345-style) or 电话 (the 12388-style reporting line). */
export type VoiceLine = 'hotline' | 'phone'

export const TWIML_CONTENT_TYPE = 'text/xml; charset=utf-8'
/** Twilio's default voice does not speak Chinese: Amazon Polly's Mandarin voice, as Twilio's <Say> docs name it. */
const SAY = { voice: 'Polly.Zhiyu', language: 'cmn-CN' } as const

/** Voicemail limits (seconds): at most 3 minutes; 5 s of silence ends it; # ends it. */
export const VOICEMAIL = Object.freeze({ maxLength: 180, timeout: 5, finishOnKey: '#' })

/** The Twilio queue a line's callers wait in until an operator takes them. */
export function operatorQueue(line: VoiceLine): string {
  return `suqiu-${line}-operators`
}

/** Words spoken on each line; override any of them per call. */
export interface VoiceTexts {
  welcome: string
  connecting: string
  anonymousConnecting: string
  menu: string
  afterHours: string
  voicemailPrompt: string
  anonymousVoicemailPrompt: string
  noMessage: string
  messageReceived: string
  operatorsBusy: string
}

/** '08:30' → '上午8点30分', '17:00' → '下午5点'. */
export function spokenTime(hhmm: string): string {
  const total = minutesOf(hhmm)
  const h = Math.floor(total / 60), m = total % 60
  const part = h < 12 ? '上午' : h === 12 ? '中午' : '下午'
  const hour = h > 12 ? h - 12 : h
  return `${part}${hour}点${m ? `${m}分` : ''}`
}

export function defaultVoiceTexts(line: VoiceLine, hours: OfficeHours = DEFAULT_OFFICE_HOURS): VoiceTexts {
  const welcome = line === 'hotline' ? '您好，欢迎致电昆明市春城热线。' : '您好，这里是昆明市群众诉求举报电话。'
  return {
    welcome,
    connecting: line === 'hotline' ? '正在为您转接话务员，请稍候。' : '正在为您转接工作人员，请稍候。',
    anonymousConnecting: '您选择了匿名举报，本次来电不会保留您的电话号码。正在为您转接工作人员，请稍候。',
    menu: '匿名举报请按1，实名举报请按2。',
    afterHours: `现在是非工作时间。工作时间为法定工作日${spokenTime(hours.start)}至${spokenTime(hours.end)}。`,
    voicemailPrompt: line === 'hotline'
      ? '请在提示音后留言，说明您的姓名、联系电话和诉求内容，最长3分钟，说完请按井号键。'
      : '请在提示音后留言，说明举报对象、事实经过和您的联系方式，最长3分钟，说完请按井号键。',
    anonymousVoicemailPrompt: '您选择了匿名举报，本次来电不会保留您的电话号码，请不要在留言中说出您的姓名。请在提示音后留言，说明举报对象和事实经过，最长3分钟，说完请按井号键。',
    noMessage: '没有收到您的留言。再见。',
    messageReceived: '您的留言已收到，我们将在工作时间尽快处理。谢谢，再见。',
    operatorsBusy: '话务员正忙，请您留言。',
  }
}

interface Common {
  line: VoiceLine
  hours?: OfficeHours
  texts?: Partial<VoiceTexts>
}

const textsOf = (o: Common): VoiceTexts => ({ ...defaultVoiceTexts(o.line, o.hours), ...o.texts })

export interface EnqueueOptions extends Common {
  /** Caller chose 匿名 on the reporting line. */
  anonymous?: boolean
  /** Where Twilio posts when the caller leaves the queue (QueueResult); see leftQueueTwiml. */
  action?: string
  /** TwiML played while waiting (default: Twilio's hold music). */
  waitUrl?: string
  /** Skip the welcome (it was already spoken before the menu). */
  skipWelcome?: boolean
}

/** Working hours: greeting, then the caller waits in the line's operator queue (<Enqueue>). */
export function connectToOperatorsTwiml(o: EnqueueOptions): string {
  const t = textsOf(o)
  const r = new VoiceResponse()
  r.say(SAY, (o.skipWelcome ? '' : t.welcome) + (o.anonymous ? t.anonymousConnecting : t.connecting))
  r.enqueue({
    ...(o.action ? { action: o.action, method: 'POST' } : {}),
    ...(o.waitUrl ? { waitUrl: o.waitUrl, waitUrlMethod: 'POST' } : {}),
  }, operatorQueue(o.line))
  return r.toString()
}

export interface VoicemailOptions extends Common {
  anonymous?: boolean
  /** Where Twilio posts when the recording ends (RecordingUrl, RecordingSid, RecordingDuration). */
  recordAction: string
  /** Where Twilio posts the recording's status (completed, absent). */
  recordingStatusCallback: string
  skipWelcome?: boolean
  /** Spoken before the prompt instead of the after-hours notice (e.g. operators busy). */
  reason?: string
}

/** After hours: Chinese greeting and a recorded message (<Record>), then goodbye if nothing was said. */
export function voicemailTwiml(o: VoicemailOptions): string {
  const t = textsOf(o)
  const r = new VoiceResponse()
  r.say(SAY, (o.skipWelcome ? '' : t.welcome) + (o.reason ?? t.afterHours) + (o.anonymous ? t.anonymousVoicemailPrompt : t.voicemailPrompt))
  r.record({
    maxLength: VOICEMAIL.maxLength,
    finishOnKey: VOICEMAIL.finishOnKey,
    timeout: VOICEMAIL.timeout,
    playBeep: true,
    action: o.recordAction,
    method: 'POST',
    recordingStatusCallback: o.recordingStatusCallback,
    recordingStatusCallbackMethod: 'POST',
    recordingStatusCallbackEvent: ['completed', 'absent'],
  })
  // Twilio skips `action` when nothing was recorded and goes on here.
  r.say(SAY, t.noMessage)
  r.hangup()
  return r.toString()
}

/** The answer to the <Record> action: thanks and goodbye. */
export function voicemailReceivedTwiml(o: Common): string {
  const r = new VoiceResponse()
  r.say(SAY, textsOf(o).messageReceived)
  r.hangup()
  return r.toString()
}

export interface MenuOptions extends Omit<Common, 'line'> {
  /** Where Twilio posts the pressed key (Digits; empty when none was pressed). */
  action: string
}

/** The reporting line first offers the anonymous option: press 1 for anonymous (<Gather numDigits=1>). */
export function reportMenuTwiml(o: MenuOptions): string {
  const t = textsOf({ ...o, line: 'phone' })
  const r = new VoiceResponse()
  const gather = r.gather({ numDigits: 1, timeout: 5, action: o.action, method: 'POST', actionOnEmptyResult: true, input: ['dtmf'] })
  gather.say(SAY, t.welcome + t.menu)
  return r.toString()
}

/** The key pressed at the reporting line's menu: '1' is anonymous; anything else (or nothing) is named. */
export function isAnonymousChoice(digits: unknown): boolean {
  return typeof digits === 'string' && digits.trim() === '1'
}

export interface AnswerCallOptions extends Common {
  workingHours: boolean
  anonymous?: boolean
  /** After the reporting line's menu the welcome was already spoken. */
  skipWelcome?: boolean
  enqueue?: Pick<EnqueueOptions, 'action' | 'waitUrl'>
  voicemail: Pick<VoicemailOptions, 'recordAction' | 'recordingStatusCallback'>
}

/** Operators in working hours, voicemail after. */
export function answerCallTwiml(o: AnswerCallOptions): string {
  const base = { line: o.line, hours: o.hours, texts: o.texts, anonymous: o.anonymous, skipWelcome: o.skipWelcome }
  return o.workingHours
    ? connectToOperatorsTwiml({ ...base, ...o.enqueue })
    : voicemailTwiml({ ...base, ...o.voicemail })
}

/**
 * The answer to <Enqueue action>: a full queue or an error falls back to voicemail; otherwise
 * (bridged to an operator, hung up) the call simply ends.
 */
export function leftQueueTwiml(queueResult: unknown, voicemail: VoicemailOptions): string {
  if (queueResult === 'queue-full' || queueResult === 'error' || queueResult === 'system-error') {
    return voicemailTwiml({ ...voicemail, skipWelcome: true, reason: voicemail.reason ?? textsOf(voicemail).operatorsBusy })
  }
  const r = new VoiceResponse()
  r.hangup()
  return r.toString()
}

/** For an operator's phone calling in: take the next caller from the line's queue (<Dial><Queue>). */
export function operatorPickupTwiml(line: VoiceLine): string {
  const r = new VoiceResponse()
  r.dial().queue(operatorQueue(line))
  return r.toString()
}

/** The answer to an incoming SMS: an acknowledgement, or nothing (`<Response/>`) when the reply goes out later. */
export function smsReplyTwiml(text?: string): string {
  const r = new MessagingResponse()
  if (text) r.message(text)
  return r.toString()
}

/**
 * The chart's text panel: the nine elements a published process chart states (权力主体, 职责权限, 行使条件, 运行程序,
 * 承办岗位, 办理时限, 监督制约环节, 相对人权利, 投诉举报途径和方式; Kunming 2014 measures art. 4), filled from the
 * settings (centre name, legal basis), the channels this installation has switched on, the routing rules, the
 * deadline rules and the chart model itself.
 */
import type { Config } from '../config.js'
import { DEADLINE_RULES, type DeadlineRules } from '../calendar/deadlines.js'
import type { ChartModel } from './model.js'

export interface PanelItem { key: string; title: string; lines: string[] }

const levelLabels: Record<string, string> = { city: '市级', county: '县（区）级', township: '乡镇（街道）级', village: '村（社区）级' }

export type PanelSettings = Pick<Config, 'SUQIU_CENTRE_NAME' | 'SUQIU_LEGAL_BASIS' | 'PUBLIC_BASE_URL' | 'TWILIO_HOTLINE_NUMBER' | 'TWILIO_REPORT_NUMBER' | 'IMAP_URL' | 'FAX_WEBHOOK_SECRET' | 'FAX_GATEWAY_SENDERS'>

/** The ways in that this installation has switched on (a channel without its settings is not offered). */
export function enabledRoutes(s: PanelSettings): string[] {
  const routes = [`互联网：${s.PUBLIC_BASE_URL}/portal 网上提交，凭查询码和密码查询进度`]
  if (s.IMAP_URL) routes.push('电子邮件：发送至本中心公布的诉求邮箱')
  if (s.TWILIO_HOTLINE_NUMBER) routes.push(`春城热线：${s.TWILIO_HOTLINE_NUMBER}`)
  if (s.TWILIO_REPORT_NUMBER) routes.push(`举报电话：${s.TWILIO_REPORT_NUMBER}（可匿名）`)
  if (s.FAX_WEBHOOK_SECRET || s.FAX_GATEWAY_SENDERS) routes.push('传真：发送至本中心公布的传真号码')
  routes.push(`来信：寄至${s.SUQIU_CENTRE_NAME}`, `来访：到${s.SUQIU_CENTRE_NAME}或所在县（区）、乡镇（街道）群众诉求中心`)
  return routes
}

const fmt = (n: number) => (n === 0 ? '当日' : `${n}个工作日`)

export function buildPanel(model: ChartModel, s: PanelSettings, routing: { label: string; level: string }[], deadlines: DeadlineRules = DEADLINE_RULES): PanelItem[] {
  const caseNodes = model.nodes.filter((n) => n.region === 'case')
  const steps = caseNodes.filter((n) => !n.final && !n.id.split('.').slice(2).length)
  const posts = new Map<string, string>()
  for (const e of model.edges) if (e.event !== 'always' && !posts.has(e.label)) posts.set(e.label, e.post)
  const supervising = model.edges.filter((e) => /审核|督办|预警|裁定|延期/.test(e.label)).map((e) => e.label)
  const o = deadlines.overall
  const report = model.type === 'report'
  return [
    { key: 'subject', title: '权力主体', lines: [`${s.SUQIU_CENTRE_NAME}，会同县（区）、乡镇（街道）群众诉求中心和村（社区）务监督委员会四级联动办理。`, `依据：${s.SUQIU_LEGAL_BASIS}`] },
    {
      key: 'duties', title: '职责权限',
      lines: ['受理来信、来访、互联网、春城热线、电话、传真六个渠道的群众诉求，分级交办、督办、审核办理结果并反馈诉求人。', '按类别确定承办层级：',
        ...routing.map((r) => `${r.label}：${levelLabels[r.level] ?? r.level}承办`)],
    },
    {
      key: 'conditions', title: '行使条件',
      lines: [
        '诉求写明诉求人（可匿名举报）、时间、地点、事由和经过（五要素）；',
        '类别不明确的由所在县（区）兜底办理；',
        ...(report ? ['举报党员干部和监察对象违纪违法问题的，由被举报单位的上一级办理，被举报单位及其下级回避，不得知悉举报人和举报内容。'] : []),
        ...(model.type === 'consultation' ? ['咨询类诉求可由受理中心当场直接答复。'] : []),
      ],
    },
    { key: 'procedure', title: '运行程序', lines: [steps.map((n) => n.label).join(' → ') + ' → 已办结'] },
    { key: 'posts', title: '承办岗位', lines: [...posts].map(([label, post]) => `${label}：${post}`) },
    {
      key: 'limits', title: '办理时限',
      lines: [...caseNodes.map((n) => n.limit).filter((l): l is string => !!l),
        `总时限：自收到起${fmt(report ? Math.max(o.normal, deadlines.steps.intake?.reportDays ?? 0) : o.normal)}（紧急${fmt(o.urgent)}，特急${fmt(o.critical)}），退回、改派不重新计时`,
        `延期：累计不超过${deadlines.maxExtensionWorkingDays}个工作日，须上一级批准`],
    },
    {
      key: 'supervision', title: '监督制约环节',
      lines: [`用时达到${Math.round(deadlines.yellowFraction * 100)}%黄牌预警，超过时限红牌；电子监察实时监督，上级督办；`,
        `制约环节：${[...new Set(supervising)].join('、')}；每一步操作写入不可篡改的审计日志。`],
    },
    {
      key: 'rights', title: '相对人权利',
      lines: ['凭查询码和查询密码查询办理进度和办理结果；', '办理期间补充材料；', '对办理结果评价（满意、基本满意、不满意），不满意的可要求重办；',
        '办结前可撤回诉求；', ...(report ? ['匿名举报：不留存任何可识别举报人的信息，查询码是唯一联系方式；'] : []), '个人信息依法保密，不予公开。'],
    },
    { key: 'routes', title: '投诉举报途径和方式', lines: enabledRoutes(s) },
  ]
}

// Generated complaints for the hotspot tests and bench (issue 23): topics written as interchangeable phrases, spread
// over villages, with a planted cluster and weekly counts with a planted spike. Seeded: the same data every run.
import type { HotspotCase } from '../src/hotspots/detect.js'

/** mulberry32: a small seeded generator, so the data (and the figures measured on it) repeat. */
export function rng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]

interface Topic { category: string; subjects: string[]; issues: string[]; details: string[] }

export const STREET_LIGHT: Topic = {
  category: 'urban_management',
  subjects: ['村口的路灯', '主干道路灯', '路灯', '村里的路灯', '小广场旁边的路灯'],
  issues: ['坏了', '不亮了', '一直不亮', '坏了很久没人修', '晚上不亮'],
  details: ['晚上一片漆黑', '夜里走路看不见', '老人孩子夜间出行不安全', '已经摔倒过人', '天黑以后没法出门'],
}

export const TOPICS: Topic[] = [
  STREET_LIGHT,
  { category: 'environment', subjects: ['养殖场', '养猪场', '鸡舍'], issues: ['臭味很大', '污水直排', '粪污乱排'], details: ['气味熏人', '河水发黑', '苍蝇成群'] },
  { category: 'environment', subjects: ['工地', '建筑工地', '搅拌站'], issues: ['夜间施工', '噪音扰民', '凌晨还在打桩'], details: ['吵得睡不着', '孩子无法休息', '持续一个多月'] },
  { category: 'housing_property', subjects: ['物业公司', '小区物业', '物业'], issues: ['乱收费', '不作为', '停车费上涨'], details: ['电梯经常坏', '垃圾无人清运', '服务质量很差'] },
  { category: 'transport', subjects: ['公交车', '公交线路', '班车'], issues: ['班次太少', '经常不停站', '线路被取消'], details: ['上班迟到', '学生上学不便', '等车一小时'] },
  { category: 'social_security', subjects: ['养老保险', '医保报销', '低保'], issues: ['迟迟不到账', '审核不通过', '被停发'], details: ['生活困难', '材料都交齐了', '多次跑腿'] },
  { category: 'education_health', subjects: ['卫生室', '乡镇卫生院', '村医'], issues: ['经常关门', '缺少药品', '服务态度差'], details: ['看病要跑很远', '老人就医难', '拿不到常用药'] },
  { category: 'village_affairs', subjects: ['村务公开栏', '村账目', '村务'], issues: ['长期不更新', '不公开', '公示不全'], details: ['群众看不到收支', '账目不清', '不知道钱花在哪'] },
  { category: 'village_finance', subjects: ['集体土地租金', '征地补偿款', '集体资金'], issues: ['去向不明', '没有分配', '被截留'], details: ['村民没有拿到', '多年没有公示', '金额对不上'] },
  { category: 'land_demolition', subjects: ['拆迁补偿', '房屋征收', '安置房'], issues: ['标准太低', '迟迟不兑现', '分配不公'], details: ['一家人没地方住', '签约时承诺的没兑现', '邻居补偿比我多'] },
  { category: 'market_consumer', subjects: ['菜市场', '超市', '农贸市场'], issues: ['缺斤短两', '卖过期食品', '价格欺诈'], details: ['买到的肉不够秤', '牛奶过期一周', '标价和结算不一致'] },
  { category: 'public_security', subjects: ['网吧', '夜市摊点', '麻将馆'], issues: ['聚众赌博', '深夜打架', '未成年人出入'], details: ['经常有人闹事', '居民不敢出门', '报警后没人管'] },
  { category: 'urban_management', subjects: ['占道经营', '流动摊贩', '违章搭建'], issues: ['堵塞道路', '影响通行', '越来越多'], details: ['救护车进不来', '消防通道被占', '垃圾满地'] },
  { category: 'environment', subjects: ['垃圾池', '垃圾收集点', '垃圾桶'], issues: ['满了没人清运', '长期不清理', '臭气熏天'], details: ['蚊蝇滋生', '夏天味道很大', '垃圾堆到路上'] },
  { category: 'transport', subjects: ['乡村公路', '进村道路', '机耕路'], issues: ['坑洼不平', '塌方没修', '雨天积水'], details: ['车辆无法通行', '摩托车摔倒', '农产品运不出去'] },
  { category: 'housing_property', subjects: ['自来水', '供水管道', '饮用水'], issues: ['经常停水', '水质浑浊', '水压太低'], details: ['做饭都没水', '水里有泥沙', '楼上用不了水'] },
  { category: 'social_security', subjects: ['工资', '农民工工资', '工程款'], issues: ['被拖欠', '半年没发', '包工头跑路'], details: ['家里等着用钱', '多次讨要无果', '过年回不了家'] },
  { category: 'village_official_misconduct', subjects: ['村干部', '村支书', '村委会主任'], issues: ['优亲厚友', '吃拿卡要', '办事推诿'], details: ['低保给了亲戚', '办证要送礼', '群众意见很大'] },
  { category: 'education_health', subjects: ['学校', '幼儿园', '校车'], issues: ['乱收费', '食堂卫生差', '超载'], details: ['家长负担重', '孩子吃坏肚子', '安全隐患大'] },
  { category: 'environment', subjects: ['河道', '水库', '沟渠'], issues: ['倾倒垃圾', '淤塞', '有人非法采砂'], details: ['水流不畅', '农田灌溉受影响', '河岸垮塌'] },
]

const OPENERS = ['', '你好，', '我要反映一下，', '您好，我是本村村民，', '']
const ASKS = ['请尽快处理。', '希望有关部门管一管。', '请帮忙解决。', '盼早日解决。', '']

/** One complaint's text about a topic, from its interchangeable phrases. */
export function textOf(r: () => number, topic: Topic): string {
  const detail = r() < 0.7 ? `，${pick(r, topic.details)}` : ''
  return `${pick(r, OPENERS)}${pick(r, topic.subjects)}${pick(r, topic.issues)}${detail}。${pick(r, ASKS)}`
}

/** Village codes: `townships` townships of 9 digits under one county, each with `perTownship` villages. */
export function villages(townships: number, perTownship: number): string[] {
  const out: string[] = []
  for (let t = 1; t <= townships; t++) {
    const county = `5301${String(2 + (t % 12)).padStart(2, '0')}`
    const township = `${county}${String(t).padStart(3, '0')}`
    for (let v = 1; v <= perTownship; v++) out.push(`${township}${String(v).padStart(3, '0')}`)
  }
  return out
}

export interface PlantedData { cases: HotspotCase[]; planted: Set<number>; village: string }

/** `noise` cases at random villages and topics, and `plantedCount` street-light complaints in one village. */
export function plantedCluster(noise: number, plantedCount: number, seed = 23): PlantedData {
  const r = rng(seed)
  const places = villages(150, 11)
  const cases: HotspotCase[] = []
  for (let i = 0; i < noise; i++) {
    const topic = pick(r, TOPICS)
    cases.push({ id: i + 1, divisionCode: pick(r, places), category: topic.category, text: textOf(r, topic) })
  }
  const village = places[777]
  const planted = new Set<number>()
  for (let i = 0; i < plantedCount; i++) {
    const id = noise + i + 1
    planted.add(id)
    cases.push({ id, divisionCode: village, category: STREET_LIGHT.category, text: textOf(r, STREET_LIGHT) })
  }
  return { cases, planted, village }
}

/** A Poisson draw (Knuth; fine for the small means here). */
export function poisson(r: () => number, lambda: number): number {
  const limit = Math.exp(-lambda)
  let k = 0
  let p = r()
  while (p > limit) { k++; p *= r() }
  return k
}

/**
 * Weekly counts per `${township}|${category}` for `weeks` weeks: each pair its own steady mean in [0.1, 3); when
 * `spike` is given, that pair's last week is `spike.count`.
 */
export function weeklyCounts(weeks: number, seed: number, spike?: { key: string; count: number }): { weeks: Map<string, number>[]; keys: string[] } {
  const r = rng(seed)
  const keys: string[] = []
  const means = new Map<string, number>()
  for (let t = 1; t <= 150; t++) {
    for (const c of ['urban_management', 'environment', 'housing_property', 'transport', 'social_security', 'education_health', 'village_affairs', 'market_consumer']) {
      const key = `530102${String(t).padStart(3, '0')}|${c}`
      keys.push(key)
      means.set(key, 0.1 + r() * 2.9)
    }
  }
  const out: Map<string, number>[] = []
  for (let w = 0; w < weeks; w++) {
    const m = new Map<string, number>()
    for (const key of keys) {
      const n = spike && w === weeks - 1 && key === spike.key ? spike.count : poisson(r, means.get(key)!)
      if (n) m.set(key, n)
    }
    out.push(m)
  }
  return { weeks: out, keys }
}

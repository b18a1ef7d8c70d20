// The catalogue a new installation starts with: seven first-level groups, the flat list of routing rules (DEFAULT_RULES,
// codes unchanged) as the second level, and common third-level items of a 12345 centre. Admins change it from there.
import type { Level } from '../cases/machine.js'

/** The flat list the catalogue grew from (its second level): code, label, handling level. */
export const DEFAULT_RULES: { category: string; label: string; level: Level }[] = [
  { category: 'village_affairs', label: '村（居）务公开与管理', level: 'village' },
  { category: 'village_finance', label: '村集体资金资产资源', level: 'township' },
  { category: 'village_official_misconduct', label: '村（社区）干部作风与违纪', level: 'township' },
  { category: 'township_official_misconduct', label: '乡镇（街道）干部作风与违纪', level: 'county' },
  { category: 'county_official_misconduct', label: '县（区）干部作风与违纪', level: 'city' },
  { category: 'land_demolition', label: '土地征收与房屋拆迁', level: 'county' },
  { category: 'urban_management', label: '市容与城市管理', level: 'township' },
  { category: 'housing_property', label: '住房与物业', level: 'township' },
  { category: 'environment', label: '生态环境', level: 'county' },
  { category: 'social_security', label: '社会保障与就业', level: 'county' },
  { category: 'education_health', label: '教育与医疗卫生', level: 'county' },
  { category: 'transport', label: '交通出行', level: 'county' },
  { category: 'public_security', label: '社会治安', level: 'county' },
  { category: 'market_consumer', label: '市场监管与消费维权', level: 'county' },
  { category: 'policy_consultation', label: '政策咨询', level: 'city' },
  { category: 'other', label: '其他', level: 'county' },
]

export interface CatalogueSeed { code: string; parentCode: string | null; label: string; handlingLevel: Level | null; keywords?: string; sort: number }

const GROUPS: [code: string, label: string, children: string[]][] = [
  ['grassroots', '基层治理与村（居）务', ['village_affairs', 'village_finance']],
  ['conduct', '干部作风与纪律', ['village_official_misconduct', 'township_official_misconduct', 'county_official_misconduct']],
  ['urban_rural', '城乡建设与管理', ['land_demolition', 'urban_management', 'housing_property', 'transport']],
  ['ecology', '生态环境', ['environment']],
  ['livelihood', '民生保障', ['social_security', 'education_health']],
  ['order_market', '社会治安与市场秩序', ['public_security', 'market_consumer']],
  ['general', '政策咨询与其他', ['policy_consultation', 'other']],
]

/** Third-level items: [parent, code suffix, label, handling level when it differs from the parent's, keywords]. */
const ITEMS: [string, string, string, Level | null, string?][] = [
  ['village_affairs', 'disclosure', '村（居）务公开不及时或不真实', null, '公示栏 公示'],
  ['village_affairs', 'meeting', '村（居）民会议与民主议事', null],
  ['village_affairs', 'election', '村（居）委会选举', 'township', '换届'],
  ['village_finance', 'funds', '集体资金使用与管理', null, '账目'],
  ['village_finance', 'assets', '集体资产出租与处置', null],
  ['village_finance', 'land', '集体土地承包与流转', null],
  ['village_official_misconduct', 'bribery', '索拿卡要、优亲厚友', null],
  ['village_official_misconduct', 'subsidy', '惠民补贴发放不公', null, '低保 补助'],
  ['township_official_misconduct', 'attitude', '服务态度与推诿扯皮', null],
  ['township_official_misconduct', 'discipline', '违规违纪', null],
  ['county_official_misconduct', 'attitude', '服务态度与推诿扯皮', null],
  ['county_official_misconduct', 'discipline', '违规违纪', null],
  ['land_demolition', 'compensation', '征地补偿安置', null],
  ['land_demolition', 'demolition', '房屋征收与拆迁', null],
  ['urban_management', 'street_lights', '路灯与市政设施', null, '路灯 井盖'],
  ['urban_management', 'vendors', '占道经营与流动摊贩', null],
  ['urban_management', 'sanitation', '环境卫生与垃圾清运', null, '垃圾'],
  ['housing_property', 'property_service', '物业服务', null],
  ['housing_property', 'repair', '房屋质量与维修', null],
  ['transport', 'bus', '公交出行', 'city'],
  ['transport', 'road', '道路与交通设施', null],
  ['environment', 'noise', '噪声污染', 'township', '噪音 扰民'],
  ['environment', 'air', '大气污染', null, '油烟 扬尘'],
  ['environment', 'water', '水污染', null],
  ['social_security', 'pension', '养老保险', null],
  ['social_security', 'wages', '就业与工资拖欠', null, '欠薪'],
  ['social_security', 'medical_insurance', '医疗保险', null, '医保'],
  ['education_health', 'school', '学校与入学', null],
  ['education_health', 'hospital', '医疗服务', null],
  ['public_security', 'neighbours', '邻里纠纷', 'township'],
  ['public_security', 'fraud', '电信网络诈骗', null],
  ['market_consumer', 'food', '食品安全', null],
  ['market_consumer', 'consumer', '消费维权', null],
]

export const DEFAULT_CATALOGUE: CatalogueSeed[] = [
  ...GROUPS.map(([code, label], i) => ({ code, parentCode: null, label, handlingLevel: null, sort: (i + 1) * 10 })),
  ...GROUPS.flatMap(([group, , children]) => children.map((code, i) => {
    const rule = DEFAULT_RULES.find((r) => r.category === code)!
    return { code, parentCode: group, label: rule.label, handlingLevel: rule.level, sort: code === 'other' ? 9 : i + 1 }
  })),
  ...ITEMS.map(([parent, suffix, label, level, keywords], i) => ({ code: `${parent}.${suffix}`, parentCode: parent, label, handlingLevel: level, keywords: keywords ?? '', sort: i + 1 })),
]

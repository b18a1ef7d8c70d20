// A hotspot for the browser tests: five complaints about the same broken street lamp in 翠湖西路社区 (华山街道), logged
// by the city's operator and registered by its dispatcher under urban_management — enough for the cluster rule.
import type { Test } from 'tap'
import type { Console } from './support.js'
import { logComplaint, sendEvent, signIn } from '../helper.js'

const CONTENTS = [
  '门口的路灯坏了，晚上一片漆黑。', '门口路灯一直不亮，夜里走路看不见。', '门口的路灯坏了很久没人修，老人晚上出门不安全。',
  '门口的路灯坏了，天黑以后没法出门。', '门口路灯晚上不亮，已经摔倒过人。',
]

/** The five cases' ids, each registered (the test fails if a registration is refused). */
export async function streetLightCluster(t: Test, c: Console): Promise<number[]> {
  const operator = await signIn(c.app, 'operator', '530100')
  const dispatcher = await signIn(c.app, 'dispatcher', '530100')
  const ids: number[] = []
  for (const content of CONTENTS) {
    const created = await logComplaint(operator, { content, address: '昆明市五华区华山街道翠湖西路社区' })
    t.equal((await sendEvent(dispatcher, created.id, { type: 'REGISTER', category: 'urban_management' })).statusCode, 200)
    ids.push(created.id)
  }
  return ids
}

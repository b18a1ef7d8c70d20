import t from 'tap'
import { buildTestApp, signIn, unitOf } from './helper.js'

t.test('foundation: health, divisions, units, auth, users', async (t) => {
  const { app, db, sql } = await buildTestApp(t)

  t.test('health and ready', async (t) => {
    t.equal((await app.inject('/health')).statusCode, 200)
    const ready = await app.inject('/ready')
    t.equal(ready.statusCode, 200)
    t.equal(ready.json().status, 'ready')
    t.ok(ready.headers['x-request-id'], 'every answer carries a request id')
  })

  t.test('Kunming has 1/14/150/1,738 divisions', async (t) => {
    const res = await app.inject('/api/divisions/530100')
    t.equal(res.statusCode, 200)
    const city = res.json()
    t.equal(city.name, '昆明市')
    t.equal(city.level, 'city')
    t.equal(city.children.length, 14)
    t.ok(city.children.some((c: { name: string }) => c.name === '五华区'))
    const counts = await app.sql`select level, count(*)::int as n from divisions where city_code = '530100' group by level`
    t.same(Object.fromEntries(counts.map((r) => [r.level, r.n])), { city: 1, county: 14, township: 150, village: 1738 })
    const village = (await app.inject('/api/divisions/530102001001')).json()
    t.same(village.path.map((p: { name: string }) => p.name), ['昆明市', '五华区', '华山街道', '翠湖西路社区居民委员会'])
    t.equal(village.parentCode, '530102001')
    t.equal((await app.inject('/api/divisions/999999')).json().error.code, 'division_not_found')
  })

  t.test('one default unit per division', async (t) => {
    const units = (await app.inject('/api/units?division=530102001001')).json()
    t.same(units.map((u: { name: string }) => u.name), ['翠湖西路社区居务监督委员会'])
    t.equal((await app.inject('/api/units?division=530100')).json()[0].name, '昆明市群众诉求中心')
    t.equal((await app.inject('/api/units?division=530102')).json()[0].name, '五华区群众诉求中心')
  })

  t.test('address resolution', async (t) => {
    const found = await app.inject({ url: '/api/divisions/resolve', query: { address: '云南省昆明市盘龙区拓东街道' } })
    t.equal(found.statusCode, 200)
    t.equal(found.json().division.code, '530103001')
    t.same(found.json().path.map((p: { code: string }) => p.code), ['530100', '530103', '530103001'])
    const none = await app.inject({ url: '/api/divisions/resolve', query: { address: '火星基地' } })
    t.equal(none.statusCode, 404)
    t.equal(none.json().status, 'not_found')
    const bad = await app.inject({ url: '/api/divisions/resolve' })
    t.equal(bad.statusCode, 400)
    t.equal(bad.json().error.code, 'validation')
    t.equal(bad.json().error.fields[0].field, 'address')
    t.match(bad.json().error.message, /地址/, 'the message names the field in Chinese')
  })

  t.test('sign in, CSRF, sign out, throttling', async (t) => {
    const officer = await signIn(app, 'officer', '530102001')
    const me = await officer.get('/api/me')
    t.equal(me.statusCode, 200)
    t.equal(me.json().user.unit.name, '华山街道群众诉求中心')
    t.equal(me.json().user.roleLabel, '承办人')
    t.match(String((await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: officer.user.username, password: 'correct horse battery' } })).headers['set-cookie']), /HttpOnly; SameSite=Lax/)

    const noCsrf = await app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie: officer.cookie } })
    t.equal(noCsrf.statusCode, 403)
    t.equal(noCsrf.json().error.code, 'csrf')
    t.ok(noCsrf.json().error.message, 'a Chinese message')
    t.ok(noCsrf.json().error.messageEn, 'and an English one')

    t.equal((await officer.post('/api/auth/logout')).statusCode, 200)
    t.equal((await officer.get('/api/me')).statusCode, 401, 'the session is gone after logout')
    t.equal((await app.inject('/api/me')).statusCode, 401)

    // wrong passwords slow down the address they come from (growing delays, test/sign-in.test.ts), no lock
    const victim = await signIn(app, 'clerk', '530102')
    for (let i = 0; i < 3; i++) {
      const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: victim.user.username, password: 'wrong' }, remoteAddress: '203.0.113.50' })
      t.equal(res.json().error.code, 'bad_credentials')
    }
    const fourth = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: victim.user.username, password: 'wrong' }, remoteAddress: '203.0.113.50' })
    t.equal(fourth.json().error.code, 'bad_credentials')
    // the fourth failure starts a 1 s wait: held a minute on, so the next attempt comes inside it however slow the box
    await sql`update sign_in_throttle set next_at = now() + interval '1 minute' where next_at is not null`
    const fifth = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: victim.user.username, password: 'correct horse battery' }, remoteAddress: '203.0.113.50' })
    t.equal(fifth.json().error.code, 'sign_in_throttled', 'even the right password waits from that address')
    const right = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: victim.user.username, password: 'correct horse battery' } })
    t.equal(right.statusCode, 200, 'the account is not locked for its owner')
  })

  t.test('admins create users only within their subtree', async (t) => {
    const townshipAdmin = await signIn(app, 'admin', '530102001')
    const own = await unitOf(db, '530102001001')
    const other = await unitOf(db, '530103001')
    const created = await townshipAdmin.post('/api/users', { username: 'cuihu_officer', password: 'a long password', role: 'officer', unitId: own.id })
    t.equal(created.statusCode, 201)
    t.equal(created.json().unitName, '翠湖西路社区居务监督委员会')
    const refused = await townshipAdmin.post('/api/users', { username: 'tuodong_officer', password: 'a long password', role: 'officer', unitId: other.id })
    t.equal(refused.statusCode, 403)
    t.equal(refused.json().error.code, 'outside_jurisdiction')
    const dup = await townshipAdmin.post('/api/users', { username: 'cuihu_officer', password: 'a long password', role: 'officer', unitId: own.id })
    t.equal(dup.statusCode, 409)
    t.equal(dup.json().error.code, 'username_taken')
    const officer = await signIn(app, 'officer', '530102001')
    const notAdmin = await officer.post('/api/users', { username: 'x_user', password: 'a long password', role: 'officer', unitId: own.id })
    t.equal(notAdmin.statusCode, 403)
    t.equal(notAdmin.json().error.code, 'wrong_role')
    const list = (await townshipAdmin.get('/api/users')).json()
    t.ok(list.every((u: { unitName: string }) => u.unitName !== '拓东街道群众诉求中心'))
    const id = created.json().id
    t.equal((await townshipAdmin.post(`/api/users/${id}/disable`)).statusCode, 200)
    const login = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'cuihu_officer', password: 'a long password' } })
    t.equal(login.json().error.code, 'bad_credentials', 'a disabled account answers as a wrong password does')
  })

  t.test('admins add units under a division in their subtree', async (t) => {
    const cityAdmin = await signIn(app, 'admin', '530100')
    const res = await cityAdmin.post('/api/units', { name: '五华区住房和城乡建设局', divisionCode: '530102' })
    t.equal(res.statusCode, 201)
    t.equal(res.json().level, 'county')
    const units = (await app.inject('/api/units?division=530102')).json()
    t.equal(units.length, 2)
  })
})

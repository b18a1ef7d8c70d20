// Sign-in like a bank: no username enumeration, growing delays instead of a lock a stranger can trigger, a password
// policy, changing one's password, the first admin's forced change and an admin's reset.
import t from 'tap'
import type { FastifyInstance } from 'fastify'
import { buildTestApp, signIn, login, unitOf, testPool } from './helper.js'
import { prepareDatabase } from '../src/bootstrap.js'
import { createUser } from '../src/users/service.js'
import { enrolSecondFactor } from './support/second-factor.js'

const PASSWORD = 'correct horse battery'
const attempt = (app: FastifyInstance, username: string, password: string, remoteAddress = '127.0.0.1') =>
  app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password }, remoteAddress })

t.test('sign-in', async (t) => {
  const { app, sql, db, url } = await buildTestApp(t)
  // The first wait is 1 s: the attempts a test makes "at once" after the failure that starts it cannot be promised
  // inside 1 s on a loaded box, so a wait started by the attempts since `since` (the database's clock) is held a minute
  // on, as if the next attempt came at once
  const dbNow = async () => (await sql`select clock_timestamp() as at`)[0].at as Date
  const holdWait = (since: Date) =>
    sql`update sign_in_throttle set next_at = now() + interval '1 minute' where updated_at >= ${since} and next_at is not null`

  t.test('an unknown user, a disabled account and a wrong password get the same answer', async (t) => {
    const clerk = await signIn(app, 'clerk', '530102')
    const disabled = await signIn(app, 'clerk', '530102')
    await sql`update users set disabled_at = now() where id = ${disabled.user.id}`
    const answers = [
      await attempt(app, 'nobody_here_at_all', PASSWORD, '10.1.0.1'),
      await attempt(app, disabled.user.username, PASSWORD, '10.1.0.2'), // the right password of a disabled account
      await attempt(app, clerk.user.username, 'wrong password!', '10.1.0.3'),
    ]
    for (const res of answers) {
      t.equal(res.statusCode, 401)
      const { requestId, ...error } = res.json().error
      t.ok(requestId)
      t.same(error, { code: 'bad_credentials', message: '用户名或密码错误', messageEn: 'Wrong username or password' }, 'same shape, no attemptsLeft')
    }
  })

  t.test('a stranger\'s wrong passwords slow the stranger, not the account\'s owner', async (t) => {
    const unit = await unitOf(db, '530100')
    await createUser(db, { username: 'city_admin_x', password: PASSWORD, role: 'admin', unitId: unit.id })
    const stranger = '203.0.113.9'
    const codes: string[] = []
    const since = await dbNow()
    for (let i = 0; i < 4; i++) codes.push((await attempt(app, 'city_admin_x', `guess number ${i}`, stranger)).json().error.code)
    await holdWait(since)
    for (let i = 4; i < 6; i++) codes.push((await attempt(app, 'city_admin_x', `guess number ${i}`, stranger)).json().error.code)
    t.same(codes, ['bad_credentials', 'bad_credentials', 'bad_credentials', 'bad_credentials', 'sign_in_throttled', 'sign_in_throttled'])
    const throttled = await attempt(app, 'city_admin_x', PASSWORD, stranger)
    t.equal(throttled.statusCode, 429, 'even the right password waits from the stranger\'s address')
    t.match(throttled.json().error.message, /登录尝试过于频繁/)
    t.ok(Number(throttled.headers['retry-after']) >= 1, 'Retry-After says how long')

    const owner = await attempt(app, 'city_admin_x', PASSWORD, '198.51.100.7')
    t.equal(owner.statusCode, 200, 'the admin signs in from their own address at once')

    // the delays grow: 1 s, 2 s, 4 s … (time moved on by setting the wait into the past); each is read where the
    // server set it, on the counter the failure started a wait on — a second attempt to read its Retry-After could
    // come after a 2 s wait has run out on a loaded box
    const waits: number[] = []
    for (let i = 0; i < 3; i++) {
      await sql`update sign_in_throttle set next_at = now() - interval '1 second'`
      const before = await dbNow()
      t.equal((await attempt(app, 'city_admin_x', 'another guess', stranger)).json().error.code, 'bad_credentials', 'checked once the wait is over')
      const [{ wait }] = await sql`
        select max(extract(epoch from next_at - updated_at))::float as wait from sign_in_throttle where updated_at >= ${before} and next_at is not null`
      waits.push(wait)
    }
    t.ok(waits[0] < waits[1] && waits[1] < waits[2], `growing delays (${waits.join(', ')} s)`)
    t.ok(waits[2] <= 15 * 60, 'capped')
  })

  t.test('an unknown username is throttled exactly as a real one', async (t) => {
    const shapes: string[] = []
    for (const name of ['ghost_user_1', 'city_admin_x']) {
      const from = name === 'ghost_user_1' ? '192.0.2.1' : '192.0.2.2'
      const seq: string[] = []
      const since = await dbNow()
      for (let i = 0; i < 5; i++) {
        if (i === 4) await holdWait(since) // the fifth comes inside the wait the fourth started, however slow the box
        const r = await attempt(app, name, 'wrong guess here', from)
        seq.push(`${r.statusCode}:${r.json().error.code}`)
      }
      shapes.push(seq.join(' '))
    }
    t.equal(shapes[0], shapes[1])
  })

  t.test('passwords follow the rules', async (t) => {
    const admin = await signIn(app, 'admin', '530100')
    const unit = await unitOf(db, '530100')
    for (const [password, reason] of [['1111111111', 'one_character'], ['1234567890', 'common'], ['new_officer_9 is me', 'contains_username'], ['qwertyuiop', 'common']]) {
      const res = await admin.post('/api/users', { username: 'new_officer_9', password, role: 'officer', unitId: unit.id })
      t.equal(res.statusCode, 400, password)
      t.equal(res.json().error.code, 'weak_password')
      t.equal(res.json().error.reason, reason)
      t.match(res.json().error.message, /密码不符合要求/)
    }
    const ok = await admin.post('/api/users', { username: 'new_officer_9', password: 'a long and odd passphrase', role: 'officer', unitId: unit.id })
    t.equal(ok.statusCode, 201)
  })

  t.test('POST /api/me/password: the current password, CSRF, the rules; other sessions end', async (t) => {
    const me = await signIn(app, 'officer', '530102')
    const other = await login(app, me.user.username, PASSWORD)
    const noCsrf = await app.inject({ method: 'POST', url: '/api/me/password', headers: { cookie: me.cookie }, payload: { currentPassword: PASSWORD, newPassword: 'a brand new phrase' } })
    t.equal(noCsrf.json().error.code, 'csrf')
    t.equal((await me.post('/api/me/password', { currentPassword: 'not it at all', newPassword: 'a brand new phrase' })).json().error.code, 'wrong_current_password')
    t.equal((await me.post('/api/me/password', { currentPassword: PASSWORD, newPassword: '2222222222' })).json().error.code, 'weak_password')
    t.equal((await me.post('/api/me/password', { currentPassword: PASSWORD, newPassword: 'short1' })).json().error.reason, 'too_short')
    const changed = await me.post('/api/me/password', { currentPassword: PASSWORD, newPassword: 'a brand new phrase' })
    t.equal(changed.statusCode, 200)
    t.equal((await me.get('/api/me')).statusCode, 200, 'this session goes on')
    t.equal((await other.get('/api/me')).statusCode, 401, 'the other session ended')
    t.equal((await attempt(app, me.user.username, PASSWORD, '10.9.9.9')).statusCode, 401, 'the old password no longer works')
    t.equal((await attempt(app, me.user.username, 'a brand new phrase', '10.9.9.9')).statusCode, 200)
  })

  t.test('an admin resets a password in their subtree; the user must change it first', async (t) => {
    const countyAdmin = await signIn(app, 'admin', '530102')
    const officer = await signIn(app, 'officer', '530102001')
    const outside = await signIn(app, 'officer', '530103')
    t.equal((await countyAdmin.post(`/api/users/${outside.user.id}/password`)).json().error.code, 'outside_jurisdiction')
    const reset = await countyAdmin.post(`/api/users/${officer.user.id}/password`)
    t.equal(reset.statusCode, 200)
    const temporary = reset.json().temporaryPassword as string
    t.equal((await officer.get('/api/me')).statusCode, 401, 'the user\'s sessions ended')

    const signedIn = await login(app, officer.user.username, temporary)
    const me = await signedIn.get('/api/me')
    t.equal(me.json().mustChangePassword, true)
    const blocked = await signedIn.get('/api/cases')
    t.equal(blocked.statusCode, 403)
    t.equal(blocked.json().error.code, 'password_change_required')
    t.equal((await signedIn.post('/api/me/password', { currentPassword: temporary, newPassword: 'officer chose this one' })).statusCode, 200)
    t.equal((await signedIn.get('/api/cases')).statusCode, 200, 'free to work after the change')
  })

  t.test('the first admin must change the printed password', async (t) => {
    await sql`update users set role = 'officer' where role = 'admin'` // a database without an admin yet
    const owner = testPool(t, url) // migrations and the first admin are the owner's work
    const { adminPassword } = await prepareDatabase({ ...owner, url }, '530100', { info() {} }, {})
    t.ok(adminPassword)
    const admin = await login(app, 'admin', adminPassword!)
    t.equal((await admin.get('/api/me')).json().mustChangePassword, true)
    t.equal((await admin.get('/api/users')).json().error.code, 'password_change_required')
    t.equal((await admin.post('/api/me/password', { currentPassword: adminPassword, newPassword: 'the city chief phrase' })).statusCode, 200)
    // then the second factor an admin must have (test/second-factor.test.ts)
    t.equal((await admin.get('/api/users')).json().error.code, 'second_factor_enrolment_required')
    await enrolSecondFactor(admin.inject)
    t.equal((await admin.get('/api/users')).statusCode, 200)
  })
})

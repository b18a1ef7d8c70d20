// 二次验证: a TOTP second factor, required for admins and inspectors and optional for other staff — enrolment (the
// secret sealed, shown once, confirmed by a first code), the code step at sign-in with the same error shape, codes
// good once, throttled like passwords, one-time recovery codes kept hashed, and an admin's audited reset.
import t from 'tap'
import type { FastifyInstance, InjectOptions } from 'fastify'
import { buildTestApp, signIn, login, unitOf } from './helper.js'
import { createUser } from '../src/users/service.js'
import { codeAt, currentStep } from '../src/auth/totp.js'

const PASSWORD = 'correct horse battery'
const attempt = (app: FastifyInstance, username: string, password: string, code?: string, remoteAddress = '127.0.0.1') =>
  app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password, ...(code === undefined ? {} : { code }) }, remoteAddress })

/** Signs in with the password alone and returns an injector on that session (no second step taken). */
async function passwordOnly(app: FastifyInstance, username: string) {
  const res = await attempt(app, username, PASSWORD)
  if (res.statusCode !== 200) throw new Error(`${res.statusCode} ${res.body}`)
  const body = res.json()
  const cookie = String(res.headers['set-cookie']).split(';')[0]
  const inject = (opts: InjectOptions) => app.inject({ ...opts, headers: { cookie, 'x-csrf-token': body.csrfToken, ...(opts.headers ?? {}) } })
  return { body, inject, cookie }
}

t.test('second factor', async (t) => {
  const { app, sql, db } = await buildTestApp(t)
  const city = await unitOf(db, '530100')

  t.test('an admin without a factor is sent to set one up, and does nothing else until then', async (t) => {
    await createUser(db, { username: 'tfa_admin', password: PASSWORD, role: 'admin', unitId: city.id })
    const { body, inject } = await passwordOnly(app, 'tfa_admin')
    t.equal(body.mustEnrolSecondFactor, true, 'the sign-in answer says a factor must be set up')
    t.equal((await inject({ method: 'GET', url: '/api/me' })).json().mustEnrolSecondFactor, true)
    const blocked = await inject({ method: 'GET', url: '/api/users' })
    t.equal(blocked.statusCode, 403)
    t.equal(blocked.json().error.code, 'second_factor_enrolment_required')
    t.match(blocked.json().error.message, /身份验证器/)

    const started = await inject({ method: 'POST', url: '/api/me/second-factor/enrol' })
    t.equal(started.statusCode, 200)
    t.equal(started.headers['cache-control'], 'no-store')
    const { secret, uri } = started.json() as { secret: string; uri: string }
    t.match(secret, /^[A-Z2-7]{32}$/, 'the base32 text of a 160-bit secret')
    t.match(uri, /^otpauth:\/\/totp\/.*tfa_admin\?.*secret=[A-Z2-7]{32}/, 'and the otpauth:// URI')
    t.ok(uri.includes(`secret=${secret}`))
    const [stored] = await sql`select totp_pending_enc, totp_secret_enc, totp_enabled_at from users where username = 'tfa_admin'`
    t.match(stored.totp_pending_enc, /^v1\./, 'kept sealed while pending')
    t.notOk(String(stored.totp_pending_enc).includes(secret), 'never readable')
    t.equal(stored.totp_enabled_at, null, 'not on before a first code')

    const wrong = await inject({ method: 'POST', url: '/api/me/second-factor/confirm', payload: { code: codeAt(secret, currentStep() - 5) } })
    t.equal(wrong.statusCode, 400)
    t.equal(wrong.json().error.code, 'wrong_totp_code')
    const confirmed = await inject({ method: 'POST', url: '/api/me/second-factor/confirm', payload: { code: codeAt(secret, currentStep()) } })
    t.equal(confirmed.statusCode, 200)
    const codes = confirmed.json().recoveryCodes as string[]
    t.equal(codes.length, 8, 'eight recovery codes, shown once')
    t.equal(new Set(codes).size, 8)
    const kept = await sql`select code_hash from totp_recovery_codes where user_id = (select id from users where username = 'tfa_admin')`
    t.equal(kept.length, 8)
    t.notOk(kept.some((r) => codes.some((c) => r.code_hash.includes(c.replace('-', '')))), 'kept only as hashes')
    const [on] = await sql`select totp_secret_enc, totp_pending_enc, totp_enabled_at from users where username = 'tfa_admin'`
    t.match(on.totp_secret_enc, /^v1\./, 'the secret is sealed at rest')
    t.equal(on.totp_pending_enc, null)
    t.ok(on.totp_enabled_at)
    t.equal((await inject({ method: 'GET', url: '/api/users' })).statusCode, 200, 'free to work once it is on')
    t.equal((await inject({ method: 'POST', url: '/api/me/second-factor/enrol' })).json().error.code, 'second_factor_enrolled', 'a second secret is not handed out')
    const [audit] = await sql`select actor_user_id, detail from audit_log where action = 'user.second_factor_enrolled' order by id desc limit 1`
    t.ok(audit, 'the enrolment is audited')
    t.notOk(JSON.stringify(audit.detail).includes(secret), 'without the secret')

    t.test('sign-in asks for the code after the password, with the same error shape', async (t) => {
      const shape = (res: { json(): { error: Record<string, unknown> } }) => Object.keys(res.json().error).sort()
      const unknown = await attempt(app, 'no_such_admin', PASSWORD, undefined, '10.2.0.1')
      const wrongPassword = await attempt(app, 'tfa_admin', 'not the password', undefined, '10.2.0.2')
      t.same(wrongPassword.json().error.code, 'bad_credentials', 'a wrong password says nothing of a factor')
      t.same({ ...wrongPassword.json().error, requestId: 0 }, { ...unknown.json().error, requestId: 0 }, 'and answers as an unknown user does')

      const noCode = await attempt(app, 'tfa_admin', PASSWORD, undefined, '10.2.0.3')
      t.equal(noCode.statusCode, 401)
      t.equal(noCode.json().error.code, 'second_factor_required')
      t.same(shape(noCode), shape(unknown), 'the same shape as every sign-in refusal')
      t.notOk(noCode.headers['set-cookie'], 'no session before the code')

      const bad = await attempt(app, 'tfa_admin', PASSWORD, codeAt(secret, currentStep() - 7), '10.2.0.3')
      t.equal(bad.statusCode, 401)
      t.equal(bad.json().error.code, 'bad_second_factor')
      t.same(shape(bad), shape(unknown))

      const code = codeAt(secret, currentStep() + 1) // the next step: the confirmation used the current one
      const good = await attempt(app, 'tfa_admin', PASSWORD, code, '10.2.0.3')
      t.equal(good.statusCode, 200, 'the right code signs in')
      t.equal(good.json().mustEnrolSecondFactor, false)
      const again = await attempt(app, 'tfa_admin', PASSWORD, code, '10.2.0.4')
      t.equal(again.json().error.code, 'bad_second_factor', 'the same code is not good twice, even within its window')
    })

    t.test('wrong codes are throttled like wrong passwords', async (t) => {
      const from = '203.0.113.77'
      const answers: string[] = []
      const [{ since }] = await sql`select clock_timestamp() as since`
      for (let i = 0; i < 6; i++) {
        // the fourth failure starts a 1 s wait; the attempts after it come inside it however slow the box: held a minute on
        if (i === 4) await sql`update sign_in_throttle set next_at = now() + interval '1 minute' where updated_at >= ${since} and next_at is not null`
        answers.push((await attempt(app, 'tfa_admin', PASSWORD, '000000', from)).json().error.code)
      }
      // the account-and-address counter: 3 free failures, then a wait (as for passwords, test/sign-in.test.ts)
      t.same(answers, ['bad_second_factor', 'bad_second_factor', 'bad_second_factor', 'bad_second_factor', 'sign_in_throttled', 'sign_in_throttled'],
        'a right password with a wrong code counts as a failure and does not wipe the count')
      const right = await attempt(app, 'tfa_admin', PASSWORD, '123456', from)
      t.equal(right.statusCode, 429, 'inside the wait nothing is checked')
      t.ok(Number(right.headers['retry-after']) >= 1)
    })

    t.test('a recovery code signs in once', async (t) => {
      const first = await attempt(app, 'tfa_admin', PASSWORD, codes[0].toUpperCase(), '10.2.1.1')
      t.equal(first.statusCode, 200, 'typed in capitals too')
      const second = await attempt(app, 'tfa_admin', PASSWORD, codes[0], '10.2.1.2')
      t.equal(second.json().error.code, 'bad_second_factor', 'used up')
      const [used] = await sql`select detail from audit_log where action = 'user.recovery_code_used' order by id desc limit 1`
      t.equal(used?.detail.recoveryCodesLeft, 7, 'its use is audited with what is left')
      const status = await (await login(app, 'tfa_admin', PASSWORD)).get('/api/me/second-factor')
      t.match(status.json(), { enabled: true, required: true, recoveryCodesLeft: 7 })
    })
  })

  t.test('optional for other staff', async (t) => {
    const officer = await signIn(app, 'officer', '530102001')
    t.equal((await officer.get('/api/me')).json().mustEnrolSecondFactor, false, 'an officer is not made to')
    t.match((await officer.get('/api/me/second-factor')).json(), { enabled: false, required: false })
    const { secret } = (await officer.post('/api/me/second-factor/enrol')).json()
    const other = await login(app, officer.user.username, PASSWORD)
    t.equal((await officer.post('/api/me/second-factor/confirm', { code: codeAt(secret, currentStep()) })).statusCode, 200, 'but may turn it on')
    t.equal((await officer.get('/api/me')).statusCode, 200, 'this session goes on')
    t.equal((await other.get('/api/me')).statusCode, 401, 'the others end')
    t.equal((await attempt(app, officer.user.username, PASSWORD, undefined, '10.3.0.1')).json().error.code, 'second_factor_required', 'and then it is asked for')
  })

  t.test('an admin resets a user\'s factor within their subtree, audited', async (t) => {
    const countyAdmin = await signIn(app, 'admin', '530102')
    const officer = await signIn(app, 'officer', '530102001')
    const { secret } = (await officer.post('/api/me/second-factor/enrol')).json()
    await officer.post('/api/me/second-factor/confirm', { code: codeAt(secret, currentStep()) })
    const outside = await signIn(app, 'admin', '530103')
    const townAdmin = await signIn(app, 'admin', '530102001') // an admin below the county admin: a required role

    t.equal((await outside.post(`/api/users/${officer.user.id}/second-factor/reset`, { reason: '手机丢失' })).json().error.code, 'outside_jurisdiction')
    t.equal((await countyAdmin.post(`/api/users/${officer.user.id}/second-factor/reset`, {})).statusCode, 400, 'a reason is required')
    const reset = await countyAdmin.post(`/api/users/${officer.user.id}/second-factor/reset`, { reason: '手机丢失，本人电话确认' })
    t.equal(reset.statusCode, 200)
    t.equal((await officer.get('/api/me')).statusCode, 401, 'the user\'s sessions ended')
    const [row] = await sql`select totp_secret_enc, totp_enabled_at, (select count(*)::int from totp_recovery_codes where user_id = users.id) as codes from users where id = ${officer.user.id}`
    t.same({ ...row }, { totp_secret_enc: null, totp_enabled_at: null, codes: 0 }, 'secret and recovery codes are gone')
    const [audit] = await sql`select actor_user_id, detail from audit_log where action = 'user.second_factor_reset' order by id desc limit 1`
    t.equal(Number(audit.actor_user_id), countyAdmin.user.id, 'the reset is audited: who')
    t.match(audit.detail, { userId: officer.user.id, reason: '手机丢失，本人电话确认' }, 'whom and why')
    t.equal((await attempt(app, officer.user.username, PASSWORD, undefined, '10.4.0.1')).statusCode, 200, 'an officer signs in with the password alone again')

    await countyAdmin.post(`/api/users/${townAdmin.user.id}/second-factor/reset`, { reason: '更换手机' })
    const back = await passwordOnly(app, townAdmin.user.username)
    t.equal(back.body.mustEnrolSecondFactor, true, 'an admin must set one up again at the next sign-in')
  })

})

t.test('an inspector without a factor gets neither the API nor the live feed', async (t) => {
  const { app, db } = await buildTestApp(t, {}, undefined, { live: {} })
  await app.ready()
  const city = await unitOf(db, '530100')
  await createUser(db, { username: 'tfa_inspector', password: PASSWORD, role: 'inspector', unitId: city.id })
  const { body, inject, cookie } = await passwordOnly(app, 'tfa_inspector')
  t.equal(body.mustEnrolSecondFactor, true, 'inspectors must set one up too')
  t.equal((await inject({ method: 'GET', url: '/api/cases' })).json().error?.code, 'second_factor_enrolment_required')
  const refused = await app.injectWS('/ws', { headers: { cookie } }).then(() => 'accepted', (err: Error) => err.message)
  t.equal(refused, 'Unexpected server response: 403', 'the websocket upgrade is refused')
  const enrolled = await login(app, 'tfa_inspector', PASSWORD) // sets the factor up, as the console makes them
  const ws = await app.injectWS('/ws', { headers: { cookie: enrolled.cookie } })
  t.pass('once it is set up, the live feed opens')
  ws.terminate()
})

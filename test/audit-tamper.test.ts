// Tamper evidence (issue 17): each way the audit record was quietly rewritten before — with the database superuser's
// rights, the triggers switched off — is now named by `audit verify`; so is a rewrite by a holder of the secret that
// reaches behind a published anchor. An intact database, and one restored from a backup, verify.
import t from 'tap'
// it starts processes (the service, PostgreSQL, the CLI): tap's 300 s per file is too short on a loaded or slow box; each wait inside has its own bound
t.setTimeout(10 * 60_000)
import { execFile } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import { appRoleUrl, buildTestApp, logComplaint, sendEvent, signIn, testPool, type Session } from './helper.js'
import { verifyAudit, describeResult } from '../src/audit/verify.js'
import { anchorsDir, makeAnchor, recordRestore } from '../src/audit/anchors.js'
import { auditKey, keyedRowHash, rowHash } from '../src/audit/log.js'
import { projectRoot } from '../src/paths.js'
import type { Sql } from '../src/db/index.js'

type Tap = { teardown(fn: () => unknown): void }

/** A database with a few cases: one registered and answered, two with reveals; the superuser's pool beside the app. */
async function fixture(t: Tap) {
  const { app, url, config } = await buildTestApp(t)
  const owner = testPool(t, url).sql
  const operator = await signIn(app, 'operator', '530100')
  const dispatcher = await signIn(app, 'dispatcher', '530100')
  const inspector = await signIn(app, 'inspector', '530100')
  const ok = async (s: Session, id: number, body: Record<string, unknown>) => {
    const res = await sendEvent(s, id, body)
    if (res.statusCode !== 200) throw new Error(`${body.type}: ${res.statusCode} ${res.body}`)
  }
  const cases: number[] = []
  for (let i = 0; i < 3; i++) cases.push((await logComplaint(operator)).id)
  await ok(dispatcher, cases[0], { type: 'REGISTER', category: 'policy_consultation' })
  await ok(dispatcher, cases[0], { type: 'ANSWER', text: '按政策规定办理。' })
  for (const id of cases.slice(1)) {
    for (let i = 0; i < 3; i++) {
      const res = await inspector.post(`/api/cases/${id}/reveal`, { field: 'phone', reason: '回访核实' })
      if (res.statusCode !== 200) throw new Error(`reveal: ${res.statusCode} ${res.body}`)
    }
  }
  const verify = () => verifyAudit(app.sql, { secret: config.SUQIU_SECRET, dataDir: config.dataDir })
  return { app, url, owner, config, cases, verify, secret: config.SUQIU_SECRET, dataDir: config.dataDir }
}

/** As the superuser, with the triggers off: what the attacker did. */
function unprotected(owner: Sql, fn: (tx: Sql) => Promise<unknown>) {
  return owner.begin(async (tx) => {
    await tx`set local session_replication_role = replica`
    await fn(tx as unknown as Sql)
  })
}

/** Re-hashes a chain from its first row as the old code did (unkeyed SHA-256): the attack that used to pass. */
async function rechainUnkeyed(tx: Sql, caseId: number) {
  const rows = await tx`select id, to_char(created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as at, actor_user_id, actor_kind, action, case_id, detail from audit_log where case_id = ${caseId} order by id`
  let prev = '0'.repeat(64)
  for (const r of rows) {
    const hash = rowHash(prev, { id: Number(r.id), at: r.at, actorUserId: r.actor_user_id === null ? null : Number(r.actor_user_id), actorKind: r.actor_kind, action: r.action, caseId, detail: r.detail })
    await tx`update audit_log set prev_hash = ${prev}, row_hash = ${hash}, hash_version = 1 where id = ${r.id}`
    prev = hash
  }
}

/** Re-hashes a chain with the real key: what only a holder of SUQIU_SECRET can do. */
async function rechainKeyed(tx: Sql, secret: string, caseId: number) {
  const key = auditKey(secret)
  const rows = await tx`select id, to_char(created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as at, actor_user_id, actor_kind, action, case_id, detail, case_state from audit_log where case_id = ${caseId} order by id`
  let prev = '0'.repeat(64)
  for (const r of rows) {
    const hash = keyedRowHash(key, prev, { id: Number(r.id), at: r.at, actorUserId: r.actor_user_id === null ? null : Number(r.actor_user_id), actorKind: r.actor_kind, action: r.action, caseId, detail: r.detail, caseState: r.case_state })
    await tx`update audit_log set prev_hash = ${prev}, row_hash = ${hash} where id = ${r.id}`
    prev = hash
  }
}

const today = () => new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10)

t.test('an intact database verifies, and the CLI says so', async (t) => {
  const f = await fixture(t)
  const r = await f.verify()
  t.ok(r.ok, describeResult(r).join('\n'))
  // three cases' chains, and the chain of rows without a case (the inspector's second-factor enrolment)
  t.ok(r.rows >= 12 && r.cases === 3 && r.chains === 4, `${r.rows} rows, ${r.chains} chains, ${r.cases} cases`)
  const [{ v }] = await f.owner`select count(*)::int as v from audit_log where hash_version = 2 and case_state is not null`
  t.ok(v >= 5, 'events are keyed and carry their case\'s state')
  const anchor = await makeAnchor(f.app.sql, f.secret, f.dataDir, today(), new Date())
  t.same([anchor.chains, anchor.rows], [4, r.rows], 'every chain and row is under the anchor')
  t.ok((await f.verify()).ok, 'and with its anchor')

  const appUrl = await appRoleUrl(f.url)
  const run = await new Promise<{ code: number; out: string }>((resolve) => {
    execFile(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'audit', 'verify'], {
      cwd: projectRoot, timeout: 120_000,
      env: { ...process.env, DATABASE_URL: appUrl, SUQIU_DATA_DIR: f.dataDir, SUQIU_SECRET: f.secret, LOG_LEVEL: 'warn' },
    }, (err, stdout, stderr) => resolve({ code: err ? Number(err.code ?? 1) : 0, out: stdout + stderr }))
  })
  t.equal(run.code, 0, run.out)
  t.match(run.out, /audit log intact: \d+ rows in 4 chains verified, 3 cases match their last audited event, 1 anchors hold/)
  const [last] = await f.owner`select id from audit_log order by id desc limit 1`
  await unprotected(f.owner, (tx) => tx`update audit_log set action = action || '.forged' where id = ${last.id}`)
  const broken = await new Promise<{ code: number; out: string }>((resolve) => {
    execFile(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'audit', 'verify'], {
      cwd: projectRoot, timeout: 120_000,
      env: { ...process.env, DATABASE_URL: appUrl, SUQIU_DATA_DIR: f.dataDir, SUQIU_SECRET: f.secret, LOG_LEVEL: 'warn' },
    }, (err, stdout, stderr) => resolve({ code: err ? Number(err.code ?? 1) : 0, out: stdout + stderr }))
  })
  t.equal(broken.code, 1, 'a broken log exits 1')
  t.match(broken.out, new RegExp(`row ${last.id} \\(case \\d+\\): row_hash does not match the row's content`))
})

t.test('a row edited and the chain re-hashed the old way is named', async (t) => {
  const f = await fixture(t)
  const [victim] = await f.owner`select id from audit_log where case_id = ${f.cases[0]} order by id offset 1 limit 1`
  await unprotected(f.owner, async (tx) => {
    await tx`update audit_log set detail = jsonb_set(detail, '{payload,category}', '"forged"') where id = ${victim.id}`
    await rechainUnkeyed(tx, f.cases[0])
  })
  const r = await f.verify()
  t.notOk(r.ok)
  t.equal(r.brokenAt?.id, (await f.owner`select min(id)::int as id from audit_log where case_id = ${f.cases[0]}`)[0].id, 'the first re-hashed row of the chain is named (no unkeyed row passes)')
  t.same(r.problems.map((p) => [p.kind, p.caseId]), [['chain', f.cases[0]], ['case', f.cases[0]]], describeResult(r).join('\n'))
  t.match(r.problems[0].reason, /has no keyed row: its rows were re-hashed without the key/)
  t.match(r.problems[1].reason, /event 1 in case_events differs from its audit row \d+: payload/, 'and the timeline no longer matches the forged row')
})

t.test('reveal rows deleted from the middle of a chain, and the chain re-hashed, are found', async (t) => {
  const f = await fixture(t)
  const id = f.cases[1]
  const reveals = await f.owner`select id from audit_log where case_id = ${id} and action = 'identity.reveal' order by id`
  t.equal(reveals.length, 3)
  await unprotected(f.owner, (tx) => tx`delete from audit_log where id = any(${reveals.slice(0, 2).map((r) => r.id)}::bigint[])`)
  let r = await f.verify()
  t.notOk(r.ok)
  t.equal(r.brokenAt?.id, Number(reveals[2].id), 'without re-hashing: the row after the gap no longer links')
  t.match(r.problems[0].reason, /does not link to the row before it/)
  await unprotected(f.owner, (tx) => rechainUnkeyed(tx, id))
  r = await f.verify()
  t.notOk(r.ok, 'with the chain re-hashed unkeyed: still found')
  t.match(describeResult(r).join('\n'), new RegExp(`case ${id}`))
})

t.test('the last rows of a chain cut off behind an anchor are found by the anchor', async (t) => {
  const f = await fixture(t)
  const day = today()
  // the anchor's cutoff just after the chain's last row so far, and that row the one cut off (an audit row written by
  // work still finishing in the background lands after the cutoff and must not be the one deleted)
  const [last] = await f.owner`select id, created_at from audit_log where case_id = ${f.cases[2]} order by id desc limit 1`
  await makeAnchor(f.app.sql, f.secret, f.dataDir, day, new Date(Math.max(Date.now(), new Date(last.created_at).getTime() + 1)))
  await unprotected(f.owner, (tx) => tx`delete from audit_log where id = ${last.id}`)
  const r = await f.verify()
  t.notOk(r.ok)
  const anchor = r.problems.find((p) => p.kind === 'anchor')
  t.equal(anchor?.day, day, describeResult(r).join('\n'))
  t.match(anchor?.reason, /rewritten/)
})

t.test('a state-changing event cut from a chain\'s end after the last anchor is found without waiting for the next one', async (t) => {
  const f = await fixture(t)
  // case 0's last event (ANSWER: the case went to feedback) cut off, audit row and timeline row, the cases row left as it is
  const [last] = await f.owner`select id, action from audit_log where case_id = ${f.cases[0]} and case_state is not null order by id desc limit 1`
  await unprotected(f.owner, async (tx) => {
    await tx`delete from audit_log where case_id = ${f.cases[0]} and id >= ${last.id}`
    await tx`delete from case_events where case_id = ${f.cases[0]} and id = (select max(id) from case_events where case_id = ${f.cases[0]})`
  })
  const r = await f.verify()
  t.notOk(r.ok, 'no anchor covers the cut rows, and still it is found')
  t.match(describeResult(r).join('\n'), new RegExp(`case ${f.cases[0]}: (version|state) is .* in cases, its last audited event \\(row \\d+\\) left`),
    'the case\'s stored state is one no remaining event explains')
})

t.test('a case\'s whole chain deleted is found', async (t) => {
  const f = await fixture(t)
  await unprotected(f.owner, (tx) => tx`delete from audit_log where case_id = ${f.cases[1]}`)
  const r = await f.verify()
  t.notOk(r.ok)
  t.same(r.problems.map((p) => [p.kind, p.caseId]), [['case', f.cases[1]]], describeResult(r).join('\n'))
  t.match(r.problems[0].reason, /no audit rows/)
})

t.test('cases.rating and cases.resolved changed by hand are named', async (t) => {
  const f = await fixture(t)
  await f.owner`update cases set rating = 'satisfied', resolved = true where id = ${f.cases[1]}`
  const r = await f.verify()
  t.notOk(r.ok)
  t.equal(r.problems.length, 1, describeResult(r).join('\n'))
  t.equal(r.problems[0].caseId, f.cases[1])
  t.match(r.problems[0].reason, /resolved is true in cases.*rating is "satisfied" in cases, its last audited event \(row \d+\) left null/)
  // the app's own role may write cases, but not without its event: the same change through the app's login is found too
  await f.owner`update cases set rating = null, resolved = null where id = ${f.cases[1]}`
  t.ok((await f.verify()).ok, 'put back, it verifies')
  await f.app.sql`update cases set state = 'closed' where id = ${f.cases[2]}`
  t.match(describeResult(await f.verify()).join('\n'), new RegExp(`case ${f.cases[2]}: state is "closed" in cases`))
})

t.test('two rows swapped (reordered) are found', async (t) => {
  const f = await fixture(t)
  const rows = await f.owner`select id from audit_log where case_id = ${f.cases[2]} order by id`
  const [a, b] = [Number(rows[1].id), Number(rows[2].id)]
  // every column but the id moves: row b now stands where row a stood
  const cols = ['created_at', 'actor_user_id', 'actor_kind', 'action', 'case_id', 'detail', 'case_state', 'hash_version', 'prev_hash', 'row_hash']
  await unprotected(f.owner, async (tx) => {
    const [ra] = await tx`select ${tx(cols)} from audit_log where id = ${a}`
    const [rb] = await tx`select ${tx(cols)} from audit_log where id = ${b}`
    await tx`update audit_log set ${tx(rb, cols)} where id = ${a}`
    await tx`update audit_log set ${tx(ra, cols)} where id = ${b}`
  })
  const r = await f.verify()
  t.notOk(r.ok)
  t.equal(r.brokenAt?.id, a, describeResult(r).join('\n'))
})

t.test('a holder of the secret who rewrites history behind the published anchor is found', async (t) => {
  const f = await fixture(t)
  const day = today()
  const published = await makeAnchor(f.app.sql, f.secret, f.dataDir, day, new Date())
  t.ok(readdirSync(anchorsDir(f.dataDir)).includes(`${day}.json`), 'the anchor is written to the anchors folder')
  t.equal(JSON.parse(readFileSync(`${anchorsDir(f.dataDir)}/${day}.json`, 'utf8')).root, published.root)
  const shown = (await f.app.inject({ method: 'GET', url: '/api/public/anchors?limit=5' })).json()
  t.same(shown.anchors.map((a: { day: string; root: string }) => [a.day, a.root]), [[day, published.root]], 'and shown on the public page')
  t.notOk(JSON.stringify(shown).includes('digest'), 'days, counts and roots only')

  const [victim] = await f.owner`select id from audit_log where case_id = ${f.cases[0]} and action = 'case.ANSWER'`
  await unprotected(f.owner, async (tx) => {
    // a thorough rewrite: the audit row, its chain re-hashed with the key, and the timeline to match
    await tx`update audit_log set detail = jsonb_set(detail, '{payload,text}', '"改写的答复"') where id = ${victim.id}`
    await tx`update case_events set payload = jsonb_set(payload, '{text}', '"改写的答复"') where case_id = ${f.cases[0]} and type = 'ANSWER'`
    await rechainKeyed(tx, f.secret, f.cases[0])
  })
  let r = await f.verify()
  t.notOk(r.ok, 'every row hashes right with the key, but the anchor does not')
  t.same(r.problems.map((p) => [p.kind, p.day]), [['anchor', day]], describeResult(r).join('\n'))
  t.match(r.problems[0].reason, /same counts, different heads/)

  // the anchor re-made in the database too: the published copy differs
  await unprotected(f.owner, (tx) => tx`delete from audit_anchors where day = ${day}`)
  const remade = await makeAnchor(f.app.sql, f.secret, f.dataDir + '-elsewhere', day, new Date(published.cutoff))
  t.not(remade.root, published.root)
  r = await f.verify()
  t.match(describeResult(r).join('\n'), new RegExp(`day ${day}: the anchor of ${day} in the database differs from the published one`))
})

t.test('after a restore from an older backup, the anchors published since are expected missing, not tampering', async (t) => {
  const f = await fixture(t)
  await makeAnchor(f.app.sql, f.secret, f.dataDir, '2026-01-01', new Date())
  const backupAt = new Date()
  await new Promise((r) => setTimeout(r, 5))
  await makeAnchor(f.app.sql, f.secret, f.dataDir, '2026-01-02', new Date(Date.now() + 1))
  // the restored database has no anchor of the second day (it was made after the backup)
  await unprotected(f.owner, (tx) => tx`delete from audit_anchors where day = '2026-01-02'`)
  let r = await f.verify()
  t.notOk(r.ok, 'without a recorded restore, a published anchor missing is tampering')
  t.match(describeResult(r).join('\n'), /the published anchor of 2026-01-02 is missing from the database/)
  await recordRestore(f.app.sql, f.secret, { backupAt })
  r = await f.verify()
  t.ok(r.ok, describeResult(r).join('\n'))
  t.match(r.notes.join('\n'), new RegExp(`restored at .* from a backup of ${backupAt.toISOString()}: the anchor of 2026-01-02, published after the backup, is expected missing`))
  const [row] = await f.owner`select actor_kind, detail from audit_log where action = 'system.restore'`
  t.equal(row.actor_kind, 'system', 'the restore itself is audited')
})

t.test('rows written before the chain was keyed verify once sealed, and cannot be rewritten after', async (t) => {
  const f = await fixture(t)
  // a legacy chain as the code before migration 0017 wrote it: unkeyed, no case state (rows without a case); the
  // fixture's own rows without a case (the inspector's second-factor enrolment) did not exist then
  await unprotected(f.owner, (tx) => tx`delete from audit_log where case_id is null`)
  let prev = '0'.repeat(64)
  for (const action of ['user.create', 'user.disable']) {
    const [{ id }] = await f.owner`select nextval('audit_log_id_seq')::int as id`
    const at = new Date().toISOString()
    const row = { id, at, actorUserId: null, actorKind: 'system', action, caseId: null, detail: { n: id } }
    const hash = rowHash(prev, row)
    await f.owner`insert into audit_log (id, created_at, actor_kind, action, case_id, detail, hash_version, prev_hash, row_hash)
      overriding system value values (${id}, ${at}, 'system', ${action}, null, ${f.owner.json(row.detail)}, 1, ${prev}, ${hash})`
    prev = hash
  }
  const unsealed = await f.verify()
  t.notOk(unsealed.ok, 'an unkeyed chain with no keyed row is not accepted')
  const { sealLegacyChains } = await import('../src/audit/log.js')
  t.equal(await sealLegacyChains(f.app.sql), 1, 'the legacy chain gets one keyed row')
  t.equal(await sealLegacyChains(f.app.sql), 0, 'once')
  const sealed = await f.verify()
  t.ok(sealed.ok, describeResult(sealed).join('\n'))
  t.match(sealed.notes.join('\n'), /2 rows written before the chain was keyed/)
  // the legacy rows re-hashed the old way after an edit: the keyed seal no longer links
  await unprotected(f.owner, async (tx) => {
    const rows = await tx`select id, to_char(created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as at, detail from audit_log where case_id is null and hash_version = 1 order by id`
    let p = '0'.repeat(64)
    for (const r of rows) {
      const detail = { ...r.detail, forged: true }
      const h = rowHash(p, { id: Number(r.id), at: r.at, actorUserId: null, actorKind: 'system', action: r.id === rows[0].id ? 'user.create' : 'user.disable', caseId: null, detail })
      await tx`update audit_log set detail = ${tx.json(detail)}, prev_hash = ${p}, row_hash = ${h} where id = ${r.id}`
      p = h
    }
  })
  const r = await f.verify()
  t.notOk(r.ok)
  t.match(describeResult(r).join('\n'), /does not link to the row before it/)
})

t.test('a case\'s event rows (its timeline) added, changed or removed by hand are named', async (t) => {
  const f = await fixture(t)
  const id = f.cases[0]
  await unprotected(f.owner, async (tx) => {
    await tx`update case_events set payload = jsonb_set(payload, '{text}', '"改写的答复"') where case_id = ${id} and type = 'ANSWER'`
    await tx`insert into case_events (case_id, version, type, actor_kind, payload, from_state, to_state) values (${id}, 99, 'SEND_FEEDBACK', 'staff', '{}', 'feedback', 'evaluation')`
    await tx`delete from case_events where case_id = ${f.cases[1]} and version = 0`
  })
  const r = await f.verify()
  const text = describeResult(r).join('\n')
  t.notOk(r.ok)
  t.match(text, new RegExp(`case ${id}: event 2 in case_events differs from its audit row \\d+: payload`), 'the edited answer')
  t.match(text, new RegExp(`case ${id}: event 99 \\(SEND_FEEDBACK\\) in case_events has no audit row`), 'the added event')
  t.match(text, new RegExp(`case ${f.cases[1]}: audited event 0 \\(RECEIVED, row \\d+\\) is missing from case_events`), 'the removed one')
})

import t from 'tap'
import { decrypt, DecryptError, deriveKeys, encrypt, isEncryptedToken, keyedHash } from '../src/privacy/crypto.js'
import { maskAddress, maskEmail, maskIdNumber, maskName, maskPhone } from '../src/privacy/mask.js'
import { idCheckChar, normalizeEmail, normalizePhone, validateIdNumber } from '../src/privacy/identity.js'
import {
  formatCaseNumber,
  hashPassword,
  hashPin,
  needsRehash,
  newPin,
  newTrackingCode,
  normalizeTrackingCode,
  parseCaseNumber,
  PASSWORD_SCRYPT,
  PIN_SCRYPT,
  TRACKING_ALPHABET,
  TRACKING_CODE_BITS,
  verifyPassword,
  verifyPin,
} from '../src/privacy/codes.js'

t.test('deriveKeys', async (t) => {
  const a = deriveKeys('correct horse battery staple')
  const b = deriveKeys('correct horse battery staple')
  const c = deriveKeys('another secret')
  t.equal(a.encKey.length, 32)
  t.equal(a.hashKey.length, 32)
  t.ok(a.encKey.equals(b.encKey), 'deterministic')
  t.notOk(a.encKey.equals(a.hashKey), 'encryption and hash keys differ')
  t.notOk(a.encKey.equals(c.encKey), 'depends on the secret')
  t.throws(() => deriveKeys(''))
})

t.test('encrypt / decrypt', async (t) => {
  const { encKey } = deriveKeys('s3cret')
  const plain = '张三 +8613812345678 云南省昆明市五华区'
  const tok1 = encrypt(encKey, plain)
  const tok2 = encrypt(encKey, plain)
  t.match(tok1, /^v1\.[A-Za-z0-9_-]{16}\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]+$/, 'compact versioned token')
  t.ok(isEncryptedToken(tok1))
  t.notOk(isEncryptedToken('13812345678'))
  t.not(tok1, tok2, 'fresh IV each time')
  t.not(tok1.split('.')[1], tok2.split('.')[1], 'IVs differ')
  // IVs come from a pool refilled every 341: across several refills, none repeats and every token still opens
  const many = Array.from({ length: 1200 }, (_, i) => encrypt(encKey, `field ${i}`))
  t.equal(new Set(many.map((tok) => tok.split('.')[1])).size, many.length, '1,200 tokens, 1,200 different IVs')
  t.ok(many.every((tok, i) => decrypt(encKey, tok) === `field ${i}`), 'each decrypts to its own text')
  t.equal(decrypt(encKey, tok1), plain, 'round trip (UTF-8)')
  t.equal(decrypt(encKey, tok2), plain)
  t.equal(decrypt(encKey, encrypt(encKey, '')), '', 'empty string')
  t.notOk(tok1.includes('138'), 'no plaintext in the token')

  // Tamper with the ciphertext: flip one bit.
  const [v, iv, tag, ct] = tok1.split('.')
  const ctBuf = Buffer.from(ct, 'base64url')
  ctBuf[0] ^= 1
  const tampered = [v, iv, tag, ctBuf.toString('base64url')].join('.')
  t.throws(() => decrypt(encKey, tampered), DecryptError, 'tampered ciphertext')
  t.throws(() => decrypt(encKey, tampered), /tampered/)
  const tagBuf = Buffer.from(tag, 'base64url')
  tagBuf[5] ^= 0x80
  t.throws(() => decrypt(encKey, [v, iv, tagBuf.toString('base64url'), ct].join('.')), DecryptError, 'tampered tag')
  t.throws(() => decrypt(deriveKeys('other').encKey, tok1), DecryptError, 'wrong key')
  t.throws(() => decrypt(encKey, 'v2' + tok1.slice(2)), /version/)
  t.throws(() => decrypt(encKey, 'garbage'), DecryptError)

  const bound = encrypt(encKey, '13812345678', 'complaint:1:phone')
  t.equal(decrypt(encKey, bound, 'complaint:1:phone'), '13812345678', 'with AAD')
  t.throws(() => decrypt(encKey, bound, 'complaint:2:phone'), DecryptError, 'AAD binds the context')
})

t.test('keyedHash', async (t) => {
  const { hashKey } = deriveKeys('s3cret')
  const h = keyedHash(hashKey, '+8613812345678')
  t.match(h, /^[0-9a-f]{64}$/)
  t.equal(keyedHash(hashKey, '+8613812345678'), h, 'stable')
  t.equal(keyedHash(hashKey, '  +8613812345678 '), h, 'trimmed')
  t.equal(keyedHash(hashKey, 'ZhangSan@Example.com'), keyedHash(hashKey, 'zhangsan@example.com'), 'case-insensitive')
  t.equal(keyedHash(hashKey, '１１０１０５'), keyedHash(hashKey, '110105'), 'full-width digits')
  t.not(keyedHash(hashKey, '+8613812345679'), h, 'value-dependent')
  t.not(keyedHash(deriveKeys('other').hashKey, '+8613812345678'), h, 'key-dependent')
})

t.test('masks', async (t) => {
  t.equal(maskPhone('+8613812345678'), '138****5678')
  t.equal(maskPhone('13812345678'), '138****5678')
  t.equal(maskPhone('0086 138-1234-5678'), '138****5678')
  t.equal(maskPhone('+8687163123456'), '871****3456')
  t.equal(maskPhone('0871-63123456'), '087*****3456')
  t.equal(maskPhone('12345'), '***45')
  t.equal(maskPhone(null), '')
  t.equal(maskIdNumber('530102199001011234'), '5301**********1234')
  t.equal(maskIdNumber('11010519491231002X'), '1101**********002X')
  t.equal(maskEmail('zhangsan@example.com'), 'z***@example.com')
  t.equal(maskEmail('a@b.cn'), 'a***@b.cn')
  t.equal(maskName('张三'), '张*')
  t.equal(maskName('欧阳娜娜'), '欧***')
  t.equal(maskName('王小明'), '王**')
  t.equal(maskName('张'), '*')
  t.equal(maskName('𠀀三'), '𠀀*', 'astral CJK character counts as one')
  t.equal(maskAddress('云南省昆明市五华区华山南路100号'), '云南省昆明市****')
  t.equal(maskAddress(undefined), '')
})

t.test('validateIdNumber', async (t) => {
  const ok = validateIdNumber('11010519491231002X')
  t.same(ok, { ok: true, value: '11010519491231002X', birthDate: '1949-12-31', sex: 'female' })
  t.same(validateIdNumber('11010519491231002x'), { ok: true, value: '11010519491231002X', birthDate: '1949-12-31', sex: 'female' }, 'lower-case x normalized')
  t.same(validateIdNumber(' 11010519491231002X '), ok, 'whitespace ignored')
  t.same(validateIdNumber('110105194912310021'), { ok: false, reason: 'checksum' }, 'wrong check digit')
  t.same(validateIdNumber('530102199001011234'), { ok: false, reason: 'checksum' })
  t.equal(idCheckChar('53010219900101123'), '1')
  t.same(validateIdNumber('530102199001011231'), { ok: true, value: '530102199001011231', birthDate: '1990-01-01', sex: 'male' })
  t.same(validateIdNumber('1101051949123100'), { ok: false, reason: 'length' })
  t.same(validateIdNumber(''), { ok: false, reason: 'length' })
  t.same(validateIdNumber('11010519491231002Y'), { ok: false, reason: 'format' })
  t.same(validateIdNumber('1101051949123100X2'), { ok: false, reason: 'format' })
  t.same(validateIdNumber('99010519491231002X'), { ok: false, reason: 'format' }, 'unknown province')
  // Invalid dates, each with a correct check digit so only the date can fail.
  for (const body of ['11010519490231002', '11010519491301002', '11010518991231002', '11010520990101002']) {
    t.same(validateIdNumber(body + idCheckChar(body), new Date('2026-06-01T00:00:00Z')), { ok: false, reason: 'birthdate' }, body)
  }
  const leap = '11010520000229001'
  t.equal(validateIdNumber(leap + idCheckChar(leap)).ok, true, '29 Feb in a leap year')
})

t.test('normalizePhone', async (t) => {
  const mobile = { ok: true, e164: '+8613812345678', kind: 'mobile' }
  for (const s of ['13812345678', '138 1234 5678', '138-1234-5678', '+8613812345678', '+86 138 1234 5678', '008613812345678', '8613812345678', '１３８１２３４５６７８']) {
    t.same(normalizePhone(s), mobile, s)
  }
  const landline = { ok: true, e164: '+8687163123456', kind: 'landline' }
  for (const s of ['0871-63123456', '087163123456', '(0871) 6312 3456', '+86 871 63123456', '+86 0871 63123456', '0086-871-63123456']) {
    t.same(normalizePhone(s), landline, s)
  }
  t.same(normalizePhone('010-12345678'), { ok: false }, 'Beijing local numbers do not start with 1')
  t.same(normalizePhone('010-62345678'), { ok: true, e164: '+861062345678', kind: 'landline' })
  t.same(normalizePhone('0691-2123456'), { ok: true, e164: '+866912123456', kind: 'landline' }, '7-digit local number')
  t.same(normalizePhone('63123456'), { ok: false }, 'no area code')
  t.same(normalizePhone('63123456', { defaultAreaCode: '0871' }), landline, 'default area code')
  t.same(normalizePhone('12345678901'), { ok: false }, '12x is not a mobile prefix')
  t.same(normalizePhone('1381234567'), { ok: false }, 'too short')
  t.same(normalizePhone('+14155550123'), { ok: false }, 'not China')
  t.same(normalizePhone('12345'), { ok: false })
  t.same(normalizePhone('abc'), { ok: false })
})

t.test('normalizeEmail', async (t) => {
  t.same(normalizeEmail('  ZhangSan@Example.COM '), { ok: true, email: 'ZhangSan@example.com' })
  t.same(normalizeEmail('a.b+tag@mail.km.gov.cn'), { ok: true, email: 'a.b+tag@mail.km.gov.cn' })
  for (const bad of ['', 'zhangsan', '@example.com', 'zhangsan@', 'zhang san@example.com', 'a..b@example.com', 'a@localhost', 'a@-x.com', 'a@b@c.com', 'a@1.2.3.4']) {
    t.same(normalizeEmail(bad), { ok: false }, JSON.stringify(bad))
  }
})

t.test('tracking codes', async (t) => {
  t.equal(TRACKING_ALPHABET.length, 31)
  for (const ch of '01OIL') t.notOk(TRACKING_ALPHABET.includes(ch), `no ${ch}`)
  t.ok(TRACKING_CODE_BITS >= 40, `${TRACKING_CODE_BITS.toFixed(1)} bits`)
  const seen = new Set<string>()
  const counts = new Map<string, number>()
  for (let i = 0; i < 10_000; i++) {
    const c = newTrackingCode()
    if (!/^[ABCDEFGHJKMNPQRSTUVWXYZ2-9]{10}$/.test(c)) t.fail(`bad code ${c}`)
    seen.add(c)
    for (const ch of c) counts.set(ch, (counts.get(ch) ?? 0) + 1)
  }
  t.equal(seen.size, 10_000, '10,000 codes, all different')
  t.equal(counts.size, 31, 'every symbol used')
  // 100,000 symbols over 31 → about 3226 each; a biased generator would stray far.
  for (const [ch, n] of counts) if (n < 2800 || n > 3700) t.fail(`symbol ${ch} used ${n} times`)

  const code = newTrackingCode()
  t.equal(normalizeTrackingCode(code), code)
  t.equal(normalizeTrackingCode('abcd-efgh-jk'), 'ABCDEFGHJK', 'lower case and dashes')
  t.equal(normalizeTrackingCode(' ABCD EFGH JK '), 'ABCDEFGHJK', 'spaces')
  t.equal(normalizeTrackingCode('ＡＢＣＤＥＦＧＨＪＫ'), 'ABCDEFGHJK', 'full-width')
  t.equal(normalizeTrackingCode('ABCDEFGH0K'), null, '0 is not in the alphabet')
  t.equal(normalizeTrackingCode('ABCDEFGHIK'), null, 'I is not in the alphabet')
  t.equal(normalizeTrackingCode('ABCDEFGHJ'), null, 'too short')
})

t.test('PINs and passwords', async (t) => {
  const pins = new Set<string>()
  for (let i = 0; i < 1000; i++) {
    const p = newPin()
    if (!/^\d{6}$/.test(p)) t.fail(`bad pin ${p}`)
    pins.add(p)
  }
  t.ok(pins.size > 990, 'PINs are random')

  const pin = newPin()
  const h = await hashPin(pin)
  t.match(h, new RegExp(`^scrypt\\$${PIN_SCRYPT.N}\\$8\\$1\\$[A-Za-z0-9_-]+\\$[A-Za-z0-9_-]+$`))
  t.not(await hashPin(pin), h, 'salted')
  t.equal(await verifyPin(pin, h), true)
  t.equal(await verifyPin(` ${pin} `, h), true, 'surrounding spaces ignored')
  const wrong = String((Number(pin) + 1) % 1_000_000).padStart(6, '0')
  t.equal(await verifyPin(wrong, h), false)
  t.equal(await verifyPin(pin, 'scrypt$16384$8$1$xx'), false, 'malformed hash')
  t.equal(await verifyPin(pin, 'scrypt$1073741824$8$1$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA'), false, 'absurd cost refused')
  t.equal(await verifyPin(pin, ''), false)

  const ph = await hashPassword('Tr0ub4dor&3 中文')
  t.match(ph, new RegExp(`^scrypt\\$${PASSWORD_SCRYPT.N}\\$`))
  t.ok(PASSWORD_SCRYPT.N > PIN_SCRYPT.N, 'passwords cost more than PINs')
  t.equal(await verifyPassword('Tr0ub4dor&3 中文', ph), true)
  t.equal(await verifyPassword('tr0ub4dor&3 中文', ph), false)
  t.equal(needsRehash(h, PASSWORD_SCRYPT), true)
  t.equal(needsRehash(ph, PASSWORD_SCRYPT), false)
})

t.test('case numbers', async (t) => {
  // 2026-11-26 20:30 UTC is 2026-11-27 04:30 in Kunming.
  t.equal(formatCaseNumber(new Date('2026-11-26T20:30:00Z'), 123), 'KM20261127000123')
  t.equal(formatCaseNumber(new Date('2026-11-26T15:59:59.999Z'), 1), 'KM20261126000001', 'last ms of the 26th')
  t.equal(formatCaseNumber(new Date('2026-11-26T16:00:00Z'), 1), 'KM20261127000001', 'midnight in China')
  t.equal(formatCaseNumber(new Date('2026-11-27T01:00:00Z'), 999_999, 'XS'), 'XS20261127999999', 'prefix')
  t.throws(() => formatCaseNumber(new Date(), 1_000_000), RangeError)
  t.throws(() => formatCaseNumber(new Date(), 1.5), RangeError)
  t.same(parseCaseNumber('KM20261127000123'), { prefix: 'KM', date: '2026-11-27', seq: 123 })
  t.equal(parseCaseNumber('KM20261327000123'), null)
})

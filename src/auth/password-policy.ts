// 密码规则: at least 10 characters, not one of the commonest passwords, not the username, not one character repeated.
import { errors, restate } from '../http/errors.js'

export const MIN_PASSWORD_LENGTH = 10

/** The commonest passwords long enough to pass the length rule (public breach lists, and their Chinese favourites). */
const COMMON = new Set([
  '1234567890', '0123456789', '12345678910', '123456789a', 'a123456789', '1q2w3e4r5t', 'qwertyuiop', 'password12',
  'password123', 'password1234', 'passw0rd123', 'iloveyou12', 'abcdefghij', 'abc1234567', 'qwerty1234', '1qaz2wsx3edc',
  'zxcvbnm123', 'asdfghjkl1', 'woaini1314', 'woaini520', '5201314520', '1314520520', 'aa12345678', 'a1234567890',
  '1234qwer!@', 'admin12345', 'admin123456', 'administrator', 'welcome123', 'changeme123', 'qwe1234567', '9876543210',
  '1122334455', '1234554321', '123123123123', '147258369', '1472583690', '147852369a', 'p@ssw0rd123', 'letmein123',
  'suqiu12345', 'suqiu123456', 'kunming123', 'kunming12345', 'zhongguo123', 'china12345', 'huawei12345',
])

const weak = (reason: string, zh: string, en: string) =>
  restate(errors.weakPassword, `密码不符合要求：${zh}`, `The password is too weak: ${en}`, { reason, minLength: MIN_PASSWORD_LENGTH })

/** Throws 400 `weak_password` (with the reason) unless the password follows the rules. */
export function checkPasswordPolicy(password: string, username: string): void {
  if ([...password].length < MIN_PASSWORD_LENGTH) throw weak('too_short', `至少 ${MIN_PASSWORD_LENGTH} 个字符`, `at least ${MIN_PASSWORD_LENGTH} characters`)
  const lower = password.toLowerCase()
  if (new Set([...password]).size === 1) throw weak('one_character', '不能由同一个字符重复组成', 'not one character repeated')
  if (lower.includes(username.toLowerCase()) && username.length >= 3) throw weak('contains_username', '不能包含用户名', 'must not contain the username')
  if (COMMON.has(lower) || isSequence(lower)) throw weak('common', '过于常见，容易被猜到', 'too common, easy to guess')
}

/** 0123456789, 9876543210, abcdefghijk …: each character one after the other. */
function isSequence(s: string): boolean {
  const codes = [...s].map((c) => c.codePointAt(0)!)
  const step = codes[1] - codes[0]
  return Math.abs(step) === 1 && codes.every((c, i) => i === 0 || c - codes[i - 1] === step)
}

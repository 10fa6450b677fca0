// Password hashing (scrypt, salted, parameters stored with the hash) and password rules.
import { randomBytes, scrypt, timingSafeEqual } from "node:crypto";
import { promisify } from "node:util";

const scryptAsync = promisify(scrypt) as (
  password: string,
  salt: Buffer,
  keylen: number,
  options: object,
) => Promise<Buffer>;
const N = 16384;
const R = 8;
const P = 1;
const KEYLEN = 64;

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await scryptAsync(password, salt, KEYLEN, { N, r: R, p: P, maxmem: 64 * 1024 * 1024 });
  return `scrypt$${N}$${R}$${P}$${salt.toString("base64")}$${key.toString("base64")}`;
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, hash] = stored.split("$");
  if (scheme !== "scrypt" || !salt || !hash) return false;
  const expected = Buffer.from(hash, "base64");
  const key = await scryptAsync(password, Buffer.from(salt, "base64"), expected.length, {
    N: Number(n),
    r: Number(r),
    p: Number(p),
    maxmem: 64 * 1024 * 1024,
  });
  return key.length === expected.length && timingSafeEqual(key, expected);
}

const COMMON = new Set([
  "password",
  "12345678",
  "123456789",
  "1234567890",
  "qwertyuiop",
  "admin123",
  "abc12345",
  "password1",
  "11111111",
  "88888888",
]);

/** Why a password is refused, in Chinese, or null when it is acceptable. */
export function passwordProblem(password: string, username: string): string | null {
  if (password.length < 10) return "密码至少 10 个字符";
  if (password.length > 128) return "密码最多 128 个字符";
  if (password.toLowerCase().includes(username.toLowerCase())) return "密码不能包含用户名";
  if (COMMON.has(password.toLowerCase())) return "密码过于常见";
  const classes = [/[a-z]/, /[A-Z]/, /\d/, /[^A-Za-z0-9]/].filter((re) => re.test(password)).length;
  if (classes < 3 && password.length < 16)
    return "密码需包含大写字母、小写字母、数字、符号中的至少三类（或不少于 16 个字符）";
  return null;
}

const ALPHABETS = ["ABCDEFGHJKLMNPQRSTUVWXYZ", "abcdefghijkmnpqrstuvwxyz", "23456789", "-_!@#%+="];

/** A temporary password that meets the rules: 14 characters of all four kinds, no look-alikes. */
export function generatePassword(): string {
  const bytes = randomBytes(14);
  const chars = [...bytes].map((b, i) => {
    const alphabet = ALPHABETS[i < 4 ? i : b % 3];
    return alphabet[b % alphabet.length];
  });
  // the four guaranteed kinds not always first
  for (let i = chars.length - 1; i > 0; i--) {
    const j = bytes[i] % (i + 1);
    [chars[i], chars[j]] = [chars[j], chars[i]];
  }
  return chars.join("");
}

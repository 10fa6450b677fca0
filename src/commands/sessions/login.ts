// Signing in: the throttle first (a locked caller learns nothing, not even whether the password
// was right), then the password; failures are counted and audited once per burst and once per
// lock, so a flood of guesses leaves a handful of audit entries, not one per guess.
import type { Store } from "../../store/db.ts";
import { audit } from "../audit/audit.ts";
import { DomainError } from "../errors.ts";
import { authenticate } from "../users/users.ts";
import { recordFailure, recordSuccess, waitBeforeLogin } from "./throttle.ts";

export interface LoginInput {
  username: string;
  password: string;
  /** the caller's network address (behind a proxy: the forwarded one) */
  address: string;
  now: Date;
}

const waitText = (seconds: number) => (seconds < 60 ? `${seconds} 秒` : `${Math.ceil(seconds / 60)} 分钟`);

/** The account behind a correct username and password; throws unauthenticated or rate_limited. */
export async function login(store: Store, input: LoginInput) {
  const { username, address, now } = input;
  const wait = await waitBeforeLogin(store.db, username, address, now);
  if (wait > 0) {
    throw new DomainError(
      "rate_limited",
      "too_many_attempts",
      `登录失败次数过多，请 ${waitText(wait)}后再试`,
      `too many failed sign-ins; retry in ${wait} s`,
      wait,
    );
  }
  const user = await authenticate(store, username, input.password);
  if (user) {
    await recordSuccess(store.db, username, address);
    return user;
  }
  const outcome = await recordFailure(store.db, username, address, now);
  if (outcome.pairFailures === 1)
    await audit(store.db, null, "login-failed", "user", null, null, { username, address });
  for (const lock of outcome.locks)
    await audit(store.db, null, "login-locked", "user", null, null, { username, address, ...lock });
  throw new DomainError(
    "unauthenticated",
    "bad_credentials",
    "用户名或密码不正确",
    "wrong username or password",
  );
}

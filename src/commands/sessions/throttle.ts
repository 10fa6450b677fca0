// Login throttling. Failed sign-ins are counted in the database (so every web process shares
// the counts) under three keys, each with its own rule:
// - the account+address pair: after a few failures the pair is locked, the lock doubling with
//   each further failure — this is what stops one attacker guessing one password;
// - the address: many failures from one address, whatever the accounts, lock that address;
// - the account: many failures from many addresses lock the account only briefly, and only for
//   addresses that have themselves failed on it — an attacker can never lock the owner out,
//   who still signs in at once from a clean address.
// A burst of failures ends an hour after its last failure; a success clears the pair and the
// account (never the address: signing in to one's own account must not reset a scan).
import type { Kysely } from "kysely";
import type { Database } from "../../store/schema.ts";

export interface ThrottleRule {
  /** failures tolerated before the first lock */
  free: number;
  /** the first lock; each further failure doubles it, up to maxSeconds */
  baseSeconds: number;
  maxSeconds: number;
}

export const RULES = {
  pair: { free: 5, baseSeconds: 30, maxSeconds: 15 * 60 },
  address: { free: 20, baseSeconds: 60, maxSeconds: 60 * 60 },
  account: { free: 10, baseSeconds: 30, maxSeconds: 60 },
} satisfies Record<string, ThrottleRule>;

export type ThrottleKind = keyof typeof RULES;

/** A burst of failures is forgotten this long after its last failure. */
export const BURST_MS = 60 * 60 * 1000;

const keys = (username: string, address: string): Record<ThrottleKind, string> => ({
  pair: `pair:${username}\n${address}`,
  address: `address:${address}`,
  account: `account:${username}`,
});

/** The lock a count of failures earns under a rule, in seconds (0: none). */
export function lockSeconds(rule: ThrottleRule, failures: number): number {
  if (failures < rule.free) return 0;
  return Math.min(rule.maxSeconds, rule.baseSeconds * 2 ** (failures - rule.free));
}

/** Seconds until this account may be tried from this address (0: now). */
export async function waitBeforeLogin(
  db: Kysely<Database>,
  username: string,
  address: string,
  now: Date,
): Promise<number> {
  const k = keys(username, address);
  const rows = await db
    .selectFrom("login_throttle")
    .select(["key", "failures", "last_failure_at", "locked_until"])
    .where("key", "in", Object.values(k))
    .execute();
  const row = (key: string) => rows.find((r) => r.key === key);
  const pairActive =
    (row(k.pair)?.failures ?? 0) > 0 &&
    new Date(row(k.pair)?.last_failure_at ?? 0).getTime() > now.getTime() - BURST_MS;
  let until = 0;
  for (const kind of ["pair", "address", "account"] as const) {
    // the account-wide lock holds only addresses that failed on this account themselves
    if (kind === "account" && !pairActive) continue;
    const locked = row(k[kind])?.locked_until;
    if (locked) until = Math.max(until, new Date(locked).getTime());
  }
  return Math.max(0, Math.ceil((until - now.getTime()) / 1000));
}

export interface FailureOutcome {
  /** failures of this pair in the current burst (1: the burst starts) */
  pairFailures: number;
  /** locks this failure imposed, with their length */
  locks: Array<{ kind: ThrottleKind; failures: number; seconds: number }>;
}

/** Counts one failure under all three keys (atomic per key) and sets the locks it earns. */
export async function recordFailure(
  db: Kysely<Database>,
  username: string,
  address: string,
  now: Date,
): Promise<FailureOutcome> {
  const k = keys(username, address);
  const burstStart = new Date(now.getTime() - BURST_MS);
  const locks: FailureOutcome["locks"] = [];
  let pairFailures = 0;
  for (const kind of ["pair", "address", "account"] as const) {
    const { failures } = await db
      .insertInto("login_throttle")
      .values({ key: k[kind], failures: 1, last_failure_at: now, locked_until: null })
      .onConflict((oc) =>
        oc.column("key").doUpdateSet((eb) => ({
          failures: eb
            .case()
            .when("login_throttle.last_failure_at", "<", burstStart)
            .then(1)
            .else(eb("login_throttle.failures", "+", 1))
            .end(),
          last_failure_at: now,
        })),
      )
      .returning("failures")
      .executeTakeFirstOrThrow();
    if (kind === "pair") pairFailures = failures;
    const seconds = lockSeconds(RULES[kind], failures);
    if (seconds > 0) {
      const until = new Date(now.getTime() + seconds * 1000);
      await db
        .updateTable("login_throttle")
        .set({ locked_until: until })
        .where("key", "=", k[kind])
        .where((eb) => eb.or([eb("locked_until", "is", null), eb("locked_until", "<", until)]))
        .execute();
      locks.push({ kind, failures, seconds });
    }
  }
  return { pairFailures, locks };
}

/** A successful sign-in clears the pair's and the account's counts (not the address's). */
export async function recordSuccess(db: Kysely<Database>, username: string, address: string): Promise<void> {
  const k = keys(username, address);
  await db.deleteFrom("login_throttle").where("key", "in", [k.pair, k.account]).execute();
}

/** Forgets bursts that ended and locks that expired (run with the session purge). */
export async function purgeThrottle(db: Kysely<Database>, now: Date): Promise<number> {
  const rows = await db
    .deleteFrom("login_throttle")
    .where("last_failure_at", "<", new Date(now.getTime() - BURST_MS))
    .where((eb) => eb.or([eb("locked_until", "is", null), eb("locked_until", "<", now)]))
    .executeTakeFirst();
  return Number(rows.numDeletedRows);
}

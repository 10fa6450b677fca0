// Sessions looked up a moment ago, kept in the process for SESSION_CACHE_MS: every request reads
// its session, and a database round trip for each costs more than most answers. Each process
// (each database handle) keeps its own. A change that ends sessions or changes what an account
// may do — signing out, a password change or reset, disabling, deleting, a new role or unit — is
// a command that forgets the account's sessions here at once, so it takes effect at once in the
// process that made it; another process sharing the database sees it within SESSION_CACHE_MS.
// Only sessions found are kept (an unknown token is asked again), each until its own expiry at
// the latest. A change forgets after it is committed, and a reading that was under way when
// something was forgotten is not kept: it may have read the row before the change.
import type { Kysely } from "kysely";
import type { Database } from "../../store/schema.ts";
import type { Session } from "./sessions.ts";

/** How long a session read from the database is trusted without reading it again. */
export const SESSION_CACHE_MS = 5_000;
/** Sessions kept at most; past this the cache starts again empty. */
const MAX_KEPT = 10_000;

interface Kept {
  session: Session;
  /** the generation it was read in (forgetAllSessions starts a new one) */
  generation: number;
  /** the session's own expiry (ms since the epoch) */
  expires: number;
  /** when it was read from the database */
  readAt: number;
}

interface Cache {
  kept: Map<string, Kept>;
  /** how many times something was forgotten: a reading begun before the last time is not kept */
  forgets: number;
}

const caches = new WeakMap<Kysely<Database>, Cache>();
/** the process's generation (forgetAllSessions starts a new one) */
let generation = 0;

const cacheOf = (db: Kysely<Database>) => {
  let cache = caches.get(db);
  if (!cache) {
    cache = { kept: new Map(), forgets: 0 };
    caches.set(db, cache);
  }
  return cache;
};

/** Taken before reading a session from the database, and given back to keepSession. */
export const readingMark = (db: Kysely<Database>) => ({ forgets: cacheOf(db).forgets, generation });

/** The session kept for a token's hash, if it was read less than SESSION_CACHE_MS ago and has
 *  not expired. */
export function keptSession(db: Kysely<Database>, tokenHash: string, now: number): Session | null {
  const cache = caches.get(db);
  const kept = cache?.kept.get(tokenHash);
  if (!kept) return null;
  if (kept.generation === generation && now - kept.readAt < SESSION_CACHE_MS && now < kept.expires)
    return kept.session;
  cache?.kept.delete(tokenHash);
  return null;
}

/** Keep a session just read, unless something was forgotten since the reading began (`mark`). */
export function keepSession(
  db: Kysely<Database>,
  tokenHash: string,
  kept: { session: Session; expires: number; readAt: number },
  mark: { forgets: number; generation: number },
): void {
  const cache = cacheOf(db);
  if (mark.forgets !== cache.forgets || mark.generation !== generation) return;
  if (cache.kept.size >= MAX_KEPT) cache.kept.clear();
  cache.kept.set(tokenHash, { ...kept, generation });
}

/** Forget one session (signing out) or every session of an account (its access changed); called
 *  once the change is committed. */
export function forgetSessions(
  db: Kysely<Database>,
  which: { tokenHash: string } | { userId: number },
): void {
  const cache = cacheOf(db);
  cache.forgets++;
  if ("tokenHash" in which) cache.kept.delete(which.tokenHash);
  else
    for (const [hash, kept] of cache.kept)
      if (kept.session.caller.id === which.userId) cache.kept.delete(hash);
}

/** Forget every kept session of the process (changes to many accounts at once, made through
 *  any handle or transaction). */
export function forgetAllSessions(): void {
  generation++;
}

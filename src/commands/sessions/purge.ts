// Expired sessions are deleted, not only ignored: a stolen cookie of a session that ended
// cannot come back, and the table does not grow forever. Login-throttle counts of bursts that
// ended go with them. Run hourly as a background job (purge-sessions).
import type { Store } from "../../store/db.ts";
import { audit } from "../audit/audit.ts";
import { purgeThrottle } from "./throttle.ts";

/** Deletes every session expired at `now` (audited: one entry with the count) and old throttle counts. */
export async function purgeExpired(store: Store, now: Date): Promise<{ sessions: number; throttle: number }> {
  const sessions = await store.db.transaction().execute(async (trx) => {
    const gone = await trx
      .deleteFrom("sessions")
      .where("expires_at", "<=", now)
      .returning("user_id")
      .execute();
    if (gone.length > 0)
      await audit(trx, null, "purge-expired", "session", null, null, {
        count: gone.length,
        users: new Set(gone.map((s) => s.user_id)).size,
      });
    return gone.length;
  });
  return { sessions, throttle: await purgeThrottle(store.db, now) };
}

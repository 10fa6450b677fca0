// Sessions kept in the process for a few seconds (src/commands/sessions/cache.ts): signing out,
// a password change or reset, disabling, deleting and a new role take effect at once in the
// process that made them; a change made by another process (here: straight in the database, as
// another process's command would) within SESSION_CACHE_MS; a reading under way while a session
// was ended is not kept. On PGlite, and on PostgreSQL too when TEST_DATABASE_URL is set.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { scopeOf } from "../src/commands/access/scope.ts";
import { SESSION_CACHE_MS } from "../src/commands/sessions/cache.ts";
import { loadSession, signIn, signOut } from "../src/commands/sessions/sessions.ts";
import { resetPassword, setDisabled, updateUser, deleteUser } from "../src/commands/users/manage.ts";
import { changePassword } from "../src/commands/users/users.ts";
import type { Store } from "../src/store/db.ts";
import { storeTargets } from "./helpers/store-targets.ts";
import { makeUsers, PASSWORD } from "./helpers/session.ts";

for (const target of storeTargets())
  describe(`sessions kept in the process (${target.label})`, { timeout: 120_000 }, () => {
    let store: Store;
    before(async () => {
      store = await target.open();
      await makeUsers(store);
    });
    after(async () => store?.close());

    const signInAs = (username: string, password = PASSWORD) =>
      signIn(store, { username, password, ttlMs: 3_600_000, address: "127.0.0.1", now: new Date() });
    const userId = async (username: string) =>
      (
        await store.db
          .selectFrom("users")
          .select("id")
          .where("username", "=", username)
          .executeTakeFirstOrThrow()
      ).id;
    const admin = async () => scopeOf((await signInAs("admin1")).caller);

    test("a session is read once, then kept (a change elsewhere shows within SESSION_CACHE_MS)", async () => {
      const s = await signInAs("eval1");
      const now = Date.now();
      assert.equal((await loadSession(store, s.token, now))?.caller.username, "eval1");
      // another process ends it: this one still trusts what it read, for SESSION_CACHE_MS at most
      await store.db.deleteFrom("sessions").where("user_id", "=", s.caller.id).execute();
      assert.equal((await loadSession(store, s.token, now + 1))?.caller.username, "eval1");
      assert.equal(await loadSession(store, s.token, now + SESSION_CACHE_MS), null);
      assert.equal(await loadSession(store, "no-such-token", now), null);
    });

    test("another process disables an account: its sessions end within SESSION_CACHE_MS", async () => {
      const s = await signInAs("coord1");
      const now = Date.now();
      assert.ok(await loadSession(store, s.token, now));
      await store.db.updateTable("users").set({ disabled: true }).where("id", "=", s.caller.id).execute();
      assert.ok(await loadSession(store, s.token, now + SESSION_CACHE_MS - 1));
      assert.equal(await loadSession(store, s.token, now + SESSION_CACHE_MS), null);
      await store.db.updateTable("users").set({ disabled: false }).where("id", "=", s.caller.id).execute();
    });

    test("signing out ends the session at once", async () => {
      const s = await signInAs("eval1");
      const now = Date.now();
      assert.ok(await loadSession(store, s.token, now));
      await signOut(store, scopeOf(s.caller), s.token);
      assert.equal(await loadSession(store, s.token, now + 1), null);
    });

    test("a password change ends the other sessions at once; the one kept reads its new state", async () => {
      const kept = await signInAs("public1");
      const other = await signInAs("public1");
      const now = Date.now();
      assert.ok(await loadSession(store, kept.token, now));
      assert.ok(await loadSession(store, other.token, now));
      await changePassword(store, scopeOf(kept.caller), {
        current: PASSWORD,
        next: "New-Password-2026!",
        keepToken: kept.token,
      });
      assert.equal(await loadSession(store, other.token, now + 1), null);
      assert.equal((await loadSession(store, kept.token, now + 1))?.caller.username, "public1");
    });

    test("an admin's reset, disabling, new role or deletion ends the account's sessions at once", async () => {
      const scope = await admin();
      const id = await userId("unit-fgw");
      const now = Date.now();
      let s = await signInAs("unit-fgw");
      assert.ok(await loadSession(store, s.token, now));
      const { password } = await resetPassword(store, scope, id);
      assert.equal(await loadSession(store, s.token, now + 1), null, "reset");

      s = await signInAs("unit-fgw", password);
      assert.equal((await loadSession(store, s.token, now))?.caller.mustChangePassword, true);
      await setDisabled(store, scope, id, true);
      assert.equal(await loadSession(store, s.token, now + 1), null, "disabled");
      await setDisabled(store, scope, id, false);

      s = await signInAs("unit-fgw", password);
      assert.equal((await loadSession(store, s.token, now))?.caller.role, "unit");
      await updateUser(store, scope, id, { displayName: "发改委", role: "evaluator" });
      assert.equal(await loadSession(store, s.token, now + 1), null, "new role");

      s = await signInAs("unit-fgw", password);
      await updateUser(store, scope, id, { displayName: "发改委二", role: "evaluator" });
      assert.equal((await loadSession(store, s.token, now + 1))?.caller.displayName, "发改委二", "new name");

      await deleteUser(store, scope, id);
      assert.equal(await loadSession(store, s.token, now + 1), null, "deleted");
    });

    test("a reading under way while the session ends is not kept", async () => {
      const s = await signInAs("eval1");
      const now = Date.now();
      const reading = loadSession(store, s.token, now);
      await signOut(store, scopeOf(s.caller), s.token);
      await reading; // read before or after the sign-out: either way not kept
      assert.equal(await loadSession(store, s.token, now + 1), null);
    });
  });

// Accounts bound to registry units, and the admin's account commands: a unit account named
// in full (长治市司法局), without its area (司法局) or as the plan writes it sees its tasks;
// edit, disable, reset (forced change), delete (history kept), Excel import (all or nothing).
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { after, before, describe, test } from "node:test";
import ExcelJS from "exceljs";
import { resolveOptions } from "../../pipeline.ts";
import { openStore, type Store } from "../../store/db.ts";
import { type Caller, requirePermission, SYSTEM_SCOPE, scopeOf } from "../access/scope.ts";
import { ingestDocument } from "../documents/ingest.ts";
import type { DomainError } from "../errors.ts";
import { loadSession, signIn } from "../sessions/sessions.ts";
import { createLedger } from "../tasks/ledgers.ts";
import { listTasks } from "../tasks/tasks.ts";
import { resolveOwner, unitsWithoutAccount } from "../units/registry.ts";
import { importUnitAccounts } from "./import.ts";
import { deleteUser, resetPassword, setDisabled, updateUser } from "./manage.ts";
import { authenticate, changePassword, createUser, listUsers } from "./users.ts";
import { audit, listAudit } from "../audit/audit.ts";
import { login } from "../sessions/login.ts";
import { auditSentence } from "../../labels.ts";

const PASSWORD = "Fazhi-Test-2026!";
const page = { page: 1, pageSize: 200 };
const ON = "2019-01-01";

async function workbook(rows: string[][]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet("单位账号");
  sheet.addRow(["用户名", "姓名", "单位", "邮箱", "初始密码"]);
  for (const r of rows) sheet.addRow(r);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe("accounts and the unit registry", { timeout: 120_000 }, () => {
  let store: Store;
  let admin: Caller;
  const adminScope = () => scopeOf(admin);

  const account = async (username: string, unitName: string | null, role: Caller["role"] = "unit") => {
    const row = await createUser(store, SYSTEM_SCOPE, {
      username,
      displayName: username,
      role,
      unitName,
      password: PASSWORD,
    });
    return {
      ...row,
      caller: {
        id: row.id,
        username,
        displayName: username,
        role,
        unitName: row.unit_name,
        unitKey: row.unit_key,
      },
    };
  };

  before(async () => {
    store = await openStore({ dataDir: "memory://" });
    const a = await account("admin1", null, "admin");
    admin = a.caller;
    // named before any plan: the registry does not yet know which city 市司法局 is
    await account("early-sfj", "市司法局");
    const plan = readFileSync(new URL("../../../demo/001_1d911b1d986cfee9.txt", import.meta.url));
    const { documentId } = await ingestDocument(store, SYSTEM_SCOPE, {
      bytes: new Uint8Array(plan),
      name: "001.txt",
      options: resolveOptions(),
    });
    await createLedger(store, scopeOf(admin), { documentId });
  });
  after(async () => {
    await store?.close();
  });

  const tasksOf = async (username: string) => {
    const u = await store.db
      .selectFrom("users")
      .selectAll()
      .where("username", "=", username)
      .executeTakeFirstOrThrow();
    const scope = scopeOf({
      id: u.id,
      username,
      displayName: username,
      role: "unit",
      unitName: u.unit_name,
      unitKey: u.unit_key,
    });
    return (await listTasks(store, scope, { ...page, mine: true }, ON)).items;
  };

  test("an account as 长治市司法局, 司法局 or 市司法局 sees the plan's 市司法局 tasks", async () => {
    for (const [username, unit] of [
      ["sfj-full", "长治市司法局"],
      ["sfj-bare", "司法局"],
      ["sfj-short", "市司法局"],
    ]) {
      const a = await account(username, unit);
      assert.equal(a.unit_name, "长治市司法局", unit);
      const tasks = await tasksOf(username);
      assert.ok(tasks.length >= 7, `${unit}: ${tasks.length} tasks`);
      assert.ok(tasks.every((t) => t.unit_name.includes("司法局")));
    }
    const office = await account("gov-office", "长治市人民政府办公室");
    assert.equal(office.unit_key, "长治市:gov-office");
    assert.ok((await tasksOf("gov-office")).length > 0, "市政府办公厅 tasks");
  });

  test("an account named before the first plan is placed in the plan's city", async () => {
    const u = await store.db
      .selectFrom("users")
      .selectAll()
      .where("username", "=", "early-sfj")
      .executeTakeFirstOrThrow();
    assert.equal(u.unit_name, "长治市司法局");
    assert.ok((await tasksOf("early-sfj")).length >= 7);
  });

  test("the admin sees which ledger units have no account", async () => {
    const missing = await unitsWithoutAccount(store, adminScope(), page);
    const names = missing.items.map((u) => u.name);
    assert.ok(names.includes("长治市财政局"), names.join(","));
    assert.ok(!names.includes("长治市司法局"));
    assert.ok(missing.items.every((u) => Number(u.tasks) > 0));
    await assert.rejects(unitsWithoutAccount(store, scopeOf({ ...admin, role: "coordinator" }), page));
  });

  test("an owner string resolves to registry units; collectives to the candidates", async () => {
    const one = await resolveOwner(store, adminScope(), { owner: "市环保局", region: "长治市" });
    assert.deepEqual(
      one.units.map((u) => u.name),
      ["长治市生态环境局"],
    );
    const counties = await resolveOwner(store, adminScope(), { owner: "各县市区政府", region: "长治市" });
    assert.equal(counties.collective, true);
    assert.ok(counties.units.some((u) => u.name === "潞州区人民政府"));
    const direct = await resolveOwner(store, adminScope(), { owner: "市直各相关单位", region: "长治市" });
    assert.ok(direct.units.some((u) => u.name === "长治市财政局"));
  });

  test("edit, disable and enable", async () => {
    const a = await account("edit-me", "长治市财政局");
    const edited = await updateUser(store, adminScope(), a.id, {
      displayName: "王五",
      role: "unit",
      unitKey: "长治市:justice",
    });
    assert.equal(edited.unit_name, "长治市司法局");
    assert.equal(edited.display_name, "王五");
    await setDisabled(store, adminScope(), a.id, true);
    assert.equal(await authenticate(store, "edit-me", PASSWORD), null);
    await setDisabled(store, adminScope(), a.id, false);
    assert.ok(await authenticate(store, "edit-me", PASSWORD));
    await assert.rejects(
      setDisabled(store, adminScope(), admin.id, true),
      (e: DomainError) => e.code === "own_account",
    );
  });

  test("a reset password must be changed before anything else", async () => {
    const a = await account("reset-me", "长治市财政局");
    const { password } = await resetPassword(store, adminScope(), a.id);
    assert.equal(await authenticate(store, "reset-me", PASSWORD), null);
    const s = await signIn(store, {
      username: "reset-me",
      password,
      ttlMs: 60_000,
      address: "127.0.0.1",
      now: new Date(),
    });
    assert.equal(s.caller.mustChangePassword, true);
    const scope = scopeOf(s.caller);
    assert.throws(
      () => requirePermission(scope, "tasks:read"),
      (e: DomainError) => e.code === "password_change_required",
    );
    requirePermission(scope, "signed-in");
    await changePassword(store, scope, { current: password, next: "Another-Pass-2026", keepToken: s.token });
    const after = await loadSession(store, s.token);
    assert.equal(after?.caller.mustChangePassword, false);
    requirePermission(scopeOf(after?.caller ?? null), "tasks:read");
  });

  test("delete: gone from the list, the username free, the history readable", async () => {
    const a = await account("delete-me", "长治市财政局");
    await store.db
      .insertInto("task_updates")
      .values({ task_id: (await tasksOf("delete-me"))[0].id, user_id: a.id, kind: "progress", text: "进展" })
      .execute();
    await deleteUser(store, adminScope(), a.id);
    const users = await listUsers(store, adminScope(), page);
    assert.ok(!users.items.some((u) => u.username === "delete-me"));
    const kept = await store.db
      .selectFrom("users")
      .select(["display_name", "deleted_at"])
      .where("id", "=", a.id)
      .executeTakeFirstOrThrow();
    assert.equal(kept.display_name, "delete-me");
    assert.ok(kept.deleted_at);
    assert.equal(await authenticate(store, "delete-me", PASSWORD), null);
    await account("delete-me", "长治市财政局"); // the name can be used again
    const log = await store.db.selectFrom("audit_log").selectAll().where("action", "=", "delete").execute();
    assert.equal(log.length, 1);
  });

  test("Excel import: one bad row and nothing is imported; each problem named by its row", async () => {
    const good = ["imp-cz", "李四", "市财政局", "cz@example.test", PASSWORD];
    const bad = await workbook([
      good,
      ["imp-x", "", "各县市区政府", "not-an-email", "short"],
      ["imp-cz", "重复", "长治市审计局", "", PASSWORD],
    ]);
    const refused = await importUnitAccounts(store, adminScope(), bad);
    assert.equal(refused.created, 0);
    const rows = refused.errors.map((e) => e.row);
    assert.ok(rows.includes(3) && rows.includes(4) && !rows.includes(2), JSON.stringify(refused.errors));
    assert.ok(refused.errors.some((e) => e.message.includes("姓名不能为空")));
    assert.ok(refused.errors.some((e) => e.message.includes("与第 2 行重复")));
    assert.ok(refused.errors.some((e) => /密码/.test(e.message)));
    assert.equal(await authenticate(store, "imp-cz", PASSWORD), null, "nothing half-imported");

    const ok = await importUnitAccounts(
      store,
      adminScope(),
      await workbook([good, ["imp-sj", "赵六", "长治市审计局", "", PASSWORD]]),
    );
    assert.deepEqual(ok, { created: 2, errors: [] });
    const cz = await authenticate(store, "imp-cz", PASSWORD);
    assert.equal(cz?.unit_name, "长治市财政局");
    assert.equal(cz?.must_change_password, true);
    await assert.rejects(importUnitAccounts(store, scopeOf({ ...admin, role: "unit" }), bad));
  });

  test("the audit log names the actor by display name, with the username only when two share it", async () => {
    const named = async (username: string, displayName: string) =>
      createUser(store, SYSTEM_SCOPE, { username, displayName, role: "coordinator", password: PASSWORD });
    const wang = await named("wangzr", "王主任");
    const zhang1 = await named("zhangwei1", "张伟");
    await named("zhangwei2", "张伟");
    const now = new Date();
    const address = "127.0.0.9";
    const caller = (u: { id: number; username: string }) => ({ ...admin, id: u.id, username: u.username });
    await updateUser(store, scopeOf(caller(wang)), zhang1.id, {
      displayName: "张伟",
      role: "coordinator",
      email: "zw@example.test",
    });
    await updateUser(store, scopeOf(caller(zhang1)), wang.id, {
      displayName: "王主任",
      role: "coordinator",
      email: "wzr@example.test",
    });
    await assert.rejects(login(store, { username: "wangzr", password: "wrong", address, now }));
    await assert.rejects(login(store, { username: "nobody", password: "wrong", address, now }));
    const log = await listAudit(store, adminScope(), { page: 1, pageSize: 4 });
    const sentences = log.items.map((e) => auditSentence(e).replace(/（邮箱.*/, ""));
    assert.deepEqual(sentences, [
      "用户名“nobody” 登录失败",
      "王主任 登录失败",
      "张伟（zhangwei1） 修改了账号「王主任」",
      "王主任 修改了账号「张伟」",
    ]);
    // an entry that records no name names its object as it stands: the task's text and unit
    const task = await store.db
      .selectFrom("tasks")
      .select(["id", "title", "unit_name"])
      .orderBy("id")
      .executeTakeFirstOrThrow();
    await audit(
      store.db,
      caller(wang),
      "close",
      "task",
      task.id,
      { status: "in_progress" },
      { status: "closed" },
    );
    const [closed] = (await listAudit(store, adminScope(), { page: 1, pageSize: 1 })).items;
    assert.equal(
      auditSentence(closed),
      `王主任 办结了督办任务「${task.title}（${task.unit_name}）」（状态 进行中 → 已办结）`,
    );
  });
});

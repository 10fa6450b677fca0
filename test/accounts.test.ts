// Accounts through the API: a unit account picked from the registry as 长治市司法局 sees the
// plan's 市司法局 tasks; the admin's routes (units, edit, reset, delete, import) are refused to
// anonymous and unit callers; a reset password blocks everything until it is changed; an
// Excel import with a bad row imports nothing and names the row.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import ExcelJS from "exceljs";
import type { FastifyInstance } from "fastify";
import { resolveOptions } from "../src/pipeline.ts";
import { buildApp } from "../src/server/app.ts";
import type { Store } from "../src/store/db.ts";
import { multipartBody } from "./helpers/multipart.ts";
import { demoLedger } from "./helpers/ledger.ts";
import { as, login, PASSWORD, type Session } from "./helpers/session.ts";
import { storeTargets } from "./helpers/store-targets.ts";

for (const target of storeTargets()) {
  describe(`accounts and units (${target.label})`, { timeout: 180_000 }, () => {
    let store: Store;
    let app: FastifyInstance;
    let admin: Session;
    let unit: Session;

    before(async () => {
      store = await target.open();
      app = await buildApp({ store, options: resolveOptions() });
      await demoLedger(store, app);
      admin = await login(app, "admin1");
      unit = await login(app, "unit-sfj");
    });
    after(async () => {
      await app?.close();
      await store?.close();
    });

    const get = (url: string, s: Session | null = admin) =>
      app.inject({ method: "GET", url, headers: as(s) });
    const post = (url: string, payload: object, s: Session | null = admin) =>
      app.inject({ method: "POST", url, headers: as(s), payload });

    test("the admin picks 长治市司法局 from the registry; the account sees the 市司法局 tasks", async () => {
      const found = (await get(`/api/units?q=${encodeURIComponent("司法局")}`).then((r) => r.json())) as {
        items: Array<{ key: string; name: string; shortName: string }>;
      };
      const sfj = found.items.find((u) => u.name === "长治市司法局");
      assert.ok(sfj, JSON.stringify(found.items));
      assert.equal(sfj.shortName, "市司法局");
      const made = await post("/api/users", {
        username: "cz-sfj",
        displayName: "长治市司法局联络员",
        role: "unit",
        unitKey: sfj.key,
        password: PASSWORD,
      });
      assert.equal(made.statusCode, 200, made.body);
      const s = await login(app, "cz-sfj");
      const tasks = (await get("/api/tasks?pageSize=200", s).then((r) => r.json())) as {
        total: number;
        items: Array<{ unitName: string }>;
      };
      assert.ok(tasks.total >= 7, `${tasks.total} tasks`);
      assert.ok(tasks.items.every((t) => t.unitName.includes("司法局")));
    });

    test("ledger units without an account are listed for the admin only", async () => {
      const res = await get("/api/units/without-account?pageSize=200");
      const names = (res.json() as { items: Array<{ name: string; tasks: number }> }).items.map(
        (u) => u.name,
      );
      assert.ok(names.includes("长治市财政局"));
      assert.ok(!names.includes("长治市司法局"));
      for (const s of [null, unit]) {
        assert.equal((await get("/api/units/without-account", s)).statusCode, s ? 403 : 401);
        assert.equal((await get("/api/units", s)).statusCode, s ? 403 : 401);
        assert.equal((await get("/api/users/import-template", s)).statusCode, s ? 403 : 401);
        assert.equal(
          (await post("/api/users/1", { displayName: "x", role: "admin" }, s)).statusCode,
          s ? 403 : 401,
        );
      }
    });

    test("reset: the temporary password signs in, and only a new password can be set", async () => {
      const users = (await get("/api/users").then((r) => r.json())) as {
        items: Array<{ id: number; username: string }>;
      };
      const fgw = users.items.find((u) => u.username === "unit-fgw");
      assert.ok(fgw);
      const reset = await post(`/api/users/${fgw.id}/password-reset`, {});
      assert.equal(reset.statusCode, 200, reset.body);
      const temporary = (reset.json() as { password: string }).password;
      await assert.rejects(login(app, "unit-fgw"));
      const s = await login(app, "unit-fgw", temporary);
      const me = (await get("/api/session", s).then((r) => r.json())) as {
        user: { mustChangePassword: boolean };
      };
      assert.equal(me.user.mustChangePassword, true);
      const blocked = await get("/api/tasks", s);
      assert.equal(blocked.statusCode, 403);
      assert.match(blocked.body, /请先设置新密码/);
      const changed = await post(
        "/api/session/password",
        { current: temporary, next: "Fgw-New-Pass-2026" },
        s,
      );
      assert.equal(changed.statusCode, 200, changed.body);
      assert.equal((await get("/api/tasks", s)).statusCode, 200);
    });

    test("edit, disable, delete", async () => {
      const users = (await get("/api/users").then((r) => r.json())) as {
        items: Array<{ id: number; username: string }>;
      };
      const ev = users.items.find((u) => u.username === "eval1");
      assert.ok(ev);
      const edited = await post(`/api/users/${ev.id}`, { displayName: "评估员甲", role: "evaluator" });
      assert.equal((edited.json() as { user: { displayName: string } }).user.displayName, "评估员甲");
      assert.equal((await post(`/api/users/${ev.id}/disabled`, { disabled: true })).statusCode, 200);
      await assert.rejects(login(app, "eval1"));
      const del = await app.inject({ method: "DELETE", url: `/api/users/${ev.id}`, headers: as(admin) });
      assert.equal(del.statusCode, 200, del.body);
      const after = (await get("/api/users").then((r) => r.json())) as { items: Array<{ username: string }> };
      assert.ok(!after.items.some((u) => u.username === "eval1"));
      const log = (await get("/api/audit?pageSize=50").then((r) => r.json())) as {
        items: Array<{ sentence: string }>;
      };
      assert.ok(
        log.items.some((e) => e.sentence === "admin1 删除了账号「评估员甲」"),
        log.items[0]?.sentence,
      );
      assert.ok(log.items.some((e) => e.sentence.startsWith("admin1 停用了账号")));
    });

    test("import: the template, a bad row refuses the whole file, a good file imports", async () => {
      const template = await get("/api/users/import-template");
      assert.equal(template.statusCode, 200);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(template.rawPayload as unknown as ArrayBuffer);
      const sheet = wb.worksheets[0];
      assert.deepEqual((sheet.getRow(1).values as unknown[]).slice(1), [
        "用户名",
        "姓名",
        "单位",
        "邮箱",
        "初始密码",
      ]);
      sheet.addRow(["imp-cz", "李四", "市财政局", "", PASSWORD]);
      sheet.addRow(["imp-bad", "王五", "各县市区政府", "", PASSWORD]);
      const upload = async (bytes: Buffer) => {
        const { payload, contentType } = multipartBody({}, [{ name: "accounts.xlsx", bytes, field: "file" }]);
        const res = await app.inject({
          method: "POST",
          url: "/api/users/import",
          headers: { ...as(admin), "content-type": contentType },
          payload,
        });
        assert.equal(res.statusCode, 200, res.body);
        return res.json() as { created: number; errors: Array<{ row: number; message: string }> };
      };
      const refused = await upload(Buffer.from(await wb.xlsx.writeBuffer()));
      assert.equal(refused.created, 0);
      assert.deepEqual(
        refused.errors.map((e) => e.row),
        [3],
      );
      assert.match(refused.errors[0].message, /多个单位/);
      await assert.rejects(login(app, "imp-cz"));
      sheet.spliceRows(3, 1);
      const ok = await upload(Buffer.from(await wb.xlsx.writeBuffer()));
      assert.deepEqual(ok, { created: 1, errors: [] });
      const s = await login(app, "imp-cz");
      assert.equal((await get("/api/tasks", s)).statusCode, 403, "first sign-in: a new password first");
    });
  });
}

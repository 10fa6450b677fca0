// Supervision end to end through the API: a ledger from seed 001, progress with evidence,
// closure requested and accepted, deadlines extended, tasks reassigned, overdue derived from
// the date, reminders, the digest mailed to a local SMTP server, the ledger exported.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { after, before, describe, test } from "node:test";
import ExcelJS from "exceljs";
import type { FastifyInstance } from "fastify";
import { resolveOptions } from "../src/pipeline.ts";
import { buildApp } from "../src/server/app.ts";
import { displayStatus } from "../src/commands/tasks/tasks.ts";
import { openStore, type Store } from "../src/store/db.ts";
import { multipartBody as multipart } from "./helpers/multipart.ts";
import { allPages } from "./helpers/paging.ts";
import { demoLedger } from "./helpers/ledger.ts";
import { as, login, type Session } from "./helpers/session.ts";
import { startSmtp } from "./helpers/smtp.ts";

const PDF = Buffer.from("%PDF-1.4\n% evidence\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n");

describe("supervision", { timeout: 180_000 }, () => {
  let store: Store;
  let app: FastifyInstance;
  let coord: Session;
  let unit: Session;
  let ledgerId = 0;
  let now = new Date("2018-01-15T02:00:00Z"); // the plan's first deadlines (2017-12-31) have passed

  before(async () => {
    store = await openStore({ dataDir: "memory://" });
    app = await buildApp({ store, options: resolveOptions(), config: { now: () => now } });
    ({ coord, ledgerId } = await demoLedger(store, app));
    unit = await login(app, "unit-sfj");
  });
  after(async () => {
    await app?.close();
    await store?.close();
  });

  const get = (url: string, s: Session = coord) => app.inject({ method: "GET", url, headers: as(s) });
  const post = (url: string, payload: object, s: Session = coord) =>
    app.inject({ method: "POST", url, headers: as(s), payload });
  /** every task of a listing, page after page */
  const allTasks = <T>(url: string, s: Session = coord) => allPages<T>(url, (u) => get(u, s));

  test("one task per measure and responsible unit, lead and cooperate kept, deadlines inherited", async () => {
    const tasks = await allTasks<{
      measureNo: number;
      unitName: string;
      role: string;
      due: string | null;
      dueInherited: boolean;
      display: string;
    }>(`/api/tasks?ledger=${ledgerId}`);
    const m2 = tasks.filter((t) => t.measureNo === 2);
    assert.deepEqual(
      m2.map((t) => [t.unitName, t.role, t.due]),
      [
        ["市政府办公厅", "lead", "2017-12-31"],
        ["市发改委", "cooperate", "2017-12-31"],
        ["市政务服务中心", "cooperate", "2017-12-31"],
        ["各县市区政府", "cooperate", "2017-12-31"],
      ],
    );
    const m1 = tasks.find((t) => t.measureNo === 1);
    assert.deepEqual([m1?.due, m1?.dueInherited], ["2019-12-31", true]);
    assert.ok(
      tasks.filter((t) => t.display === "已逾期").length > 0,
      "2017 deadlines are overdue on 2018-01-15",
    );
    assert.equal(new Set(tasks.map((t) => t.measureNo)).size, 121);
  });

  test("status is derived from dates, never stored stale", () => {
    assert.equal(displayStatus({ status: "open", due: "2018-01-01" }, "2018-01-15"), "已逾期");
    assert.equal(displayStatus({ status: "open", due: "2018-02-01" }, "2018-01-15"), "未开始");
    assert.equal(displayStatus({ status: "in_progress", due: null }, "2018-01-15"), "进行中");
    assert.equal(displayStatus({ status: "pending_review", due: "2018-01-01" }, "2018-01-15"), "待审核");
    assert.equal(displayStatus({ status: "closed", due: "2018-01-01" }, "2018-01-15"), "已办结");
  });

  test("a unit reports progress with evidence, asks for closure; the office accepts; the rate rises", async () => {
    const before = (await get(`/api/ledgers/${ledgerId}/overview`)).json() as {
      closed: number;
      total: number;
      rate: number;
    };
    const tasks = await allTasks<{ id: number; display: string }>("/api/tasks?mine=1", unit);
    const task = tasks[0];
    const body = multipart({ text: "已制定实施意见并印发", percent: "80" }, [
      { name: "实施意见.pdf", bytes: PDF },
    ]);
    const progress = await app.inject({
      method: "POST",
      url: `/api/tasks/${task.id}/progress`,
      headers: { ...as(unit), "content-type": body.contentType },
      payload: body.payload,
    });
    assert.equal(progress.statusCode, 200, progress.body);
    const detail = (await get(`/api/tasks/${task.id}`, unit)).json() as {
      task: { percent: number; display: string };
      attachments: Array<{ id: number; name: string; mime: string }>;
    };
    assert.equal(detail.task.percent, 80);
    assert.equal(detail.attachments[0].mime, "application/pdf");
    const file = await get(`/api/attachments/${detail.attachments[0].id}`, unit);
    assert.ok(file.rawPayload.equals(PDF));
    assert.match(String(file.headers["content-disposition"]), /^attachment/);
    assert.equal(file.headers["x-content-type-options"], "nosniff");
    assert.match(String(file.headers["content-security-policy"]), /sandbox/);

    assert.equal(
      (await post(`/api/tasks/${task.id}/request-closure`, { text: "申请办结" }, unit)).statusCode,
      200,
    );
    assert.equal(
      ((await get(`/api/tasks/${task.id}`, unit)).json() as { task: { display: string } }).task.display,
      "待审核",
    );
    const refused = await post(`/api/tasks/${task.id}/review`, { decision: "accept" }, unit);
    assert.equal(refused.statusCode, 403, "a unit cannot accept its own closure");
    assert.equal(
      (await post(`/api/tasks/${task.id}/review`, { decision: "accept", comment: "同意办结" })).statusCode,
      200,
    );
    const after = (await get(`/api/ledgers/${ledgerId}/overview`)).json() as {
      closed: number;
      total: number;
      rate: number;
      byUnit: Array<{ name: string; closed: number }>;
    };
    assert.equal(after.closed, before.closed + 1);
    assert.ok(after.rate > before.rate);
    assert.equal(after.byUnit.find((u) => u.name === "市司法局")?.closed, 1);
  });

  test("a return needs a comment; extend and reassign need reasons; close and reopen", async () => {
    const tasks = await allTasks<{ id: number; status: string }>("/api/tasks?mine=1", unit);
    const t = tasks.find((x) => x.status === "open");
    assert.ok(t);
    await post(`/api/tasks/${t.id}/request-closure`, { text: "完成" }, unit);
    assert.equal((await post(`/api/tasks/${t.id}/review`, { decision: "return" })).statusCode, 400);
    assert.equal(
      (await post(`/api/tasks/${t.id}/review`, { decision: "return", comment: "缺少佐证材料" })).statusCode,
      200,
    );
    assert.equal(
      (await post(`/api/tasks/${t.id}/extend`, { due: "2030-06-30", reason: "" })).statusCode,
      400,
    );
    const ext = await post(`/api/tasks/${t.id}/extend`, { due: "2030-06-30", reason: "上级文件调整" });
    assert.equal(ext.statusCode, 200, ext.body);
    const moved = await post(`/api/tasks/${t.id}/reassign`, { unitName: "市发改委", reason: "职能调整" });
    assert.equal(moved.statusCode, 200);
    assert.equal((await get(`/api/tasks/${t.id}`, unit)).statusCode, 404, "the old unit no longer sees it");
    const other = await login(app, "unit-fgw");
    assert.equal((await get(`/api/tasks/${t.id}`, other)).statusCode, 200, "the new unit does");
    assert.equal((await post(`/api/tasks/${t.id}/close`, { reason: "督办确认" })).statusCode, 200);
    assert.equal((await post(`/api/tasks/${t.id}/progress`, {}, other)).statusCode >= 400, true);
    assert.equal((await post(`/api/tasks/${t.id}/reopen`, { reason: "" })).statusCode, 400);
    assert.equal((await post(`/api/tasks/${t.id}/reopen`, { reason: "发现问题" })).statusCode, 200);
    const log = (await get(`/api/tasks/${t.id}`)).json() as { updates: Array<{ kind: string }> };
    assert.deepEqual(
      log.updates.map((u) => u.kind),
      ["closure_request", "return", "extend", "reassign", "close", "reopen"],
    );
  });

  test("attachments: only allowed types, checked by content", async () => {
    const tasks = await allTasks<{ id: number; status: string }>("/api/tasks?mine=1", unit);
    const t = tasks.find((x) => x.status !== "closed");
    assert.ok(t);
    const hostile: Array<[string, Buffer]> = [
      ["page.html", Buffer.from("<html><script>alert(1)</script></html>")],
      ["image.svg", Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>')],
      ["fake.pdf", Buffer.from("<html>not a pdf</html>")],
    ];
    for (const [name, bytes] of hostile) {
      const body = multipart({ text: "材料" }, [{ name, bytes }]);
      const res: { statusCode: number; body: string } = await app.inject({
        method: "POST",
        url: `/api/tasks/${t.id}/progress`,
        headers: { ...as(unit), "content-type": body.contentType },
        payload: body.payload,
      });
      assert.equal(res.statusCode, 415, `${name}: ${res.body}`);
    }
  });

  test("attachments: legacy Word, WPS, OFD and photos are accepted by content; look-alikes are not", async () => {
    const tasks = await allTasks<{ id: number; status: string }>("/api/tasks?mine=1", unit);
    const t = tasks.find((x) => x.status !== "closed");
    assert.ok(t);
    const formats = (name: string) => readFileSync(new URL(`fixtures/formats/${name}`, import.meta.url));
    const upload = async (name: string, bytes: Buffer) => {
      const body = multipart({ text: "证明材料" }, [{ name, bytes }]);
      return app.inject({
        method: "POST",
        url: `/api/tasks/${t.id}/progress`,
        headers: { ...as(unit), "content-type": body.contentType },
        payload: body.payload,
      });
    };
    const png = Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      Buffer.alloc(64),
    ]);
    const jpeg = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(64)]);
    const accepted: Array<[string, Buffer, string]> = [
      ["实施方案.doc", formats("qingzhen-2022-report.doc"), "application/msword"],
      ["工作总结.wps", formats("taiyuan-2024-report.wps"), "application/msword"],
      ["XML 文档.doc", formats("taiyuan-2024-report-word2003xml.doc"), "application/msword"],
      ["批复.ofd", formats("ofdrw-n-2pages.ofd"), "application/ofd"],
      ["现场照片.jpg", jpeg, "image/jpeg"],
      ["截图.png", png, "image/png"],
    ];
    for (const [name, bytes] of accepted) {
      const res = await upload(name, bytes);
      assert.equal(res.statusCode, 200, `${name}: ${res.body}`);
    }
    const detail = (await get(`/api/tasks/${t.id}`, unit)).json() as {
      attachments: Array<{ name: string; mime: string }>;
    };
    for (const [name, , mime] of accepted)
      assert.equal(detail.attachments.find((a) => a.name === name)?.mime, mime, name);
    const refused: Array<[string, Buffer]> = [
      ["表格.wps", formats("broken/excel-sheet.wps")], // a compound file, but Excel
      ["加密.doc", formats("broken/encrypted.doc")],
      ["损坏.ofd", formats("broken/wrong-magic.ofd")],
      ["文档.ofd", formats("report-lines.doc")], // a Word file named .ofd
      ["网页.doc", Buffer.from("<html><script>alert(1)</script></html>")],
    ];
    for (const [name, bytes] of refused) {
      const res = await upload(name, bytes);
      assert.equal(res.statusCode, 415, `${name}: ${res.body}`);
      assert.match(res.body, /OFD、Word（\.docx\/\.doc\/\.wps）/);
    }
  });

  test("reminders: due within N days and overdue; exportable", async () => {
    now = new Date("2019-12-20T02:00:00Z");
    const r = (await get("/api/reminders?days=14")).json() as {
      items: Array<{ due: string; daysLeft: number }>;
      digest: string;
    };
    assert.ok(r.items.some((i) => i.due === "2019-12-31" && i.daysLeft === 11));
    assert.ok(r.items.some((i) => i.daysLeft < 0));
    assert.match(r.digest, /已逾期 \d+ 项/);
    const mine = (await get("/api/reminders?days=14", unit)).json() as { items: Array<{ unitName: string }> };
    assert.ok(mine.items.every((i) => i.unitName === "市司法局"));
    const csv = await get("/api/tasks/export?format=csv&reminders=14");
    assert.ok(csv.body.startsWith("\ufeff督办台账,措施,任务"), "across ledgers, a ledger column");
  });

  test("the ledger exports with status and latest progress", async () => {
    const res = await get(`/api/tasks/export?format=xlsx&ledger=${ledgerId}`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const sheet = wb.worksheets[0];
    assert.equal(sheet.name, "督办台账");
    const headers = (sheet.getRow(1).values as unknown[]).slice(1);
    assert.deepEqual(headers.slice(-4), ["状态", "完成比例", "最新进展", "链接"]);
    assert.notEqual(headers[0], "编号", "no internal numbers");
    const task = sheet.getRow(2).getCell(2).value as ExcelJS.CellHyperlinkValue;
    assert.match(task.hyperlink, new RegExp(`/tasks/${ledgerId}\\?task=\\d+$`), "the task links to its page");
    const rows = sheet.getSheetValues().slice(2) as unknown[][];
    assert.ok(rows.some((row) => row?.includes("已办结") && row.includes("同意办结")));
  });

  test("the daily digest goes to a local SMTP server", async () => {
    const smtp = await startSmtp();
    const received = smtp.mails;
    const mailing = await buildApp({
      store,
      options: resolveOptions(),
      config: { now: () => now, smtpUrl: smtp.url, mailFrom: "fazhi@example.test" },
    });
    try {
      const s = await login(mailing, "coord1");
      const res = await mailing.inject({
        method: "POST",
        url: "/api/digest/send",
        headers: as(s),
        payload: { days: 14 },
      });
      assert.equal(res.statusCode, 200, res.body);
      assert.ok((res.json() as { sent: number }).sent >= 2, "the office and at least one unit");
      assert.ok(received.length >= 2);
      assert.ok(received.some((m) => /coord1@example\.test/.test(m)));
      assert.ok(received.some((m) => /unit-sfj@example\.test/.test(m)));
    } finally {
      await mailing.close();
      await smtp.close();
    }
    const unconfigured = await post("/api/digest/send", { days: 7 });
    assert.equal(unconfigured.statusCode, 409);
  });
});

// The assessment API as the web app uses it: a round created by the coordinator, a unit's
// appeal decided, the results for each role, and the score sheet and Word report as files.
import { SYSTEM_SCOPE } from "../src/commands/access/scope.ts";
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import ExcelJS from "exceljs";
import type { FastifyInstance } from "fastify";
import mammoth from "mammoth";
import { ingestDocument } from "../src/commands/documents/ingest.ts";
import { resolveOptions } from "../src/pipeline.ts";
import { buildApp } from "../src/server/app.ts";
import { openStore, type Store } from "../src/store/db.ts";
import { REPORT_TEXT } from "./helpers/fixtures.ts";
import { as, login, makeUsers, type Session } from "./helpers/session.ts";

describe("assessment API", { timeout: 180_000 }, () => {
  let store: Store;
  let app: FastifyInstance;
  const s: Record<string, Session> = {};
  let roundId = 0;

  before(async () => {
    store = await openStore({ dataDir: "memory://" });
    const options = resolveOptions();
    app = await buildApp({ store, options });
    await makeUsers(store);
    for (const [unit, name] of [
      ["市司法局", "sfj.txt"],
      ["市发改委", "fgw.txt"],
    ])
      await ingestDocument(store, SYSTEM_SCOPE, {
        bytes: new Uint8Array(Buffer.from(REPORT_TEXT.replace("清镇市2022年", `${unit}2022年`))),
        name,
        options,
      });
    for (const u of ["coord1", "eval1", "unit-sfj", "unit-fgw"]) s[u] = await login(app, u);
  });
  after(async () => {
    await app?.close();
    await store?.close();
  });

  const call = (
    session: Session | null,
    method: "GET" | "POST",
    url: string,
    payload?: Record<string, unknown>,
  ) => app.inject({ method, url, headers: as(session), ...(payload === undefined ? {} : { payload }) });

  /**
   * Each 依据 cell of the score sheet cites its passages as a reader on paper needs them: the
   * document's title and its words at the span (as the trace API gives them), never positions;
   * linked to the passage in the web app.
   */
  async function assertCitations(detail: ExcelJS.Worksheet) {
    const results = (await call(s.coord1, "GET", `/api/assess/rounds/${roundId}`)).json() as {
      units: { unitName: string; items: { id: number; code: string; evidenceCount: number }[] }[];
    };
    const rows = new Map<string, ExcelJS.Cell>();
    detail.eachRow((row, k) => {
      if (k > 1) rows.set(`${row.getCell(1).text} ${row.getCell(2).text}`, row.getCell(10));
    });
    const flat = (t: string) => t.replace(/\s+/g, " ").trim();
    const quoted: { title: string; words: string }[] = [];
    for (const u of results.units)
      for (const i of u.items.filter((x) => x.evidenceCount > 0)) {
        const cell = rows.get(`${u.unitName} ${i.code}`);
        const trace = (await call(s.coord1, "GET", `/api/assess/items/${i.id}`)).json() as {
          item: {
            evidence: {
              kind: string;
              documentId?: number;
              start?: number;
              end?: number;
              text: string;
              link: string | null;
            }[];
          };
        };
        // the trace words each piece as the sheet cites it, structured fields beside the words
        for (const e of trace.item.evidence) {
          assert.doesNotMatch(e.text, /\[\d+\s*[–-]\s*\d+\]/, `no character positions in the API: ${e.text}`);
          assert.ok(cell?.text.includes(e.text), `the sheet cites ${e.text}`);
          if (e.kind === "span" && e.documentId) {
            assert.match(e.text, /^《.+》：“.+”$/);
            assert.equal(e.link, `/documents/${e.documentId}?at=${e.start}-${e.end}`);
          }
        }
        assert.ok(cell, `${u.unitName} ${i.code} has a row`);
        assert.doesNotMatch(cell.text, /\[\d+\s*[–-]\s*\d+\]/, "no character positions on paper");
        const passages = trace.item.evidence.filter((e) => e.kind === "span" && e.documentId);
        for (const e of passages) {
          const doc = (await call(s.coord1, "GET", `/api/documents/${e.documentId}`)).json() as {
            displayTitle: string;
            record: { text: string };
          };
          assert.ok(cell.text.includes(`《${doc.displayTitle}》`), `${cell.text} names ${doc.displayTitle}`);
          const words = flat(doc.record.text.slice(e.start, e.end));
          assert.ok(flat(cell.text).includes(words), `${cell.text} quotes ${words}`);
          quoted.push({ title: doc.displayTitle, words });
        }
        const first = passages[0];
        if (first) {
          const value = cell.value as ExcelJS.CellHyperlinkValue;
          assert.ok(
            value.hyperlink.endsWith(`/documents/${first.documentId}?at=${first.start}-${first.end}`),
            value.hyperlink,
          );
        }
      }
    assert.ok(quoted.length > 5, `passages cited: ${quoted.length}`);
    return quoted;
  }

  test("the coordinator lists the shipped systems and creates a round over two units", async () => {
    const systems = (await call(s.coord1, "GET", "/api/assess/systems")).json() as {
      items: { key: string }[];
    };
    assert.deepEqual(systems.items.map((x) => x.key).sort(), ["dept-kaohe", "shifan-2021"]);
    const bad = await call(s.coord1, "POST", "/api/assess/rounds", {
      system: "dept-kaohe",
      year: 2022,
      units: [],
    });
    assert.equal(bad.statusCode, 400);
    const res = await call(s.coord1, "POST", "/api/assess/rounds", {
      system: "dept-kaohe",
      year: 2022,
      units: [{ name: "市司法局" }, { name: "市发改委" }],
    });
    assert.equal(res.statusCode, 200, res.body);
    roundId = (res.json() as { id: number }).id;
    const results = (await call(s.coord1, "GET", `/api/assess/rounds/${roundId}`)).json() as {
      round: { statusLabel: string };
      system: { firstLevel: { name: string }[] };
      units: {
        unitName: string;
        documentId: number | null;
        documentTitle: string | null;
        firstLevel: unknown[];
        items: { code: string; statusLabel: string }[];
      }[];
    };
    assert.equal(results.round.statusLabel, "评分中");
    assert.equal(results.system.firstLevel.length, 6);
    assert.equal(results.units.length, 2);
    assert.ok(results.units.every((u) => u.documentId !== null && u.firstLevel.length === 6));
    // each unit's report named as the library names it (its title), never by its file name
    assert.deepEqual(results.units.map((u) => [u.unitName, u.documentTitle]).sort(), [
      ["市发展和改革委员会", "市发改委2022年法治政府建设情况报告"],
      ["市司法局", "市司法局2022年法治政府建设情况报告"],
    ]);
    assert.ok(results.units[0].items.some((i) => i.statusLabel === "无依据"));
  });

  test("a unit sees its own row, appeals an item, and the coordinator's decision changes the score", async () => {
    const mine = (await call(s["unit-sfj"], "GET", `/api/assess/rounds/${roundId}`)).json() as {
      units: { unitName: string; items: { id: number; code: string; points: number }[] }[];
    };
    assert.deepEqual(
      mine.units.map((u) => u.unitName),
      ["市司法局"],
    );
    const item = mine.units[0].items.find((i) => i.code === "C3");
    assert.ok(item);
    const trace = (await call(s["unit-sfj"], "GET", `/api/assess/items/${item.id}`)).json() as {
      item: { statusLabel: string; explanation: string };
    };
    assert.equal(trace.item.statusLabel, "无依据");
    const filed = await call(s["unit-sfj"], "POST", `/api/assess/items/${item.id}/appeals`, {
      reason: "本年度开展了案卷评查,见附件",
    });
    assert.equal(filed.statusCode, 200, filed.body);
    // another unit cannot appeal it
    const other = await call(s["unit-fgw"], "POST", `/api/assess/items/${item.id}/appeals`, {
      reason: "别人的评分项",
    });
    assert.equal(other.statusCode, 404);
    const appeals = (await call(s.coord1, "GET", `/api/assess/rounds/${roundId}/appeals`)).json() as {
      total: number;
      items: { id: number; statusLabel: string }[];
    };
    assert.equal(appeals.total, 1);
    assert.equal(appeals.items[0].statusLabel, "待处理");
    const evaluatorTry = await call(s.eval1, "POST", `/api/assess/appeals/${appeals.items[0].id}/decision`, {
      accept: true,
      points: 5,
      comment: "同意",
    });
    assert.equal(evaluatorTry.statusCode, 403);
    const decided = await call(s.coord1, "POST", `/api/assess/appeals/${appeals.items[0].id}/decision`, {
      accept: true,
      points: 5,
      comment: "材料属实,予以采纳",
    });
    assert.equal(decided.statusCode, 200, decided.body);
    const after = (await call(s["unit-sfj"], "GET", `/api/assess/items/${item.id}`)).json() as {
      item: { points: number; computedPoints: number };
      changes: { causeLabel: string }[];
    };
    assert.equal(after.item.points, 5);
    assert.equal(after.item.computedPoints, 0);
    assert.equal(after.changes.at(-1)?.causeLabel, "申诉采纳");
  });

  test("清除: a unit's report is cleared and the unit rescored without it; chosen again, as before", async () => {
    type Results = {
      units: {
        unitId: number;
        unitName: string;
        documentId: number | null;
        total: number;
        items: { statusLabel: string; evidenceCount: number }[];
      }[];
    };
    const results = async () =>
      ((await call(s.coord1, "GET", `/api/assess/rounds/${roundId}`)).json() as Results).units;
    const before = (await results()).find((u) => u.unitName === "市发展和改革委员会");
    assert.ok(before?.documentId);
    const url = `/api/assess/rounds/${roundId}/units/${before.unitId}/document`;
    // a unit may not change what it is scored on
    assert.equal((await call(s["unit-fgw"], "POST", url, { documentId: null })).statusCode, 403);
    const cleared = await call(s.coord1, "POST", url, { documentId: null });
    assert.equal(cleared.statusCode, 200, cleared.body);
    const after = (await results()).find((u) => u.unitId === before.unitId);
    assert.equal(after?.documentId, null);
    assert.ok(after && after.total < before.total, `${before.total} → ${after?.total}`);
    assert.ok(after.items.some((i) => i.statusLabel === "无依据"));
    const again = await call(s.coord1, "POST", url, { documentId: before.documentId });
    assert.equal(again.statusCode, 200, again.body);
    const restored = (await results()).find((u) => u.unitId === before.unitId);
    assert.equal(restored?.total, before.total);
  });

  test("the score sheet and the Word report download with the units and their scores", async () => {
    const xlsx = await call(s.coord1, "GET", `/api/assess/rounds/${roundId}/scores.xlsx`);
    assert.equal(xlsx.statusCode, 200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const ranking = book.getWorksheet("排名");
    assert.equal(ranking?.getRow(1).getCell(2).value, "单位");
    const names = [2, 3].map((r) => ranking?.getRow(r).getCell(2).value);
    assert.deepEqual(
      [...names].sort(),
      ["市发展和改革委员会", "市司法局"].sort(),
      "named as the unit register names them",
    );
    const detail = book.getWorksheet("评分明细");
    assert.ok((detail?.rowCount ?? 0) > 20);
    const quoted = await assertCitations(detail as ExcelJS.Worksheet);
    const docx = await call(s.coord1, "GET", `/api/assess/rounds/${roundId}/report.docx`);
    assert.equal(docx.statusCode, 200);
    assert.match(String(docx.headers["content-disposition"]), /report|%E8%AF%84%E4%BC%B0/);
    // named once: the system is called …评分表（示例）, and its files were 「…评分表（示例）评分表.xlsx」
    const fileName = (res: { headers: Record<string, unknown> }) =>
      decodeURIComponent(String(res.headers["content-disposition"]).split("''")[1] ?? "");
    assert.equal(fileName(xlsx), "2022年度部门法治政府建设年度考核评分表（示例）.xlsx");
    assert.equal(fileName(docx), "2022年度部门法治政府建设年度考核（示例）评估报告.docx");
    const { value } = await mammoth.extractRawText({ buffer: docx.rawPayload });
    assert.match(value, /^2022年度部门法治政府建设年度考核（示例）评估报告/);
    assert.match(value, /市司法局/);
    assert.match(value, /材料属实,予以采纳/);
    // the report cites the same passages, by title and words, never by position
    assert.doesNotMatch(value, /\[\d+\s*[–-]\s*\d+\]/);
    for (const q of quoted) {
      assert.ok(value.includes(`《${q.title}》`), `the report names ${q.title}`);
      assert.ok(value.replace(/\s+/g, " ").includes(q.words), `the report quotes ${q.words}`);
    }
  });

  test("finalised and published: the public sees totals, not items", async () => {
    assert.equal((await call(null, "GET", `/api/assess/rounds/${roundId}`)).statusCode, 404);
    assert.equal((await call(s.coord1, "POST", `/api/assess/rounds/${roundId}/finalise`)).statusCode, 200);
    assert.equal((await call(s.coord1, "POST", `/api/assess/rounds/${roundId}/publish`)).statusCode, 200);
    const pub = (await call(null, "GET", `/api/assess/rounds/${roundId}`)).json() as {
      units: { total: number; items: unknown[]; firstLevel: unknown[]; documentTitle: string | null }[];
    };
    assert.equal(pub.units.length, 2);
    assert.ok(pub.units.every((u) => u.items.length === 0 && u.firstLevel.length === 6));
    // nor which report each was scored on (the report itself may not be public)
    assert.ok(pub.units.every((u) => u.documentTitle === null));
    const rounds = (await call(null, "GET", "/api/assess/rounds")).json() as {
      total: number;
      items: { statusLabel: string }[];
    };
    assert.deepEqual(
      rounds.items.map((r) => r.statusLabel),
      ["已公布"],
    );
    assert.equal(rounds.total, 1);
    // lists are paged like every other: at most 200 a page, with the total
    assert.equal((await call(s.coord1, "GET", "/api/assess/rounds?pageSize=201")).statusCode, 400);
    const second = (await call(s.coord1, "GET", "/api/assess/systems?pageSize=1&page=2")).json() as {
      total: number;
      page: number;
      items: unknown[];
    };
    assert.deepEqual([second.total >= 2, second.page, second.items.length], [true, 2, 1]);
  });
});

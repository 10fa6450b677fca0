// The HTTP API against a real database: the embedded PGlite always, and a PostgreSQL
// server too when TEST_DATABASE_URL is set (CI starts one). One suite, both stores.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { after, before, describe, test } from "node:test";
import type { FastifyInstance } from "fastify";
import ExcelJS from "exceljs";
import { resolveOptions } from "../src/pipeline.ts";
import { buildApp } from "../src/server/app.ts";
import type { Store } from "../src/store/db.ts";
import { makeDocx, REPORT_LINES } from "./helpers/fixtures.ts";
import { storeTargets } from "./helpers/store-targets.ts";
import { as, login, makeUsers, type Session } from "./helpers/session.ts";
import { SMALL_PLAN } from "./helpers/plan-fixture.ts";
import { sql } from "kysely";
import { SYSTEM_SCOPE } from "../src/commands/access/scope.ts";
import { getDocument } from "../src/commands/documents/documents.ts";
import { MAX_RECORD_ITEMS, presentDocumentDetail } from "../src/server/presenters/document.ts";

const demo = (name: string) => readFileSync(new URL(`../demo/${name}`, import.meta.url));

function multipart(files: Array<{ name: string; bytes: Uint8Array | Buffer }>) {
  const boundary = "----fazhi-test-boundary";
  const chunks: Buffer[] = [];
  for (const f of files) {
    chunks.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="files"; filename="${encodeURIComponent(f.name)}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
      ),
      Buffer.from(f.bytes),
      Buffer.from("\r\n"),
    );
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return {
    payload: Buffer.concat(chunks),
    headers: { "content-type": `multipart/form-data; boundary=${boundary}` },
  };
}

for (const target of storeTargets()) {
  describe(`API on ${target.label}`, { timeout: 180_000 }, () => {
    let store: Store;
    let app: FastifyInstance;
    let coord: Session;
    const ids: Record<string, number> = {};
    // requests as the supervising office (signed in, with the CSRF token)
    type Inject = import("light-my-request").InjectOptions;
    const req = (o: Inject) => app.inject({ ...o, headers: { ...(o.headers ?? {}), ...as(coord) } });

    before(async () => {
      store = await target.open();
      app = await buildApp({ store, options: resolveOptions({ limits: { maxBytes: 2 * 1024 * 1024 } }) });
      await makeUsers(store);
      coord = await login(app, "coord1");
    });
    after(async () => {
      await app?.close();
      await store?.close();
    });

    test("upload several files; bad ones are refused one by one; nothing half-written stays", async () => {
      const docx = await makeDocx(REPORT_LINES);
      const res = await req({
        method: "POST",
        url: "/api/documents",
        ...multipart([
          { name: "003_6b24399234e2fad4.txt", bytes: demo("003_6b24399234e2fad4.txt") },
          { name: "001_1d911b1d986cfee9.txt", bytes: demo("001_1d911b1d986cfee9.txt") },
          { name: "000_759704e5000b19aa.txt", bytes: demo("000_759704e5000b19aa.txt") },
          { name: "report.docx", bytes: docx },
          { name: "broken.docx", bytes: docx.subarray(0, 300) },
          { name: "program.txt", bytes: Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 1]) },
          { name: "plan.txt", bytes: Buffer.from(SMALL_PLAN) },
        ]),
      });
      assert.equal(res.statusCode, 200, res.body);
      const { results, ...counts } = res.json() as {
        results: Array<{ name: string; ok: boolean; id?: number; error?: { code: string; message: string } }>;
      };
      assert.deepEqual(counts, { created: 5, existing: 0, failed: 2 });
      assert.deepEqual(
        results.map((r) => [r.name, r.ok]),
        [
          ["003_6b24399234e2fad4.txt", true],
          ["001_1d911b1d986cfee9.txt", true],
          ["000_759704e5000b19aa.txt", true],
          ["report.docx", true],
          ["broken.docx", false],
          ["program.txt", false],
          ["plan.txt", true],
        ],
      );
      for (const r of results) if (r.ok && r.id) ids[r.name] = r.id;
      assert.match(results[4].error?.message ?? "", /broken\.docx.*损坏/);
      const { n } = await store.db
        .selectFrom("documents")
        .select((eb) => eb.fn.countAll<number>().as("n"))
        .executeTakeFirstOrThrow();
      assert.equal(Number(n), 5);
      const blobs = await store.db.selectFrom("blobs").select("sha256").execute();
      assert.equal(blobs.length, 5, "no blob without its document");
    });

    test("submit a URL: the page is fetched, analysed and stored with its address", async () => {
      const { createServer } = await import("node:http");
      const page = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>某县报告</title></head><body><p>2023年,某某县法治政府建设取得成效。</p><p>一、主要举措和成效</p><p>全年受理行政复议案件42件。</p></body></html>`;
      const server = createServer((req, res) => {
        if (req.url === "/missing") {
          res.writeHead(404).end();
          return;
        }
        res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(page);
      });
      await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
      const port = (server.address() as { port: number }).port;
      const blocked = await req({
        method: "POST",
        url: "/api/documents/url",
        payload: { url: `http://127.0.0.1:${port}/report.html` },
      });
      assert.equal(blocked.statusCode, 400, "loopback is refused unless allowed");
      assert.equal((blocked.json() as { error: { code: string } }).error.code, "fetch_blocked");
      process.env.FAZHI_FETCH_ALLOW = "127.0.0.1"; // an intranet deployment's setting
      try {
        const ok = await req({
          method: "POST",
          url: "/api/documents/url",
          payload: { url: `http://127.0.0.1:${port}/report.html` },
        });
        assert.equal(ok.statusCode, 200, ok.body);
        const { id } = ok.json() as { id: number };
        const doc = (await req({ method: "GET", url: `/api/documents/${id}` })).json() as {
          sourceUrl: string;
          format: string;
          facts: number;
        };
        assert.deepEqual(
          [doc.sourceUrl, doc.format, doc.facts],
          [`http://127.0.0.1:${port}/report.html`, "html", 1],
        );
        const missing = await req({
          method: "POST",
          url: "/api/documents/url",
          payload: { url: `http://127.0.0.1:${port}/missing` },
        });
        assert.equal(missing.statusCode, 422);
        assert.match((missing.json() as { error: { message: string } }).error.message, /下载失败/);
        const bad = await req({
          method: "POST",
          url: "/api/documents/url",
          payload: { url: "ftp://x" },
        });
        assert.equal(bad.statusCode, 400);
      } finally {
        delete process.env.FAZHI_FETCH_ALLOW;
        server.close();
      }
    });

    test("the same bytes again give the same document", async () => {
      const res = await req({
        method: "POST",
        url: "/api/documents",
        ...multipart([{ name: "again.txt", bytes: demo("003_6b24399234e2fad4.txt") }]),
      });
      const body = res.json() as { results: Array<{ id: number; created: boolean }>; existing: number };
      const [r] = body.results;
      assert.deepEqual([r.id, r.created], [ids["003_6b24399234e2fad4.txt"], false]);
      assert.deepEqual(body, { results: body.results, created: 0, existing: 1, failed: 0 });
    });

    test("a file over the size limit is refused with a clear message", async () => {
      const big = Buffer.alloc(3 * 1024 * 1024, "法");
      const res = await req({
        method: "POST",
        url: "/api/documents",
        ...multipart([{ name: "big.txt", bytes: big }]),
      });
      const body = res.json() as {
        results?: Array<{ ok: boolean; error: { code: string } }>;
        error?: { code: string };
      };
      const code = body.results?.[0]?.error.code ?? body.error?.code;
      assert.ok(code === "too-large" || code === "too_large", res.body);
    });

    test("anonymous readers see published documents only; the office publishes", async () => {
      const anon = await app.inject({ method: "GET", url: "/api/documents" });
      assert.equal((anon.json() as { total: number }).total, 0, "uploads start unpublished");
      const id = ids["003_6b24399234e2fad4.txt"];
      assert.equal((await app.inject({ method: "GET", url: `/api/documents/${id}` })).statusCode, 404);
      const pub = await req({
        method: "POST",
        url: `/api/documents/${id}/publish`,
        payload: { published: true },
      });
      assert.equal(pub.statusCode, 200, pub.body);
      const after = await app.inject({ method: "GET", url: "/api/documents" });
      assert.equal((after.json() as { total: number }).total, 1);
      assert.equal((await app.inject({ method: "GET", url: `/api/documents/${id}` })).statusCode, 200);
      const upload = await app.inject({
        method: "POST",
        url: "/api/documents",
        ...multipart([{ name: "x.txt", bytes: Buffer.from("2023年报告") }]),
      });
      assert.equal(upload.statusCode, 401, "anonymous access is read-only");
    });

    test("list with filters", async () => {
      const res = await req({ method: "GET", url: "/api/documents?kind=report&pageSize=50" });
      const body = res.json() as {
        total: number;
        items: Array<{ kind: string; region: string; sections: { ok: number; total: number } }>;
      };
      assert.equal(body.total, 4, "three seeds, the DOCX report and the fetched page");
      assert.ok(body.items.every((d) => d.kind === "report"));
      const byRegion = await req({
        method: "GET",
        url: `/api/documents?region=${encodeURIComponent("长沙市")}`,
      });
      assert.equal((byRegion.json() as { total: number }).total, 1);
      const byFinding = await req({ method: "GET", url: "/api/documents?finding=review:spam" });
      assert.equal((byFinding.json() as { total: number }).total, 1);
      const byIndicator = await req({
        method: "GET",
        url: "/api/documents?indicator=mediation.success_rate",
      });
      assert.ok((byIndicator.json() as { total: number }).total >= 2);
    });

    test("Chinese full-text search with ranking and highlighted snippets", async () => {
      const res = await req({
        method: "GET",
        url: `/api/documents?q=${encodeURIComponent("行政复议")}`,
      });
      const body = res.json() as {
        total: number;
        items: Array<{ snippets: Array<Array<{ text: string; hit: boolean }>> }>;
      };
      assert.ok(body.total >= 3);
      const hits = body.items[0].snippets.flat().filter((p) => p.hit);
      assert.ok(hits.length > 0 && hits.every((p) => p.text === "行政复议" || p.text === "行政復議"));
      const none = await req({
        method: "GET",
        url: `/api/documents?q=${encodeURIComponent("量子计算机")}`,
      });
      assert.equal((none.json() as { total: number }).total, 0);
    });

    test("a document with its record; the original byte for byte, never inline", async () => {
      const id = ids["003_6b24399234e2fad4.txt"];
      const res = await req({ method: "GET", url: `/api/documents/${id}` });
      const doc = res.json() as {
        record: { text: string; facts: Array<{ start: number; end: number; quote: string }> };
        analyses: unknown[];
      };
      assert.ok(doc.record.facts.length > 40);
      for (const f of doc.record.facts) assert.equal(doc.record.text.slice(f.start, f.end), f.quote);
      assert.equal(doc.analyses.length, 1);
      const original = await req({ method: "GET", url: `/api/documents/${id}/original` });
      assert.ok(original.rawPayload.equals(demo("003_6b24399234e2fad4.txt")));
      assert.match(String(original.headers["content-disposition"]), /^attachment/);
      assert.equal(original.headers["x-content-type-options"], "nosniff");
      // a name with an apostrophe or brackets ('放管服'改革(2023).txt) is saved by that name: the
      // header's value holds no ' ( ) * of its own (Chromium dropped a name with a raw ' in it
      // and saved the file as “original”)
      const named = "'放管服'改革(2023)*.txt";
      const { name } = await store.db
        .selectFrom("documents")
        .select("name")
        .where("id", "=", id)
        .executeTakeFirstOrThrow();
      await store.db.updateTable("documents").set({ name: named }).where("id", "=", id).execute();
      try {
        const saved = await req({ method: "GET", url: `/api/documents/${id}/original` });
        const header = String(saved.headers["content-disposition"]);
        const [, value = ""] = header.split("filename*=UTF-8''");
        assert.doesNotMatch(value, /['()*]/, header);
        assert.equal(decodeURIComponent(value), named);
      } finally {
        await store.db.updateTable("documents").set({ name }).where("id", "=", id).execute();
      }
    });

    test("a document's detail sends the stored record on: the answer presentDocumentDetail gives", async () => {
      const detail = async (id: number) => {
        const res = await req({ method: "GET", url: `/api/documents/${id}` });
        assert.equal(res.statusCode, 200, res.body);
        assert.match(String(res.headers["content-type"]), /^application\/json/);
        const doc = await getDocument(store, SYSTEM_SCOPE, id, { maxItems: MAX_RECORD_ITEMS });
        const expected = JSON.parse(JSON.stringify(presentDocumentDetail(doc.row, doc.record, doc.history)));
        assert.deepEqual(res.json(), expected);
        return expected as { record: { source: { invalidBytes?: number }; outline: unknown[] } };
      };
      // report, plan (measures), Word file: each as stored
      for (const id of Object.values(ids)) await detail(id);
      const id = ids["001_1d911b1d986cfee9.txt"];
      const stored = async () =>
        JSON.parse(
          (
            await store.db
              .selectFrom("documents")
              .innerJoin("analyses", "analyses.id", "documents.analysis_id")
              .select(sql<string>`analyses.record::text`.as("json"))
              .where("documents.id", "=", id)
              .executeTakeFirstOrThrow()
          ).json,
        );
      const write = (record: unknown) =>
        store.db
          .updateTable("analyses")
          .set({ record: JSON.stringify(record) as never })
          .where("document_id", "=", id)
          .execute();
      const original = await stored();
      try {
        // a source with bytes that were not valid in its charset (renamed invalidBytes)
        await write({ ...original, source: { ...original.source, invalid_bytes: 3 } });
        assert.equal((await detail(id)).record.source.invalidBytes, 3);
        // a record stored before 0010 with its text, facts and findings inline
        const whole = (await getDocument(store, SYSTEM_SCOPE, id)).record;
        await write({ ...whole, outline: whole.outline.slice(0, 2) });
        assert.equal((await detail(id)).record.outline.length, 2);
      } finally {
        await write(original);
      }
    });

    test("facts across documents for comparison", async () => {
      const res = await req({
        method: "GET",
        url: "/api/facts?indicators=mediation.success_rate,reconsideration.received",
      });
      const body = res.json() as {
        items: Array<{ region: string; indicator: string }>;
        points: unknown[];
        total: number;
      };
      assert.ok(body.total >= body.items.length);
      assert.ok(body.items.some((f) => f.region === "长沙市" && f.indicator === "mediation.success_rate"));
      assert.ok(body.points.length >= 2);
    });

    test("a plan's ledger", async () => {
      const res = await req({
        method: "GET",
        url: `/api/documents/${ids["001_1d911b1d986cfee9.txt"]}/ledger`,
      });
      const ledger = res.json() as { rows: unknown[]; units: Array<{ name: string }>; areas: string[] };
      assert.equal(ledger.rows.length, 121);
      assert.ok(ledger.units.some((u) => u.name === "市政府办公厅"));
    });

    test("exports: CSV and XLSX of any table", async () => {
      const csv = await req({ method: "GET", url: "/api/export/documents.csv" });
      // no internal numbers: the title first, the document's page in the app last
      assert.ok(csv.body.startsWith("\ufeff标题,类型"), csv.body.slice(0, 40));
      const lines = csv.body.trim().split("\r\n");
      assert.ok(lines[0].endsWith(",文件,链接"));
      for (const line of lines.slice(1)) assert.match(line, /,http:\/\/[^,]+\/documents\/\d+$/);
      const sheet = await req({ method: "GET", url: "/api/export/documents.xlsx" });
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(sheet.rawPayload as unknown as ArrayBuffer);
      const rows = wb.worksheets[0];
      assert.ok(rows.rowCount > 2 && rows.rowCount === lines.length, `${rows.rowCount} rows`);
      for (let k = 2; k <= rows.rowCount; k++) {
        const title = rows.getRow(k).getCell(1).value as ExcelJS.CellHyperlinkValue;
        assert.match(
          title?.hyperlink ?? "",
          /\/documents\/\d+$/,
          `row ${k}: the title links to the document`,
        );
        assert.ok(title.text.length > 0);
      }
      const xlsx = await req({ method: "GET", url: `/api/export/ledger.xlsx?id=${ids["plan.txt"]}` });
      assert.equal(xlsx.rawPayload.subarray(0, 2).toString(), "PK");
      const cmp = await req({
        method: "GET",
        url: "/api/export/compare.csv?indicators=mediation.success_rate",
      });
      assert.match(cmp.body, /长沙市/);
      // the indicator by its name, as on the page, not its code (mediation.success_rate)
      assert.match(cmp.body, /,调解成功率,/);
      assert.doesNotMatch(cmp.body, /mediation\.success_rate/);
      // each fact's document by its name as on screen, not its internal number
      const [header, ...compared] = cmp.body
        .replace(/^\ufeff/, "")
        .trim()
        .split(/\r?\n/);
      assert.ok(header.endsWith(",原文,文档"), header);
      for (const line of compared) assert.match(line, /,[^,]*(报告|方案)[^,]*$/, line);
      // a document whose title was not read is named as on screen, not left blank
      const unnamed = csv.body.split("\n").find((l) => l.includes("000_759704e5000b19aa.txt"));
      assert.match(unnamed ?? "", /^长治市2023年年度报告,/);
    });

    test("errors are JSON in Chinese and English; OpenAPI is served", async () => {
      const missing = await req({ method: "GET", url: "/api/documents/99999" });
      assert.equal(missing.statusCode, 404);
      assert.deepEqual(Object.keys((missing.json() as { error: object }).error), [
        "code",
        "message",
        "messageEn",
      ]);
      const bad = await req({ method: "GET", url: "/api/documents?year=abc" });
      assert.equal(bad.statusCode, 400);
      assert.equal((bad.json() as { error: { code: string } }).error.code, "invalid_input");
      const notMultipart = await req({ method: "POST", url: "/api/documents", payload: { a: 1 } });
      assert.equal(notMultipart.statusCode, 415);
      const spec = (await req({ method: "GET", url: "/api/openapi.json" })).json() as {
        openapi: string;
        paths: Record<string, unknown>;
      };
      assert.equal(spec.openapi, "3.1.0");
      assert.ok(
        spec.paths["/api/documents"] && spec.paths["/api/documents/{id}"] && spec.paths["/api/facts"],
      );
    });

    test("re-analysis after an engine change keeps the previous record", async () => {
      const { reanalyzeStale } = await import("../src/commands/documents/reanalyze.ts");
      const id = ids["000_759704e5000b19aa.txt"];
      await store.db
        .updateTable("documents")
        .set({ engine_version: "0.0.0-old" })
        .where("id", "=", id)
        .execute();
      const result = await reanalyzeStale(store, SYSTEM_SCOPE, resolveOptions());
      assert.equal(result.reanalyzed, 1);
      const res = await req({ method: "GET", url: `/api/documents/${id}` });
      const doc = res.json() as { analyses: unknown[]; engineVersion: string; facts: number };
      assert.equal(doc.analyses.length, 2);
      assert.notEqual(doc.engineVersion, "0.0.0-old");
      const facts = await req({
        method: "GET",
        url: "/api/facts?indicators=reconsideration.received",
      });
      const rows = (facts.json() as { items: Array<{ documentId: number }> }).items.filter(
        (f) => f.documentId === id,
      );
      assert.equal(rows.length, 1, "facts of the old analysis are not counted twice");
    });
  });
}

// Uploads under pressure and on the record: the same file sent ten times at once gives one
// document (an upsert on its SHA-256), every upload, URL ingestion and re-analysis is in the
// audit log, and refused evidence leaves no file behind. On PGlite, and on PostgreSQL when
// TEST_DATABASE_URL is set.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { after, before, describe, test } from "node:test";
import type { FastifyInstance } from "fastify";
import { resolveOptions } from "../src/pipeline.ts";
import { buildApp } from "../src/server/app.ts";
import { ingestDocument } from "../src/commands/documents/ingest.ts";
import { reanalyzeStale } from "../src/commands/documents/reanalyze.ts";
import { openStore, type Store } from "../src/store/db.ts";
import { multipartBody } from "./helpers/multipart.ts";
import { SMALL_PLAN } from "./helpers/plan-fixture.ts";
import { freshDatabase } from "./helpers/postgres.ts";
import { postLedger } from "./helpers/ledger.ts";
import { as, login, makeUsers, type Session } from "./helpers/session.ts";
import { SYSTEM_SCOPE, scopeOf } from "../src/commands/access/scope.ts";

const targets: Array<{ label: string; open: () => Promise<Store> }> = [
  { label: "PGlite", open: () => openStore({ dataDir: "memory://" }) },
];
const postgres = process.env.TEST_DATABASE_URL;
if (postgres)
  targets.push({
    label: "PostgreSQL",
    open: async () => openStore({ databaseUrl: await freshDatabase(postgres) }),
  });

const PDF = Buffer.from("%PDF-1.4\n% evidence\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n");
const REPORT = readFileSync(new URL("../demo/002_16fef9e64dbe8af8.txt", import.meta.url));

for (const target of targets) {
  describe(`uploads and their audit on ${target.label}`, { timeout: 300_000 }, () => {
    let store: Store;
    let app: FastifyInstance;
    let coord: Session;
    const upload = (files: Array<{ name: string; bytes: Uint8Array | Buffer }>, s = coord) => {
      const body = multipartBody({}, files);
      return app.inject({
        method: "POST",
        url: "/api/documents",
        headers: { ...as(s), "content-type": body.contentType },
        payload: body.payload,
      });
    };
    const progress = (taskId: number, files: Array<{ name: string; bytes: Uint8Array | Buffer }>) => {
      const body = multipartBody({ text: "进展" }, files);
      return app.inject({
        method: "POST",
        url: `/api/tasks/${taskId}/progress`,
        headers: { ...as(coord), "content-type": body.contentType },
        payload: body.payload,
      });
    };
    const rows = async (table: "blobs" | "attachments" | "documents") =>
      Number(
        (
          await store.db
            .selectFrom(table)
            .select((eb) => eb.fn.countAll<number>().as("n"))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const auditOf = (action: string) =>
      store.db.selectFrom("audit_log").selectAll().where("action", "=", action).orderBy("id").execute();

    before(async () => {
      store = await target.open();
      app = await buildApp({ store, options: resolveOptions() });
      await makeUsers(store);
      coord = await login(app, "coord1");
    });
    after(async () => {
      await app?.close();
      await store?.close();
    });

    test("the same file uploaded ten times at once: ten successes, one document", async () => {
      const res = await Promise.all(
        Array.from({ length: 10 }, () => upload([{ name: "报告.txt", bytes: REPORT }])),
      );
      const results = res.map((r) => {
        assert.equal(r.statusCode, 200, r.body);
        assert.doesNotMatch(r.body, /duplicate key|documents_sha256_key/);
        return (r.json() as { results: Array<{ ok: boolean; id: number; created: boolean }> }).results[0];
      });
      assert.deepEqual(
        results.filter((r) => !r.ok),
        [],
      );
      assert.equal(new Set(results.map((r) => r.id)).size, 1, "one document id for all ten");
      assert.equal(results.filter((r) => r.created).length, 1, "created once");
      assert.equal(await rows("documents"), 1);
      assert.equal(await rows("blobs"), 1);
      const uploads = await auditOf("upload");
      assert.equal(uploads.length, 1, "one upload, one audit entry");
      assert.equal(uploads[0].username, "coord1");
      assert.equal(uploads[0].entity_id, String(results[0].id));
    });

    test("URL ingestions and re-analyses are audited too", async () => {
      const url = "https://example.gov.cn/plan.txt";
      const coordinator = scopeOf({
        id: 2,
        username: "coord1",
        displayName: "coord1",
        role: "coordinator",
        unitName: null,
        unitKey: null,
      });
      const { documentId } = await ingestDocument(store, coordinator, {
        bytes: new TextEncoder().encode(SMALL_PLAN),
        name: url,
        sourceUrl: url,
        options: resolveOptions(),
      });
      const fetched = (await auditOf("fetch-url")).find((e) => e.entity_id === String(documentId));
      assert.ok(fetched, "a URL ingestion has its audit entry");
      assert.equal(fetched.username, "coord1");

      await store.db.updateTable("documents").set({ engine_version: "0.0.0-old" }).execute();
      const { reanalyzed } = await reanalyzeStale(store, SYSTEM_SCOPE, resolveOptions());
      assert.equal(reanalyzed, 2);
      const entries = await auditOf("reanalyze");
      assert.deepEqual(entries.map((e) => e.entity_id).sort(), [String(documentId), "1"].sort());
      const before = entries[0].before as unknown;
      assert.match(typeof before === "string" ? before : JSON.stringify(before), /0\.0\.0-old/);
    });

    test("refused evidence leaves no file behind (409 on a closed task, 415 on a bad second file)", async () => {
      const plan = await upload([{ name: "方案.txt", bytes: new TextEncoder().encode(SMALL_PLAN) }]);
      const documentId = (plan.json() as { results: Array<{ id: number }> }).results[0].id;
      await postLedger(app, coord, documentId);
      const [t1, t2] = await store.db.selectFrom("tasks").select("id").orderBy("id").limit(2).execute();
      assert.equal(
        (
          await app.inject({
            method: "POST",
            url: `/api/tasks/${t1.id}/close`,
            headers: as(coord),
            payload: {},
          })
        ).statusCode,
        200,
      );
      const blobs = await rows("blobs");
      const attachments = await rows("attachments");

      const closed = await progress(t1.id, [{ name: "证明.pdf", bytes: PDF }]);
      assert.equal(closed.statusCode, 409, closed.body);
      const mixed = await progress(t2.id, [
        { name: "证明2.pdf", bytes: Buffer.concat([PDF, Buffer.from("% second\n")]) },
        { name: "page.html", bytes: Buffer.from("<html><script>alert(1)</script></html>") },
      ]);
      assert.equal(mixed.statusCode, 415, mixed.body);
      assert.equal(await rows("blobs"), blobs, "no orphan blobs");
      assert.equal(await rows("attachments"), attachments);

      const ok = await progress(t2.id, [{ name: "证明.pdf", bytes: PDF }]);
      assert.equal(ok.statusCode, 200, ok.body);
      assert.equal(await rows("blobs"), blobs + 1, "accepted evidence is stored with its report");
      assert.equal(await rows("attachments"), attachments + 1);
    });

    test("a NUL or control character in a file name: 400 (evidence) or a refused file (upload), nothing stored", async () => {
      const blobs = await rows("blobs");
      const task = await store.db
        .selectFrom("tasks")
        .select("id")
        .where("status", "!=", "closed")
        .executeTakeFirstOrThrow();
      const evidence = await progress(task.id, [{ name: "证明\u0000.pdf", bytes: PDF }]);
      assert.equal(evidence.statusCode, 400, evidence.body);
      assert.match((evidence.json() as { error: { message: string } }).error.message, /控制字符/);
      const res = await upload([
        { name: "报告\u0000.txt", bytes: Buffer.from("另一份报告的内容,足够长的一段文字。") },
      ]);
      assert.equal(res.statusCode, 200, res.body);
      const [result] = (
        res.json() as { results: Array<{ ok: boolean; error?: { code: string; message: string } }> }
      ).results;
      assert.equal(result.ok, false);
      assert.equal(result.error?.code, "bad_file_name");
      assert.equal(await rows("blobs"), blobs);
    });
  });
}

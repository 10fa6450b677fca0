// Many documents at once (a directory imported, a multi-file upload): analysed in the pool and
// written in batches, with every input's own outcome — duplicates found, errors kept per file,
// and nothing lost when one file of a batch is refused by the database. Each stored record
// rebuilds exactly as the engine made it. On PGlite, and on PostgreSQL when TEST_DATABASE_URL is set.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { sql } from "kysely";
import { SYSTEM_SCOPE } from "../src/commands/access/scope.ts";
import { getOriginal, listDocuments } from "../src/commands/documents/documents.ts";
import {
  type IngestInput,
  ingestDocument,
  ingestDocuments,
  sha256,
} from "../src/commands/documents/ingest.ts";
import { describeError, InputError } from "../src/ingest/errors.ts";
import { configurePool } from "../src/ingest/pool.ts";
import { analyzeBytes, resolveOptions } from "../src/pipeline.ts";
import type { Store } from "../src/store/db.ts";
import { insertStoredItems, loadRecord, type StoredParts } from "../src/store/records.ts";
import type { Fact } from "../src/types.ts";
import { indexTokens } from "../src/store/search.ts";
import { gbk, REPORT_LINES, utf8 } from "./helpers/fixtures.ts";
import { readSeeds } from "./helpers/shared.ts";
import { storeTargets } from "./helpers/store-targets.ts";

const options = resolveOptions();
/** A report of its own: the fixture with a line naming it. */
const report = (k: number) => utf8([...REPORT_LINES, `第${k}号报告的附注。`].join("\n"));

for (const target of storeTargets()) {
  describe(`batched ingest on ${target.label}`, { timeout: 300_000 }, () => {
    let store: Store;
    before(async () => {
      store = await target.open();
    });
    after(async () => {
      await store.close();
    });

    test("each input gets its own outcome; one bad file costs only itself", async () => {
      const stored = await ingestDocument(store, SYSTEM_SCOPE, {
        bytes: report(0),
        name: "已有.txt",
        options,
      });
      const inputs: IngestInput[] = [
        { bytes: report(1), name: "一.txt" },
        { bytes: report(2), name: "二.txt" },
        { bytes: report(1), name: "一的副本.txt" }, // the same bytes as the first, in the same call
        { bytes: report(0), name: "已有的副本.txt" }, // stored before
        { bytes: utf8("%PDF-1.4 这不是 PDF"), name: "坏.pdf" }, // unreadable
        { bytes: report(3), name: "坏\u0000名.txt" }, // a name the database cannot hold
        // refused by the database in the middle of a batch (a NUL in a text column)
        { bytes: report(4), name: "网址.txt", sourceUrl: "https://example.gov.cn/\u0000" },
        { bytes: report(5), name: "五.txt" },
        { bytes: report(6), name: "六.txt" },
      ];
      const seen: number[] = [];
      const outcomes = await ingestDocuments(store, SYSTEM_SCOPE, inputs, options, {
        batchSize: 3,
        onOutcome: (index) => seen.push(index),
      });
      assert.equal(outcomes.length, inputs.length);
      assert.deepEqual(
        [...seen].sort((a, b) => a - b),
        inputs.map((_, k) => k),
        "every input is reported once",
      );
      const ok = (k: number) => {
        const o = outcomes[k];
        assert.ok(o.ok, `${inputs[k].name}: ${o.ok ? "" : String(o.error)}`);
        return o;
      };
      for (const k of [0, 1, 7, 8]) assert.equal(ok(k).created, true, inputs[k].name);
      assert.equal(ok(2).documentId, ok(0).documentId, "a copy in the same call is the same document");
      assert.equal(ok(2).created, false);
      assert.equal(ok(3).documentId, stored.documentId, "bytes stored before are found");
      assert.equal(ok(3).created, false);
      const failed = (k: number) => {
        const o = outcomes[k];
        assert.ok(!o.ok, inputs[k].name);
        return o.error;
      };
      assert.ok(failed(4) instanceof InputError, "the unreadable file's own error");
      assert.match(String((failed(5) as Error).message), /控制字符|control/);
      assert.ok(failed(6) instanceof Error);

      const names = await store.db.selectFrom("documents").select("name").execute();
      assert.deepEqual(
        names.map((n) => n.name).sort(),
        ["一.txt", "二.txt", "五.txt", "六.txt", "已有.txt"].sort(),
      );
      const audited = await store.db
        .selectFrom("audit_log")
        .select("entity_id")
        .where("action", "=", "upload")
        .execute();
      assert.equal(audited.length, 5, "one audit entry per stored document");
      const { rows } = await sql<{ documents: number; indexed: number; same: number }>`
        select (select count(*) from documents)::int as documents, count(*)::int as indexed,
          count(*) filter (where s.vector = search_ranking(d.search_tsv, search_salient(d.search_tsv)))::int as same
        from search_index s join documents d on d.id = s.document_id`.execute(store.db);
      assert.deepEqual(
        rows[0],
        { documents: 5, indexed: 5, same: 5 },
        "each document's compact ranking vector",
      );
    });

    test("when no analysis worker can start, the import still ends and reports every input with its reason", async () => {
      // a heap too small for a worker to start: the jobs wait in the pool's queue with no worker to
      // take them, and before the pool's watchdog the process ended silently with them pending
      await configurePool({ workers: 1, queue: 8, memoryMb: 8 });
      try {
        const inputs = [1, 2, 3].map((k) => ({ bytes: report(100 + k), name: `无法启动${k}.txt` }));
        const outcomes = await ingestDocuments(store, SYSTEM_SCOPE, inputs, options);
        assert.equal(outcomes.length, inputs.length);
        for (const [k, o] of outcomes.entries()) {
          assert.ok(!o.ok, inputs[k].name);
          assert.match(
            describeError(inputs[k].name, o.error),
            new RegExp(`^无法启动${k + 1}\\.txt：分析线程多次中止`),
          );
        }
      } finally {
        await configurePool({});
      }
    });

    test("search_index's vectors are made in the workers with the store's common words, as the database makes them", async () => {
      // long reports (more words than the compact vector keeps), every word of theirs listed as
      // common: each vector is filled to its room (migration 0024)
      const texts = readSeeds()
        .map(([, text]) => text)
        .filter((t) => t.length > 6000)
        .slice(0, 3);
      assert.ok(texts.length > 0, "long seeds");
      await sql`insert into search_words (lexeme, share)
        select distinct u.lexeme, 0.5 from unnest(tsvector_to_array(to_tsvector('simple', ${indexTokens(texts.join("\n"))}))) u(lexeme)
        on conflict do nothing`.execute(store.db);
      try {
        const outcomes = await ingestDocuments(
          store,
          SYSTEM_SCOPE,
          texts.map((t, k) => ({ bytes: utf8(t), name: `常用词${k}.txt` })),
          options,
        );
        const ids = outcomes.map((o) => (o.ok ? o.documentId : -1));
        const { rows } = await sql<{ same: boolean; added: number }>`
          select s.vector = search_ranking(d.search_tsv, search_salient(d.search_tsv)) as same,
            length(ts_filter(s.vector, '{c}'))::int as added
          from search_index s join documents d on d.id = s.document_id where d.id = any(${ids}::int[])`.execute(
          store.db,
        );
        assert.equal(rows.length, texts.length);
        for (const row of rows) {
          assert.equal(row.same, true);
          assert.ok(row.added > 0, "words added");
        }
      } finally {
        await sql`delete from search_words`.execute(store.db);
      }
    });

    test("a hook that throws stops nothing: every input is stored, then its error is thrown", async () => {
      const inputs = [31, 32, 33, 34, 35].map((k) => ({ bytes: report(k), name: `钩子${k}.txt` }));
      const seen: number[] = [];
      await assert.rejects(
        ingestDocuments(store, SYSTEM_SCOPE, inputs, options, {
          batchSize: 2,
          onOutcome: (index) => {
            seen.push(index);
            // the first outcome of each batch of two: the batch is written when it throws
            if (index % 2 === 0) throw new Error(`进度显示失败 ${index}`);
          },
        }),
        /进度显示失败/,
      );
      assert.equal(seen.length, inputs.length, "every outcome still reaches the hook");
      const names = await store.db
        .selectFrom("documents")
        .select("name")
        .where("name", "like", "钩子%")
        .execute();
      assert.deepEqual(names.map((n) => n.name).sort(), inputs.map((i) => i.name).sort());
      const again = await ingestDocuments(store, SYSTEM_SCOPE, inputs, options);
      assert.ok(
        again.every((o) => o.ok && !o.created),
        "each stored once, nothing left half-written",
      );
    });

    test("a stored record rebuilds exactly as the engine made it, and is found by search", async () => {
      const bytes = report(7);
      const { documentId } = await ingestDocument(store, SYSTEM_SCOPE, { bytes, name: "七.txt", options });
      const doc = await store.db
        .selectFrom("documents")
        .select("analysis_id")
        .where("id", "=", documentId)
        .executeTakeFirstOrThrow();
      const record = await loadRecord(store.db, doc.analysis_id as number);
      const expected = await analyzeBytes(bytes, "七.txt", options);
      assert.equal(JSON.stringify(record), JSON.stringify(expected), "same record, same key order");
      const original = await getOriginal(store, SYSTEM_SCOPE, documentId);
      assert.deepEqual(new Uint8Array(original.content), bytes, "the original byte for byte");
      const blob = await store.db
        .selectFrom("blobs")
        .select(["encoding", "size"])
        .where("sha256", "=", sha256(bytes))
        .executeTakeFirstOrThrow();
      assert.deepEqual(blob, { encoding: "gzip", size: bytes.length }, "stored compressed");
      assert.ok(expected.facts.length > 0 && expected.findings.length > 0);
      const found = await listDocuments(store, SYSTEM_SCOPE, { q: "行政复议", page: 1, pageSize: 20 });
      const hit = found.items.find((i) => i.row.id === documentId);
      assert.ok(hit?.snippets.flat().some((p) => p.hit));
    });

    test("records written in one batch (made and packed in the workers) each rebuild exactly, in their order", async () => {
      // different documents: different numbers of facts and findings, each kept with its own analysis
      const inputs = [report(20), utf8(REPORT_LINES.slice(0, 6).join("\n")), report(21)].map((bytes, k) => ({
        bytes,
        name: `批${k}.txt`,
      }));
      const outcomes = await ingestDocuments(store, SYSTEM_SCOPE, inputs, options);
      for (const [k, outcome] of outcomes.entries()) {
        assert.ok(outcome.ok && outcome.created);
        const doc = await store.db
          .selectFrom("documents")
          .select("analysis_id")
          .where("id", "=", outcome.documentId)
          .executeTakeFirstOrThrow();
        const record = await loadRecord(store.db, doc.analysis_id as number);
        const expected = await analyzeBytes(inputs[k].bytes, inputs[k].name, options);
        assert.equal(JSON.stringify(record), JSON.stringify(expected), inputs[k].name);
      }
    });

    test("texts with characters JSON or UTF-8 treat apart are stored as read, each record rebuilding exactly", async () => {
      // the workers send text, record and rows as UTF-8 bytes, read by the database as binary
      // parameters of type text and json, the rows of a batch concatenated into one JSON array:
      // line and paragraph separators (escaped by some JSON writers, not by JSON.stringify),
      // characters outside the BMP (two UTF-16 units, four bytes), backslashes, quotes and an
      // escape written out, a C0 control, a BOM inside the text, and GBK with bytes it cannot map
      const lines = (extra: string) => utf8([...REPORT_LINES, extra].join("\n"));
      const inputs = [
        { name: "分隔符.txt", bytes: lines("行政复议\u2028案件108件\u2029办结98件") },
        { name: "增补字符.txt", bytes: lines("𠀀𪚥行政复议😀案件12件，👨‍👩‍👧。") },
        { name: "转义.txt", bytes: lines('行政\\复议"引号"\\u0000与\\n，共3件。') },
        { name: "控制字符.txt", bytes: lines("行政\u0001复议\u007f案件\ufeff5件。") },
        {
          name: "国标.txt",
          bytes: Uint8Array.from([
            ...gbk([...REPORT_LINES, "行政复议案件7件"].join("\r\n")),
            0x80,
            0xff,
            0x0d,
            0x0a,
          ]),
        },
      ];
      const outcomes = await ingestDocuments(store, SYSTEM_SCOPE, inputs, options);
      for (const [k, outcome] of outcomes.entries()) {
        assert.ok(
          outcome.ok && outcome.created,
          `${inputs[k].name}: ${outcome.ok ? "" : String(outcome.error)}`,
        );
        const doc = await store.db
          .selectFrom("documents")
          .select(["analysis_id", "text"])
          .where("id", "=", outcome.documentId)
          .executeTakeFirstOrThrow();
        const record = await loadRecord(store.db, doc.analysis_id as number);
        const expected = await analyzeBytes(inputs[k].bytes, inputs[k].name, options);
        assert.equal(doc.text, expected.text, inputs[k].name);
        assert.equal(JSON.stringify(record), JSON.stringify(expected), inputs[k].name);
        assert.ok(expected.facts.length > 0, `${inputs[k].name}: facts written`);
      }
    });

    test("facts whose value JSON cannot carry are written as parameters, beside the others (given as text or bytes)", async () => {
      const { documentId } = await ingestDocument(store, SYSTEM_SCOPE, {
        bytes: report(22),
        name: "廿二.txt",
        options,
      });
      const { analysis_id } = await store.db
        .selectFrom("documents")
        .select("analysis_id")
        .where("id", "=", documentId)
        .executeTakeFirstOrThrow();
      const fact = (value: number, quote: string): Fact => ({
        quote,
        start: 0,
        end: 1,
        value,
        unit: "件",
        approx: null,
        subject: "案件",
        indicator: null,
      });
      const odd: StoredParts = {
        json: "{}",
        facts: [fact(Number.NaN, "甲"), fact(Number.POSITIVE_INFINITY, "乙")],
        findings: "[]",
      };
      const plain: StoredParts = { json: "{}", facts: JSON.stringify([fact(3, "丙")]), findings: "[]" };
      // as the analysis worker sends them: UTF-8 bytes, beside parts given as strings
      const finding = { rule: "test:bytes", severity: "info", message: "戊", start: null, end: null };
      const asBytes: StoredParts = {
        json: utf8("{}"),
        facts: utf8(JSON.stringify([fact(4, "丁")])),
        findings: utf8(JSON.stringify([finding])),
      };
      await store.db.transaction().execute((trx) =>
        insertStoredItems(trx, [
          { parts: odd, analysisId: analysis_id as number, documentId },
          { parts: plain, analysisId: analysis_id as number, documentId },
          { parts: asBytes, analysisId: analysis_id as number, documentId },
        ]),
      );
      const { rows } = await sql<{ quote: string; value: number }>`select quote, value from facts
        where analysis_id = ${analysis_id} and quote in ('甲', '乙', '丙', '丁') order by id`.execute(
        store.db,
      );
      assert.deepEqual(
        rows.map((r) => [r.quote, Number(r.value)]),
        [
          ["丙", 3],
          ["丁", 4],
          ["甲", Number.NaN],
          ["乙", Number.POSITIVE_INFINITY],
        ],
      );
      const { rows: found } = await sql<
        typeof finding
      >`select rule, severity, message, start, "end" from findings
        where analysis_id = ${analysis_id} and rule = 'test:bytes'`.execute(store.db);
      assert.deepEqual(found, [finding]);
    });

    test("deleting a document deletes its facts and findings (through its analyses: migration 0015)", async () => {
      const { documentId } = await ingestDocument(store, SYSTEM_SCOPE, {
        bytes: report(8),
        name: "八.txt",
        options,
      });
      const count = async () => {
        const { rows } = await sql<{ facts: number; findings: number }>`
          select (select count(*)::int from facts where document_id = ${documentId}) as facts,
            (select count(*)::int from findings where document_id = ${documentId}) as findings`.execute(
          store.db,
        );
        return rows[0];
      };
      const before = await count();
      assert.ok(before.facts > 0 && before.findings > 0);
      await sql`delete from documents where id = ${documentId}`.execute(store.db);
      assert.deepEqual(await count(), { facts: 0, findings: 0 });
      if (store.engine === "postgres") {
        // Debian's PostgreSQL has lz4: the stored record is compressed with it
        const { rows } = await sql<{ c: string }>`select attcompression::text as c from pg_attribute
          where attrelid = 'analyses'::regclass and attname = 'record'`.execute(store.db);
        assert.equal(rows[0].c, "l");
      }
    });

    test("a bulk import into the embedded database leaves the planner counting its documents; known bytes are found in groups", async () => {
      const reltuples = async () => {
        const { rows } = await sql<{ n: number }>`select reltuples::float8 as n from pg_class
          where oid = 'documents'::regclass`.execute(store.db);
        return Number(rows[0].n);
      };
      const inputs = Array.from({ length: 70 }, (_, k) => ({ bytes: report(100 + k), name: `批量${k}.txt` }));
      const outcomes = await ingestDocuments(store, SYSTEM_SCOPE, inputs, options, { batchSize: 16 });
      assert.ok(outcomes.every((o) => o.ok && o.created));
      const { rows } = await sql<{ n: number }>`select count(*)::int as n from documents`.execute(store.db);
      // PostgreSQL's autovacuum counts them in its own time; the embedded database has none
      if (store.engine === "pglite") assert.equal(await reltuples(), rows[0].n);
      // the same 70 again, with 5 new among them: one group's lookup finds the 70, the new are written
      const again = [
        ...inputs.slice(0, 35),
        ...[1, 2, 3, 4, 5].map((k) => ({ bytes: report(200 + k), name: `新${k}.txt` })),
        ...inputs.slice(35),
      ];
      const second = await ingestDocuments(store, SYSTEM_SCOPE, again, options);
      assert.deepEqual(
        second.map((o) => o.ok && o.created),
        again.map((_, k) => k >= 35 && k < 40),
      );
      for (const [k, o] of second.entries())
        if (k < 35 || k >= 40)
          assert.equal(
            o.ok && o.documentId,
            (outcomes[k < 35 ? k : k - 5] as { documentId: number }).documentId,
          );
    });
  });
}

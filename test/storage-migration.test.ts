// Migration 0010 converts documents stored the earlier way (the record's JSON carrying the text,
// facts and findings again; a column of search tokens beside the vector) without losing a thing:
// every analysis — current or earlier — rebuilds to the very record that was stored, the document
// reads the same through the API, the search vector is kept, and a record whose rows do not
// match its JSON keeps its JSON. On PGlite, and on PostgreSQL when TEST_DATABASE_URL is set.
import assert from "node:assert/strict";
import { after, describe, test } from "node:test";
import { type Kysely, sql } from "kysely";
import { SYSTEM_SCOPE } from "../src/commands/access/scope.ts";
import { getDocument, listDocuments } from "../src/commands/documents/documents.ts";
import { sha256 } from "../src/commands/documents/ingest.ts";
import { closePool } from "../src/ingest/pool.ts";
import { analyzeBytes, resolveOptions } from "../src/pipeline.ts";
import { presentRecord } from "../src/server/presenters/document.ts";
import { openStore } from "../src/store/db.ts";
import { loadRecord } from "../src/store/records.ts";
import type { Database } from "../src/store/schema.ts";
import { indexTokens } from "../src/store/search.ts";
import type { AnalysisRecord } from "../src/types.ts";
import { REPORT_LINES, utf8 } from "./helpers/fixtures.ts";
import { reopenableTargets } from "./helpers/store-targets.ts";

const BEFORE = "0006_trust";
const report = (k: number) => utf8([...REPORT_LINES, `第${k}号报告的附注。`].join("\n"));

/** Stores an analysis the way it was stored before 0010 (the record whole, facts and findings as rows too). */
async function insertAnalysisAsBefore(db: Kysely<Database>, documentId: number, record: AnalysisRecord) {
  const { rows } = await sql<{ id: number }>`
    insert into analyses (document_id, engine_name, engine_version, record)
    values (${documentId}, ${record.engine.name}, ${record.engine.version}, ${JSON.stringify(record)}::json)
    returning id`.execute(db);
  const analysisId = rows[0].id;
  for (const f of record.facts)
    await sql`insert into facts (analysis_id, document_id, start, "end", quote, value, unit, approx, subject, indicator)
      values (${analysisId}, ${documentId}, ${f.start}, ${f.end}, ${f.quote}, ${f.value}, ${f.unit}, ${f.approx}, ${f.subject}, ${f.indicator})`.execute(
      db,
    );
  for (const f of record.findings)
    await sql`insert into findings (analysis_id, document_id, rule, severity, message, start, "end")
      values (${analysisId}, ${documentId}, ${f.rule}, ${f.severity}, ${f.message}, ${f.start ?? null}, ${f.end ?? null})`.execute(
      db,
    );
  await sql`update documents set analysis_id = ${analysisId}, engine_version = ${record.engine.version},
      kind = ${record.meta.kind}, title = ${record.meta.title}, region = ${record.meta.region},
      issuer = ${record.meta.issuer}, year = ${record.meta.year}, facts_count = ${record.facts.length},
      findings_count = ${record.findings.length},
      search_tokens = ${indexTokens(`${record.meta.title ?? ""}\n${record.text}`)}, text = ${record.text}
    where id = ${documentId}`.execute(db);
  return analysisId;
}

async function insertDocumentAsBefore(
  db: Kysely<Database>,
  name: string,
  bytes: Uint8Array,
  record: AnalysisRecord,
) {
  const hash = sha256(bytes);
  await sql`insert into blobs (sha256, content, size) values (${hash}, ${bytes}, ${bytes.length})`.execute(
    db,
  );
  const { rows } = await sql<{ id: number }>`
    insert into documents (sha256, name, format, charset, kind, script, engine_version)
    values (${hash}, ${name}, ${record.source.format}, ${record.source.charset}, ${record.meta.kind}, ${record.meta.script}, ${record.engine.version})
    returning id`.execute(db);
  return rows[0].id;
}

const targets = reopenableTargets("fazhi-migration-");

for (const target of targets) {
  describe(`migration 0010 on ${target.label}`, { timeout: 300_000 }, () => {
    after(async () => {
      target.cleanup?.();
      await closePool();
    });

    test("old rows are converted losslessly: the same records, the same document, the same search", async () => {
      const options = resolveOptions();
      const records = {
        plain: await analyzeBytes(report(1), "一.txt", options),
        earlier: {
          ...(await analyzeBytes(report(2), "二.txt", options)),
          engine: { name: "fazhi", version: "0.1.0" },
        },
        current: await analyzeBytes(report(3), "二.txt", options),
        mismatched: await analyzeBytes(report(4), "四.txt", options),
      };
      const old = await openStore({ ...(await target.options()), migrateTo: BEFORE });
      const plain = await insertDocumentAsBefore(old.db, "一.txt", report(1), records.plain);
      const plainAnalysis = await insertAnalysisAsBefore(old.db, plain, records.plain);
      // re-analysed: an earlier analysis (its own text) and the current one
      const twice = await insertDocumentAsBefore(old.db, "二.txt", report(3), records.current);
      const earlierAnalysis = await insertAnalysisAsBefore(old.db, twice, records.earlier);
      const currentAnalysis = await insertAnalysisAsBefore(old.db, twice, records.current);
      // a record whose fact rows do not match its JSON (one row lost): its JSON must stay whole
      const mismatched = await insertDocumentAsBefore(old.db, "四.txt", report(4), records.mismatched);
      const mismatchedAnalysis = await insertAnalysisAsBefore(old.db, mismatched, records.mismatched);
      await sql`delete from facts where id = (select min(id) from facts where analysis_id = ${mismatchedAnalysis})`.execute(
        old.db,
      );
      const vectors = async (db: Kysely<Database>) =>
        (
          await sql<{
            id: number;
            v: string;
          }>`select id, search_tsv::text as v from documents order by id`.execute(db)
        ).rows;
      const vectorsBefore = await vectors(old.db);
      await old.close();

      const store = await openStore(await target.options());
      try {
        const expected: Array<[number, AnalysisRecord]> = [
          [plainAnalysis, records.plain],
          [earlierAnalysis, records.earlier],
          [currentAnalysis, records.current],
          [mismatchedAnalysis, records.mismatched],
        ];
        for (const [id, record] of expected)
          assert.equal(
            JSON.stringify(await loadRecord(store.db, id)),
            JSON.stringify(record),
            `analysis ${id}`,
          );
        for (const [id, record] of [
          [plain, records.plain],
          [twice, records.current],
          [mismatched, records.mismatched],
        ] as const) {
          const doc = await getDocument(store, SYSTEM_SCOPE, id);
          assert.deepEqual(presentRecord(doc.record), presentRecord(record));
        }
        assert.deepEqual(await vectors(store.db), vectorsBefore, "the search vectors are kept");
        const found = await listDocuments(store, SYSTEM_SCOPE, { q: "行政复议", page: 1, pageSize: 20 });
        assert.equal(found.total, 3);

        // each part once: the current record's text is the document's, facts and findings are rows
        const stored = async (id: number) =>
          (
            await sql<{
              text: string | null;
              facts: string | null;
              findings: string | null;
              own: string | null;
            }>`
              select record->>'text' as text, record->>'facts' as facts, record->>'findings' as findings, text as own
              from analyses where id = ${id}`.execute(store.db)
          ).rows[0];
        assert.deepEqual(await stored(plainAnalysis), { text: null, facts: null, findings: null, own: null });
        assert.equal(
          (await stored(earlierAnalysis)).own,
          records.earlier.text,
          "an earlier analysis keeps its text",
        );
        assert.notEqual(
          (await stored(mismatchedAnalysis)).facts,
          null,
          "facts that do not match their rows stay",
        );
      } finally {
        await store.close();
      }
    });
  });
}

// Each part of a document stored once (store/records.ts): the record's JSON no longer carries
// the text (the current analysis's is documents.text; an earlier analysis keeps its own in
// analyses.text), nor the facts and findings (rows of their tables); the space-joined search
// tokens are gone (the vector made from them stays, now written directly); an original may be
// stored compressed (blobs.encoding). Existing rows are
// converted losslessly: a part is taken out of the JSON only where it equals what is kept
// elsewhere, so every record rebuilds exactly as it was.
import { type Kysely, type Migration, sql } from "kysely";
import { factOf, findingOf } from "../records.ts";
import type { Fact, Finding } from "../../types.ts";

const CHUNK = 200;

type Row = { analysis_id: number };

function byAnalysis<T extends Row>(rows: T[]): Map<number, T[]> {
  const out = new Map<number, T[]>();
  for (const r of rows) out.set(r.analysis_id, [...(out.get(r.analysis_id) ?? []), r]);
  return out;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export const migration: Migration = {
  async up(db: Kysely<unknown>) {
    await sql`alter table analyses add column text text`.execute(db);
    // originals may be stored compressed from now on (store/blobs.ts); the stored ones stay as they are
    await sql`alter table blobs add column encoding text`.execute(db);
    // the vector keeps its values and becomes a plain column, written from tokens made in the worker
    await sql`alter table documents alter column search_tsv drop expression`.execute(db);
    await sql`alter table documents drop column search_tokens`.execute(db);
    for (let after = 0; ; ) {
      const { rows } = await sql<{ id: number; record: string; current: boolean; document_text: string }>`
        select a.id, a.record::text as record, coalesce(d.analysis_id = a.id, false) as current,
               d.text as document_text
        from analyses a join documents d on d.id = a.document_id
        where a.id > ${after} order by a.id limit ${CHUNK}`.execute(db);
      if (rows.length === 0) return;
      after = rows[rows.length - 1].id;
      const ids = rows.map((r) => r.id);
      const facts = byAnalysis(
        (await sql<Fact & Row>`select * from facts where analysis_id = any(${ids}) order by id`.execute(db))
          .rows,
      );
      const findings = byAnalysis(
        (
          await sql<Finding & Row & { start: number | null; end: number | null }>`
            select * from findings where analysis_id = any(${ids}) order by id`.execute(db)
        ).rows,
      );
      for (const row of rows) {
        const record = JSON.parse(row.record);
        let text: string | null = null;
        if (typeof record.text === "string") {
          if (!(row.current && record.text === row.document_text)) text = record.text;
          record.text = null;
        }
        if (Array.isArray(record.facts) && same(record.facts, (facts.get(row.id) ?? []).map(factOf)))
          record.facts = null;
        if (
          Array.isArray(record.findings) &&
          same(record.findings, (findings.get(row.id) ?? []).map(findingOf))
        )
          record.findings = null;
        await sql`update analyses set record = ${JSON.stringify(record)}::json, text = ${text} where id = ${row.id}`.execute(
          db,
        );
      }
    }
  },
};

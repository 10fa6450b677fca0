// A synthetic-but-realistic corpus for the search bench: the demo reports are analysed for real,
// a few hundred variants are composed from their paragraphs (segmented here, once each), and
// the N documents are then written by SQL bulk inserts that pick a variant, a region and a year
// and add rare phrases to a few documents. 100,000 documents take minutes, not hours.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { sql } from "kysely";
import { SYSTEM_SCOPE } from "../src/commands/access/scope.ts";
import { ingestDocument } from "../src/commands/documents/ingest.ts";
import { resolveOptions } from "../src/pipeline.ts";
import type { Store } from "../src/store/db.ts";
import { indexTokens } from "../src/store/search.ts";

/** Phrases added to few documents: one document in `every` carries each. */
export const RARE = [
  { phrase: "无人机巡查执法", every: 5000 },
  { phrase: "网约车合规化", every: 1000 },
  { phrase: "海域使用金", every: 250 },
];

const REGIONS = [
  "北京市",
  "上海市",
  "广州市",
  "深圳市",
  "杭州市",
  "成都市",
  "武汉市",
  "西安市",
  "南京市",
  "重庆市",
];
const VARIANTS = 200;
const BATCH = 5000;

/** A small deterministic generator (mulberry32), so every run builds the same corpus. */
function random(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Ingest the demo reports for real, then write `total` documents in all (published: 4 in 5). */
export async function buildCorpus(store: Store, total: number, log: (line: string) => void) {
  const demoDir = new URL("../demo/", import.meta.url).pathname;
  const files = readdirSync(demoDir)
    .filter((f) => f.endsWith(".txt"))
    .sort();
  if (files.length === 0) throw new Error(`no seed reports in ${demoDir}`);
  const options = resolveOptions();
  const seeds = [];
  for (const f of files) {
    const { documentId } = await ingestDocument(store, SYSTEM_SCOPE, {
      bytes: new Uint8Array(readFileSync(join(demoDir, f))),
      name: f,
      options,
    });
    seeds.push(
      await store.db
        .selectFrom("documents")
        .select(["kind", "script", "engine_version", "analysis_id", "title", "text"])
        .where("id", "=", documentId)
        .executeTakeFirstOrThrow(),
    );
  }
  const paragraphs = seeds.map((s) => s.text.split("\n").filter((p) => p.trim()));
  const rand = random(13);
  const variants: Array<(typeof seeds)[number] & { v: number; tokens: string }> = [];
  for (let v = 0; v < Math.min(VARIANTS, total); v++) {
    const base = v % seeds.length;
    const own = paragraphs[base].filter(() => rand() < 0.75);
    for (let extra = 2 + Math.floor(rand() * 5); extra > 0; extra--) {
      const other = paragraphs[Math.floor(rand() * paragraphs.length)];
      own.splice(Math.floor(rand() * own.length), 0, other[Math.floor(rand() * other.length)]);
    }
    const text = own.join("\n");
    const title = seeds[base].title ?? "";
    variants.push({ v, ...seeds[base], text, tokens: indexTokens(`${title}\n${text}`) });
  }
  // one connection: the session's settings hold, and the GIN indexes are built once at the end
  await store.db.connection().execute(async (db) => {
    await sql`set maintenance_work_mem = '256MB'`.execute(db);
    await sql`create temporary table bench_variants (v int primary key, kind text, script text,
      engine_version text, analysis_id int, title text, text text, tokens text)`.execute(db);
    for (const x of variants)
      await sql`insert into bench_variants values (${x.v}, ${x.kind}, ${x.script}, ${x.engine_version},
        ${x.analysis_id}, ${x.title}, ${x.text}, ${x.tokens})`.execute(db);
    const rare = RARE.map((r) => ({ ...r, tokens: indexTokens(r.phrase) }));
    // the rare phrases of document k, if any: text and tokens to append
    const addText = sql.join(
      rare.map((r) => sql`case when k % ${r.every} = 7 then ${`\n${r.phrase}。`} else '' end`),
      sql` || `,
    );
    const addTokens = sql.join(
      rare.map((r) => sql`case when k % ${r.every} = 7 then ${` ${r.tokens}`} else '' end`),
      sql` || `,
    );
    const rareCopy = sql.join(
      rare.map((r) => sql`k % ${r.every} = 7`),
      sql` or `,
    );
    const gin = await sql<{
      name: string;
      definition: string;
    }>`select indexname as name, indexdef as definition
      from pg_indexes where tablename in ('documents', 'search_index') and indexdef ilike '% using gin %'`.execute(
      db,
    );
    for (const index of gin.rows) await sql`drop index ${sql.id(index.name)}`.execute(db);
    // the compact ranking vectors: computed once a variant, not once a copy (the trigger is off;
    // the few copies with a rare phrase keep their variant's vector, which lacks it anyway)
    await sql`alter table documents disable trigger documents_search_index`.execute(db);
    await sql`alter table bench_variants add column tsv tsvector, add column vector tsvector`.execute(db);
    await sql`update bench_variants set tsv = to_tsvector('simple', tokens)`.execute(db);
    // with the common words that fit (migration 0024): listed as the statistics would list the
    // corpus's (the copies are spread evenly over the variants), before the copies are written
    await sql`insert into search_words (lexeme, share)
      select word, ndoc::real / ${variants.length} from ts_stat('select tsv from bench_variants')
      order by ndoc desc, word collate "C" limit 1000
      on conflict (lexeme) do update set share = excluded.share`.execute(db);
    await sql`update bench_variants set vector = search_ranking(tsv, search_salient(tsv))`.execute(db);
    // stored text compressed with lz4 where the server has it (a tenth of pglz's time)
    await sql`set default_toast_compression = 'lz4'`.execute(db).catch(() => undefined);
    const started = performance.now();
    for (let from = seeds.length + 1; from <= total; from += BATCH) {
      const to = Math.min(total, from + BATCH - 1);
      const before = await sql<{ id: number }>`select coalesce(max(id), 0)::int as id from documents`.execute(
        db,
      );
      await sql`insert into blobs (sha256, content, size)
        select 'bench-' || k, '\\x00'::bytea, 1 from generate_series(${from}::int, ${to}::int) k`.execute(db);
      await sql`insert into documents (sha256, name, format, charset, kind, title, region, level, year, script,
          engine_version, analysis_id, search_tsv, text, published_at)
        select 'bench-' || k, 'bench-' || k || '.txt', 'txt', 'utf-8', v.kind, v.title,
          (${REGIONS}::text[])[1 + k % ${REGIONS.length}], '市级', 2015 + k % 11, v.script, v.engine_version,
          v.analysis_id, case when ${rareCopy} then v.tsv || to_tsvector('simple', ${addTokens}) else v.tsv end,
          v.text || ${addText},
          case when k % 5 <> 0 then now() end
        from generate_series(${from}::int, ${to}::int) k join bench_variants v on v.v = k % ${variants.length}`.execute(
        db,
      );
      await sql`insert into search_index (document_id, vector)
        select d.id, v.vector from documents d join bench_variants v on v.v = substr(d.sha256, 7)::int % ${variants.length}
        where d.id > ${before.rows[0].id}`.execute(db);
      if (to === total || (to - seeds.length) % (4 * BATCH) === 0)
        log(
          `  ${fmt(to)} documents, ${((to - seeds.length) / ((performance.now() - started) / 1000)).toFixed(0)} docs/s`,
        );
    }
    const indexing = performance.now();
    for (const index of gin.rows) await sql.raw(index.definition).execute(db);
    log(`  full-text index built in ${((performance.now() - indexing) / 1000).toFixed(0)} s`);
    await sql`alter table documents enable trigger documents_search_index`.execute(db);
    await sql`drop table bench_variants`.execute(db);
    await sql`analyze`.execute(db);
  });
}

const fmt = (n: number) => n.toLocaleString("en-US");

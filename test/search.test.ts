// Ranked full-text search at any size: common words (over a thousand matches) are ranked on the
// compact vectors of search_index with an estimated total; rare ones through the GIN index
// with an exact total. Either way: the terms are matched, the better document comes first,
// pages do not overlap, snippets mark the terms, and anonymous callers see published documents
// only. The compact vectors follow every write (trigger) and are rebuilt by one command.
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { sql } from "kysely";
import { SYSTEM_SCOPE, scopeOf } from "../src/commands/access/scope.ts";
import { listDocuments, setPublished, windowText } from "../src/commands/documents/documents.ts";
import { ingestDocument } from "../src/commands/documents/ingest.ts";
import { rebuildSearchIndex, searchIndexStatus } from "../src/commands/documents/search-index.ts";
import { EXACT_COUNT, forgetSearchPlans, inlined } from "../src/commands/documents/search.ts";
import { main } from "../src/cli/main.ts";
import { resolveOptions } from "../src/pipeline.ts";
import { buildApp } from "../src/server/app.ts";
import { openStore, refreshStatistics, type Store } from "../src/store/db.ts";
import { tsvectorOf } from "../src/store/search-sql.ts";
import { REPORT_TEXT, utf8 } from "./helpers/fixtures.ts";

const anonymous = scopeOf(null);
const COMMON = 1300;

/** Documents written straight into the table (the corpus is too big to analyse in a test). */
async function addDocuments(store: Store, from: number, to: number, tokens: string, published: boolean) {
  await sql`insert into blobs (sha256, content, size)
    select 'test-' || k, '\\x00'::bytea, 1 from generate_series(${from}::int, ${to}::int) k`.execute(
    store.db,
  );
  await sql`insert into documents (sha256, name, format, kind, script, engine_version, search_tsv, text, published_at)
    select 'test-' || k, 'doc-' || k || '.txt', 'txt', 'report', 'simplified', 'test', to_tsvector('simple', ${tokens}), ${tokens.replaceAll(" ", "")},
      ${published ? sql`now()` : sql`null`}
    from generate_series(${from}::int, ${to}::int) k`.execute(store.db);
}

/** One document with its own text and words, written straight into the table (published). */
async function addText(store: Store, key: string, script: string, words: string, text: string) {
  await sql`insert into blobs (sha256, content, size) values (${`test-${key}`}, '\\x00'::bytea, 1)`.execute(
    store.db,
  );
  await sql`insert into documents (sha256, name, format, kind, script, engine_version, search_tsv, text, published_at)
    values (${`test-${key}`}, ${`${key}.txt`}, 'txt', 'report', ${script}, 'test', to_tsvector('simple', ${words}), ${text}, now())`.execute(
    store.db,
  );
}

/** Documents `from`–`to` (published) that use `word` 1 + id % `spread` times among 300 words
 *  each used twice: too seldom for their compact vector (its 256 words are those used most,
 *  longer words first among equals). Statistics are refreshed, remembered plans forgotten. */
async function addSeldom(store: Store, from: number, to: number, word: string, spread: number) {
  const many = Array.from({ length: 300 }, (_, k) => `词${k} 词${k}`).join(" ");
  await addDocuments(store, from, to, `${word} ${many}`, true);
  await sql`update documents set search_tsv = to_tsvector('simple', repeat(${`${word} `}, 1 + (id % ${spread}::int)) || ${many})
    where sha256 in (select 'test-' || k from generate_series(${from}::int, ${to}::int) k)`.execute(store.db);
  await refreshStatistics(store);
  forgetSearchPlans(store);
}

const names = async (store: Store, ids: number[]) =>
  (await store.db.selectFrom("documents").select(["id", "name"]).where("id", "in", ids).execute()).map(
    (r) => r.name,
  );

describe("search", { timeout: 300_000 }, () => {
  let store: Store;
  before(async () => {
    store = await openStore({ dataDir: "memory://" });
    // common words: in every document, four times in the even ones, once in the odd ones
    for (let k = 1; k <= COMMON; k += 100) {
      for (let j = k; j < k + 100; j++)
        await addDocuments(
          store,
          j,
          j,
          j % 2 === 0 ? "法治 政府 法治 政府 法治 政府 法治 政府 建设" : "法治 政府 建设 报告 工作",
          j % 5 !== 0,
        );
    }
    // a rare word: four times in one document, once in another, once in an unpublished one
    await addDocuments(store, 5001, 5001, "磋商 磋商 磋商 磋商 会议", true);
    await addDocuments(store, 5002, 5002, "磋商 会议 纪要", true);
    await addDocuments(store, 5003, 5003, "磋商 内部 稿件", false);
    await refreshStatistics(store);
  });
  after(async () => {
    await store?.close();
  });

  test("a common word: ranked on the compact vectors, total estimated, pages disjoint", async () => {
    const first = await listDocuments(store, SYSTEM_SCOPE, { q: "法治政府", page: 1, pageSize: 20 });
    assert.equal(first.totalIsEstimate, true);
    assert.ok(first.total > EXACT_COUNT, `total ${first.total}`);
    assert.equal(first.items.length, 20);
    // the documents that use the words most come first
    for (const name of await names(
      store,
      first.items.map((i) => i.row.id),
    ))
      assert.equal(Number(name.match(/\d+/)?.[0]) % 2, 0, name);
    const second = await listDocuments(store, SYSTEM_SCOPE, { q: "法治政府", page: 2, pageSize: 20 });
    const seen = new Set(first.items.map((i) => i.row.id));
    assert.equal(second.items.filter((i) => seen.has(i.row.id)).length, 0);
    assert.equal(second.items.length, 20);
  });

  test("a rare word: every match, exact total, the better document first", async () => {
    const result = await listDocuments(store, SYSTEM_SCOPE, { q: "磋商", page: 1, pageSize: 20 });
    assert.equal(result.totalIsEstimate, false);
    assert.equal(result.total, 3);
    assert.deepEqual(await names(store, [result.items[0].row.id]), ["doc-5001.txt"]);
    assert.deepEqual(result.items[0].snippets[0].filter((p) => p.hit).map((p) => p.text)[0], "磋商");
  });

  test("anonymous callers find published documents only, on both ways", async () => {
    const rare = await listDocuments(store, anonymous, { q: "磋商", page: 1, pageSize: 20 });
    assert.equal(rare.total, 2);
    assert.ok(rare.items.every((i) => i.row.published_at !== null));
    const common = await listDocuments(store, anonymous, { q: "法治政府", page: 1, pageSize: 200 }, 200);
    assert.equal(common.items.length, 200);
    assert.ok(common.items.every((i) => i.row.published_at !== null));
  });

  test("snippets of an analysed report mark the terms", async () => {
    const { documentId } = await ingestDocument(store, SYSTEM_SCOPE, {
      bytes: utf8(REPORT_TEXT),
      name: "report.txt",
      options: resolveOptions(),
    });
    await setPublished(store, SYSTEM_SCOPE, documentId, true);
    const result = await listDocuments(store, anonymous, { q: "行政复议", page: 1, pageSize: 20 });
    assert.deepEqual(
      result.items.map((i) => i.row.id),
      [documentId],
    );
    const hits = result.items[0].snippets.flat().filter((p) => p.hit);
    assert.ok(hits.length > 0 && hits.every((p) => p.text === "行政复议"));
  });

  test("the compact vectors follow writes and are rebuilt from the database", async () => {
    const [{ id }] = await store.db
      .selectFrom("documents")
      .select("id")
      .where("name", "=", "doc-3.txt")
      .execute();
    await store.db
      .updateTable("documents")
      .set({ search_tsv: tsvectorOf("海域 海域 海域 海域") })
      .where("id", "=", id)
      .execute();
    const row = await sql<{
      v: string;
    }>`select vector::text as v from search_index where document_id = ${id}`.execute(store.db);
    assert.match(row.rows[0].v, /海域/);
    await sql`delete from search_index where document_id % 3 = 0`.execute(store.db);
    const before = await searchIndexStatus(store, SYSTEM_SCOPE);
    assert.ok(before.indexed < before.documents);
    const filled = await rebuildSearchIndex(store, SYSTEM_SCOPE, { missingOnly: true });
    assert.equal(filled, before.documents - before.indexed);
    const all = await rebuildSearchIndex(store, SYSTEM_SCOPE);
    assert.equal(all, before.documents);
    const status = await searchIndexStatus(store, SYSTEM_SCOPE);
    assert.equal(status.indexed, status.documents);
    await assert.rejects(rebuildSearchIndex(store, anonymous), /login required/);
  });

  test("snippets come from the text around the first match, cut where the document goes on", async () => {
    const filler = "本年度持续推进各项工作。".repeat(600); // 7,200 characters
    const text = `${filler}第二季度召开海关联席会议，研究跨境协作。${filler}`;
    await addText(store, "long", "simplified", "海关 联席 会议 研究", text);
    const result = await listDocuments(store, SYSTEM_SCOPE, { q: "海关联席", page: 1, pageSize: 20 });
    assert.equal(result.items.length, 1);
    const [passage] = result.items[0].snippets;
    assert.deepEqual(
      passage.filter((p) => p.hit).map((p) => p.text),
      ["海关", "联席"],
    );
    assert.equal(passage[0].text, "…");
    assert.equal(passage.at(-1)?.text, "…");
    assert.ok(
      passage
        .map((p) => p.text)
        .join("")
        .includes("第二季度召开海关联席会议"),
    );
    // a document in Traditional script is read whole: its words are matched after conversion
    await addText(store, "trad", "traditional", "海关 联席 会议", "本署與鄰近地區召開海關聯席會議。");
    const both = await listDocuments(store, SYSTEM_SCOPE, { q: "海关联席", page: 1, pageSize: 20 });
    const trad = both.items.find((i) => i.row.name === "trad.txt");
    assert.deepEqual(
      trad?.snippets[0].filter((p) => p.hit).map((p) => p.text),
      ["海關", "聯席"],
    );
  });

  test("a window cut inside a character: the snippet starts and ends on whole characters", async () => {
    // the window starts CONTEXT characters' worth of bytes before the match: with ASCII among
    // the Chinese before it, that falls inside a character
    const filler = "本年度持续推进各项工作。".repeat(400);
    const text = `${filler}2024ab年第三季度召开边检联席会议，研究跨境协作。${filler}`;
    await addText(store, "cut", "simplified", "边检 联席 会议", text);
    const result = await listDocuments(store, SYSTEM_SCOPE, { q: "边检联席", page: 1, pageSize: 20 });
    assert.equal(result.items.length, 1);
    const passages = result.items[0].snippets;
    assert.ok(passages.length > 0);
    for (const passage of passages) {
      const shown = passage.map((p) => p.text).join("");
      assert.ok(!shown.includes("\uFFFD"), shown);
      assert.ok(text.includes(shown.replace(/^…|…$/g, "")), shown);
    }
    assert.ok(
      passages[0]
        .map((p) => p.text)
        .join("")
        .includes("2024ab年第三季度召开边检联席会议"),
    );
  });

  test("a rare phrase: the documents that use its words closest together and most often come first", async () => {
    const words = (n: number) => Array.from({ length: n }, (_, k) => `填${k}`).join(" ");
    // the words side by side twice, side by side once, far apart, and one of them twice but far
    await addDocuments(store, 40001, 40001, `海域 使用 ${words(40)} 海域 使用 ${words(40)}`, true);
    await addDocuments(store, 40002, 40002, `${words(40)} 海域 使用 ${words(40)}`, true);
    await addDocuments(store, 40003, 40003, `海域 ${words(80)} 使用`, true);
    await addDocuments(store, 40004, 40004, `海域 ${words(40)} 海域 ${words(40)} 使用`, true);
    await refreshStatistics(store);
    forgetSearchPlans(store);
    const got = await listDocuments(store, SYSTEM_SCOPE, { q: "海域使用", page: 1, pageSize: 20 });
    assert.equal(got.total, 4);
    assert.equal(got.totalIsEstimate, false);
    const rows = await store.db
      .selectFrom("documents")
      .select(["id", "name"])
      .where(
        "id",
        "in",
        got.items.map((i) => i.row.id),
      )
      .execute();
    const nameOf = new Map(rows.map((r) => [r.id, r.name]));
    const ranked = got.items.map((i) => nameOf.get(i.row.id));
    assert.deepEqual(ranked.slice(0, 2), ["doc-40001.txt", "doc-40002.txt"], ranked.join(", "));
  });

  test("a document written after a search is found by the next one (remembered plans only steer)", async () => {
    const before = await listDocuments(store, SYSTEM_SCOPE, { q: "法治政府", page: 1, pageSize: 20 });
    assert.equal(before.totalIsEstimate, true);
    // newer than any, and using the words more than any: first on the next search's first page
    await addDocuments(store, 9001, 9001, "法治 政府 ".repeat(4).trim(), true);
    await sql`update documents set search_tsv = to_tsvector('simple', 'Xfazhi 法治 法治 法治 法治 政府 政府 政府 政府 政府 政府')
      where sha256 = 'test-9001'`.execute(store.db);
    const after = await listDocuments(store, SYSTEM_SCOPE, { q: "法治政府", page: 1, pageSize: 20 });
    assert.deepEqual(await names(store, [after.items[0].row.id]), ["doc-9001.txt"]);
    forgetSearchPlans(store);
    const fresh = await listDocuments(store, SYSTEM_SCOPE, { q: "法治政府", page: 1, pageSize: 20 });
    assert.deepEqual(
      fresh.items.map((i) => i.row.id),
      after.items.map((i) => i.row.id),
    );
  });

  test("the compact vectors are stored in the table's pages (migration 0012)", async () => {
    const { rows } = await sql<{ storage: string; options: string[] | null }>`
      select a.attstorage as storage, c.reloptions as options from pg_attribute a join pg_class c on c.oid = a.attrelid
      where c.relname = 'search_index' and a.attname = 'vector'`.execute(store.db);
    assert.equal(rows[0].storage, "m");
    assert.ok(rows[0].options?.includes("toast_tuple_target=8160"), String(rows[0].options));
  });

  test("a rare word in more than a block: one read of the matches, pages and total as ranked over all", async () => {
    // 620 matches, used 1 to 4 times: two blocks of CANDIDATES, the total counted exactly
    for (let k = 0; k < 620; k += 62)
      await addDocuments(store, 20001 + k, 20001 + k + 61, "稽查 报告", k % 124 === 0);
    await sql`update documents set search_tsv = to_tsvector('simple', repeat('稽查 ', 1 + (id % 4)) || '报告')
      where sha256 like 'test-2____'`.execute(store.db);
    await refreshStatistics(store);
    forgetSearchPlans(store);
    const { rows } = await sql<{ id: number }>`
      select id from documents where search_tsv @@ to_tsquery('simple', '稽查')
      order by (row_number() over (order by id desc) - 1) / 500, ts_rank(search_tsv, to_tsquery('simple', '稽查')) desc, id desc`.execute(
      store.db,
    );
    assert.equal(rows.length, 620);
    // page 32 is past the last match: no row, and the total still counted
    for (const page of [1, 2, 25, 26, 31, 32]) {
      const got = await listDocuments(store, SYSTEM_SCOPE, { q: "稽查", page, pageSize: 20 });
      assert.equal(got.total, 620);
      assert.equal(got.totalIsEstimate, false);
      assert.deepEqual(
        got.items.map((i) => i.row.id),
        rows.slice((page - 1) * 20, page * 20).map((r) => r.id),
        `page ${page}`,
      );
    }
  });

  test("a word some documents use too seldom for their compact vector is ranked on their full vector", async () => {
    // 40 documents use 审计 three times (in their compact vector), 40 once among 300 words
    // each used twice (256 kept: 审计 is not among them); the share of documents makes the
    // compact vectors be tried first
    await addDocuments(store, 30001, 30040, "审计 审计 审计 报告", true);
    await addSeldom(store, 30041, 30080, "审计", 3);
    const q = sql`to_tsquery('simple', '审计')`;
    const outside = await sql<{ n: number }>`select count(*)::int as n from search_index s
      join documents d on d.id = s.document_id where d.search_tsv @@ ${q} and not s.vector @@ ${q}`.execute(
      store.db,
    );
    assert.ok(
      outside.rows[0].n >= 20,
      `documents without the word in their compact vector: ${outside.rows[0].n}`,
    );
    const { rows } = await sql<{ id: number }>`select id from documents where search_tsv @@ ${q}
      order by ts_rank(search_tsv, ${q}) desc, id desc`.execute(store.db);
    const got = await listDocuments(store, SYSTEM_SCOPE, { q: "审计", page: 1, pageSize: 80 }, 80);
    assert.equal(got.total, 80);
    assert.deepEqual(
      got.items.map((i) => i.row.id),
      rows.map((r) => r.id),
    );
  });

  test("a word in over EXACT_COUNT documents but none of their most used: counted and ranked on the full vectors", async () => {
    // 1,100 documents use 核查 once or twice among 300 words each used twice (256 kept: 核查
    // is not among them): the estimate sends the search the common-term way, whose compact
    // vectors find none, and search_ranked counts the page through the GIN index instead
    await addSeldom(store, 50001, 51100, "核查", 2);
    const q = sql`to_tsquery('simple', '核查')`;
    const { rows } = await sql<{ id: number }>`select id from (select id, search_tsv from documents
        where search_tsv @@ ${q} order by id desc limit 500) m
      order by ts_rank(search_tsv, ${q}) desc, id desc limit 40`.execute(store.db);
    for (const page of [1, 2]) {
      const got = await listDocuments(store, SYSTEM_SCOPE, { q: "核查", page, pageSize: 20 });
      assert.equal(got.totalIsEstimate, true);
      assert.ok(got.total >= 1100, `total ${got.total}`);
      assert.deepEqual(
        got.items.map((i) => i.row.id),
        rows.slice((page - 1) * 20, page * 20).map((r) => r.id),
        `page ${page}`,
      );
    }
  });

  test("a query written out for search_ranked reads its values as they were sent", async () => {
    const values = ["a'b\\c", "'行政' & '复议'", "$1 '$2'", ""];
    const query = sql<{
      v: string[];
      n: number;
    }>`(select array[${sql.join(values)}]::text[] as v, ${-80}::int + ${500} as n)`;
    const written = inlined(store, query);
    const { rows } = await sql<{ v: string[]; n: number }>`${sql.raw(written)}`.execute(store.db);
    assert.deepEqual(rows, [{ v: values, n: 420 }]);
  });

  test("the API says when the total is an estimate", async () => {
    const app = await buildApp({ store, options: resolveOptions() });
    try {
      const common = (
        await app.inject({ method: "GET", url: `/api/documents?q=${encodeURIComponent("法治政府")}` })
      ).json() as { total: number; totalIsEstimate: boolean };
      assert.equal(common.totalIsEstimate, true);
      const rare = (
        await app.inject({ method: "GET", url: `/api/documents?q=${encodeURIComponent("磋商")}` })
      ).json() as {
        total: number;
        totalIsEstimate: boolean;
      };
      assert.deepEqual(rare, { ...rare, total: 2, totalIsEstimate: false });
    } finally {
      await app.close();
    }
  });
});

test("a window of UTF-8 bytes is read without the characters its ends cut", () => {
  const bytes = new TextEncoder().encode("ab法治c政府");
  // 法 is bytes 2–4, 治 5–7, c 8, 政 9–11, 府 12–14
  assert.equal(windowText(bytes), "ab法治c政府");
  assert.equal(windowText(bytes.subarray(3, 10)), "治c");
  assert.equal(windowText(bytes.subarray(4, 12)), "治c政");
  assert.equal(windowText(bytes.subarray(5, 8)), "治");
  assert.equal(windowText(bytes.subarray(3, 4)), "");
});

test("fazhi search-index --rebuild rebuilds the index of the database it is given", {
  timeout: 120_000,
}, async () => {
  const dir = mkdtempSync(join(tmpdir(), "fazhi-search-index-"));
  const out: string[] = [];
  const io = { stdout: (s: string) => out.push(s), stderr: (s: string) => out.push(s) };
  const saved = process.env.FAZHI_DATA_DIR;
  process.env.FAZHI_DATA_DIR = dir;
  try {
    assert.equal(await main(["search-index", "--rebuild"], io), 0);
    assert.match(out.join("\n"), /已重建 0 个文档的排序索引/);
    assert.match(out.join("\n"), /文档 0 个，已建排序索引 0 个/);
  } finally {
    if (saved === undefined) delete process.env.FAZHI_DATA_DIR;
    else process.env.FAZHI_DATA_DIR = saved;
    rmSync(dir, { recursive: true, force: true });
  }
});

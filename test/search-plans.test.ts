// The plans a search takes on a real PostgreSQL server (TEST_DATABASE_URL): the search suite runs
// on PGlite and cannot tell a fast plan from a slow one by its results. Left to itself the planner
// tests every document's full vector (each decompressed) for a word in 40 % of the documents, and
// joins a common word's page to documents by reading the table whole; search_ranked (migration
// 0017) plans the ranking under its own settings, which halves PostgreSQL's CPU per search, in the
// one statement a search sends. Each search's statement is captured through kysely's query log
// and replayed on a connection that has auto_explain write the plan of every statement, the
// function's own included: the word's matches must come from the GIN index's bitmap, the common
// word's compact vectors through their key, and the pages must equal a plain ranking.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { Kysely, PostgresDialect, sql } from "kysely";
import pg from "pg";
import { SYSTEM_SCOPE } from "../src/commands/access/scope.ts";
import { listDocuments } from "../src/commands/documents/documents.ts";
import { CANDIDATES, forgetSearchPlans } from "../src/commands/documents/search.ts";
import { configureSearchCache } from "../src/commands/documents/search-cache.ts";
import { openStore, refreshStatistics, type Store } from "../src/store/db.ts";
import type { Database } from "../src/store/schema.ts";
import { queryTerms, toTsQuery } from "../src/store/search.ts";
import { freshDatabase } from "./helpers/postgres.ts";

const postgres = process.env.TEST_DATABASE_URL;

/** As many documents as the comments of search.ts measure at: the share of a word decides. */
const DOCUMENTS = 2000;
/** In 60 % of the documents (1,200), several times each: over EXACT_COUNT matches, the common-term way. */
const COMMON = "行政复议";
/** In 40 % of the documents (800, under EXACT_COUNT): the way the GIN index alone must serve. */
const SALIENT = "营商环境";
const PAGE_SIZE = 20;

/** The words of a report, a few hundred of them in each document besides the two above. */
const VOCABULARY = (
  "法治 政府 建设 依法 推进 完善 制度 机制 加强 监督 落实 责任 规范 程序 决策 " +
  "公开 信息 服务 改革 审批 许可 复议 诉讼 应诉 调解 矛盾 纠纷 普法 宣传 教育 培训 干部 " +
  "领导 考核 评估 备案 审查 文件 清理 权力 清单 公平 竞争 市场 主体 企业 群众 办事 效率 " +
  "数字 平台 网上 政务 基层 乡镇 街道 社区 安全 生产 资源 保护 生态 食品 药品 交通 应急 " +
  "管理 体系 能力 现代化 党委 人大 政协 司法 公安 检察 法院 律师 公证 仲裁 人民 法律 援助"
).split(" ");

/** A small deterministic generator: the same corpus, and so the same statistics, every run. */
function random(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** The space-separated words of document k: a report's few thousand, the salient word in 40 %
 *  of them (as often as a report's own topic), the common word in 60 %. */
function reportWords(k: number, next: () => number): string {
  const words: string[] = [];
  // as the index has them: the words the query is cut into
  const common = queryTerms(COMMON).join(" ");
  const salient = queryTerms(SALIENT).join(" ");
  const length = 800 + Math.floor(next() * 800);
  const salientEvery = k % 5 < 2 ? 30 + Math.floor(next() * 60) : 0;
  const commonEvery = k % 10 < 6 ? 20 + Math.floor(next() * 40) : 0;
  for (let i = 0; i < length; i++) {
    if (commonEvery && i % commonEvery === 7) words.push(common);
    else if (salientEvery && i % salientEvery === 3) words.push(salient);
    // numbers and rarer words, as reports have: a vector of a few hundred lexemes
    else if (next() < 0.15) words.push(`第${Math.floor(next() * 400)}项`);
    else words.push(VOCABULARY[Math.floor(next() * VOCABULARY.length)]);
  }
  return words.join(" ");
}

interface Logged {
  sql: string;
  parameters: readonly unknown[];
}

interface PlanNode {
  "Node Type": string;
  "Relation Name"?: string;
  "Index Name"?: string;
  Filter?: string;
  Plans?: PlanNode[];
}

const nodesOf = (node: PlanNode): PlanNode[] => [node, ...(node.Plans ?? []).flatMap(nodesOf)];
const describeNode = (n: PlanNode) =>
  `${n["Node Type"]} ${n["Relation Name"] ?? ""} ${n["Index Name"] ?? ""} ${n.Filter ?? ""}`.trim();

describe("search plans on PostgreSQL", {
  timeout: 120_000,
  skip: postgres ? false : "no TEST_DATABASE_URL",
}, () => {
  let url: string;
  let store: Store;
  let logged: Logged[] = [];
  let replay: pg.Client;

  before(async () => {
    url = await freshDatabase(postgres as string);
    const migrated = await openStore({ databaseUrl: url });
    await migrated.close();
    // the store the search runs on, with every statement it sends written down
    const db = new Kysely<Database>({
      dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: url, max: 2 }) }),
      log: (event) => {
        if (event.level === "query")
          logged.push({ sql: event.query.sql, parameters: event.query.parameters });
      },
    });
    store = { db, engine: "postgres", close: () => db.destroy() };
    // the plans of the search itself: no answer from memory (test/search-cache.test.ts tests that)
    configureSearchCache(store, 0);
    const next = random(20261204);
    for (let from = 1; from <= DOCUMENTS; from += 250) {
      const texts: string[] = [];
      for (let k = from; k < from + 250; k++) texts.push(reportWords(k, next));
      await sql`insert into blobs (sha256, content, size)
        select 'plan-' || (${from - 1}::int + n), '\\x00'::bytea, 1 from generate_series(1, ${texts.length}::int) n`.execute(
        db,
      );
      await sql`insert into documents (sha256, name, format, kind, script, engine_version, search_tsv, text, published_at)
        select 'plan-' || (${from - 1}::int + t.n), 'report-' || (${from - 1}::int + t.n) || '.txt', 'txt', 'report',
          'simplified', 'test', to_tsvector('simple', t.words), replace(t.words, ' ', ''), now()
        from unnest(${texts}::text[]) with ordinality as t(words, n)`.execute(db);
    }
    await refreshStatistics(store);
    replay = new pg.Client({ connectionString: url });
    await replay.connect();
    await replay.query(`load 'auto_explain'; set auto_explain.log_min_duration = 0;
      set auto_explain.log_nested_statements = on; set auto_explain.log_format = json;
      set client_min_messages = log`);
  });
  after(async () => {
    await replay?.end();
    await store?.close();
  });

  /** The search's page, and the plans of its page query and of the statements it runs. */
  async function searchAndPlan(word: string) {
    forgetSearchPlans(store);
    await listDocuments(store, SYSTEM_SCOPE, { q: word, page: 1, pageSize: PAGE_SIZE });
    // the estimate and the newest id are remembered now: the page is one statement
    logged = [];
    const page = await listDocuments(store, SYSTEM_SCOPE, { q: word, page: 1, pageSize: PAGE_SIZE });
    const statements = logged;
    assert.equal(statements.length, 1, statements.map((s) => s.sql.slice(0, 80)).join("\n"));
    // replayed with every plan written to the client: the page query's and, nested, those of
    // the queries search_ranked runs under its settings
    const plans: PlanNode[] = [];
    const onNotice = (notice: { message?: string }) => {
      const message = notice.message ?? "";
      const json = message.indexOf("{");
      if (message.startsWith("duration") && json >= 0)
        plans.push((JSON.parse(message.slice(json)) as { Plan: PlanNode }).Plan);
    };
    replay.on("notice", onNotice);
    try {
      await replay.query(statements[0].sql, statements[0].parameters as unknown[]);
    } finally {
      replay.off("notice", onNotice);
    }
    assert.ok(plans.length > 0, "the page query was captured");
    return { page, plans: plans.flatMap(nodesOf) };
  }

  /** The first page as plain SQL ranks it: the newest CANDIDATES matches, best first. */
  async function reference(word: string): Promise<string[]> {
    const { rows } = await replay.query(
      `with q as (select to_tsquery('simple', $1) as q),
         m as (select d.id, d.name, ts_rank(d.search_tsv, q.q) as rank from documents d, q
               where d.search_tsv @@ q.q order by d.id desc limit ${CANDIDATES})
       select name from m order by rank desc, id desc limit ${PAGE_SIZE}`,
      [toTsQuery(queryTerms(word))],
    );
    return rows.map((r: { name: string }) => r.name);
  }

  test("a word in 40 % of the documents: matches from the GIN index's bitmap, no vector tested", async () => {
    const { page, plans } = await searchAndPlan(SALIENT);
    const shown = plans.map(describeNode).join("\n");
    assert.equal(page.total, (DOCUMENTS * 2) / 5, "every match counted");
    assert.equal(page.totalIsEstimate, false);
    assert.ok(
      plans.some((n) => n["Node Type"] === "Bitmap Index Scan" && n["Index Name"] === "documents_search_idx"),
      `the GIN index finds the matches:\n${shown}`,
    );
    // the planner's own choice: walk documents newest first (or all of them), testing each vector
    const tested = plans.filter(
      (n) => n["Relation Name"] === "documents" && /search_tsv @@/.test(n.Filter ?? ""),
    );
    assert.deepEqual(tested.map(describeNode), [], `no document's vector is tested one by one:\n${shown}`);
    assert.deepEqual(
      page.items.map((d) => d.row.name),
      await reference(SALIENT),
    );
  });

  test("a common word: the newest compact vectors read through their key, no table read whole", async () => {
    const { page, plans } = await searchAndPlan(COMMON);
    const shown = plans.map(describeNode).join("\n");
    assert.equal(page.totalIsEstimate, true, "over EXACT_COUNT matches: the common-term way");
    const seq = plans.filter((n) => n["Node Type"] === "Seq Scan");
    assert.deepEqual(seq.map(describeNode), [], `no table read whole:\n${shown}`);
    assert.ok(
      plans.some((n) => n["Relation Name"] === "search_index" && /Index/.test(n["Node Type"])),
      `search_index read through its key:\n${shown}`,
    );
    assert.deepEqual(
      page.items.map((d) => d.row.name),
      await reference(COMMON),
    );
  });
});

// What a user sees through the API carries Chinese labels, not codes: a fact's indicator, a
// finding's rule, the review filter's values, the audit log's entries.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { after, before, describe, test } from "node:test";
import type { FastifyInstance } from "fastify";
import { SYSTEM_SCOPE } from "../src/commands/access/scope.ts";
import { setPublished } from "../src/commands/documents/documents.ts";
import { ingestDocument } from "../src/commands/documents/ingest.ts";
import { resolveOptions } from "../src/pipeline.ts";
import { buildApp } from "../src/server/app.ts";
import { openStore, type Store } from "../src/store/db.ts";
import { as, login, makeUsers } from "./helpers/session.ts";

const CODE = /[a-z]+[.:][a-z-]+/;
// a 2022 report published in 2023 without its required parts: findings, and a counted fact
const TEXT = [
  "某县2022年法治政府建设情况报告",
  "一、主要举措和成效",
  "全年受理行政复议案件125件,办结118件。",
].join("\n");

describe("labels in API responses", { timeout: 120_000 }, () => {
  let store: Store;
  let app: FastifyInstance;
  let id = 0;

  before(async () => {
    store = await openStore({ dataDir: "memory://" });
    app = await buildApp({ store, options: resolveOptions() });
    await makeUsers(store);
    ({ documentId: id } = await ingestDocument(store, SYSTEM_SCOPE, {
      bytes: new Uint8Array(Buffer.from(TEXT)),
      name: "labels.txt",
      options: resolveOptions(),
    }));
    await setPublished(store, SYSTEM_SCOPE, id, true);
    // a demo file as an older version loaded it: named by its hash, and without a title line
    // (the library calls it 长治市2023年年度报告)
    await ingestDocument(store, SYSTEM_SCOPE, {
      bytes: new Uint8Array(readFileSync(new URL("../demo/000_759704e5000b19aa.txt", import.meta.url))),
      name: "000_759704e5000b19aa.txt",
      options: resolveOptions(),
    });
  });
  after(async () => {
    await app?.close();
    await store?.close();
  });

  test("a document's facts and findings carry labels", async () => {
    const doc = (await app.inject({ method: "GET", url: `/api/documents/${id}` })).json() as {
      record: {
        facts: { indicator: string | null; indicatorLabel: string }[];
        findings: { rule: string; ruleLabel: string }[];
      };
    };
    const fact = doc.record.facts.find((f) => f.indicator === "reconsideration.received");
    assert.ok(fact, "the received cases are a fact");
    assert.match(fact.indicatorLabel, /复议/);
    assert.ok(doc.record.findings.length > 0, "findings");
    for (const f of doc.record.findings) assert.doesNotMatch(f.ruleLabel, CODE);
    for (const f of doc.record.facts) assert.doesNotMatch(f.indicatorLabel, CODE);
  });

  test("the comparison and the review filter carry labels", async () => {
    const facts = (
      await app.inject({ method: "GET", url: "/api/facts?indicators=reconsideration.received" })
    ).json() as { items: { indicatorLabel: string }[] };
    assert.ok(facts.items.length > 0);
    for (const f of facts.items) assert.match(f.indicatorLabel, /复议/);
    const facets = (await app.inject({ method: "GET", url: "/api/facets" })).json() as {
      rules: { id: string; label: string }[];
    };
    assert.ok(facets.rules.length > 0);
    for (const r of facets.rules) assert.doesNotMatch(r.label, CODE);
  });

  test("the audit log reads as sentences", async () => {
    await app.inject({ method: "POST", url: "/api/session", payload: { username: "nobody", password: "x" } });
    const admin = await login(app, "admin1");
    // the actor reads by the account's display name (as the log is read, not as it was written)
    await store.db
      .updateTable("users")
      .set({ display_name: "系统管理员" })
      .where("username", "=", "admin1")
      .execute();
    const log = (
      await app.inject({ method: "GET", url: "/api/audit?pageSize=200", headers: as(admin) })
    ).json() as {
      items: { action: string; sentence: string }[];
    };
    const sentences = log.items.map((e) => e.sentence);
    assert.ok(sentences.includes("用户名“nobody” 登录失败"), sentences.join("\n"));
    assert.ok(sentences.includes("系统管理员 登录了系统"), sentences.join("\n"));
    assert.ok(!sentences.some((s) => s.startsWith("admin1")), sentences.join("\n"));
    // a document is named as the library names it: its title, else its place, year and kind —
    // never the file's name (the demo's were hashes: 上传了文档「000_759704e5000b19aa.txt」)
    assert.ok(
      sentences.some((s) => s.includes("上传了文档「某县2022年法治政府建设情况报告」")),
      sentences.join("\n"),
    );
    assert.ok(
      sentences.some((s) => s.includes("上传了文档「长治市2023年年度报告」")),
      sentences.join("\n"),
    );
    assert.ok(!sentences.some((s) => /759704e5|labels\.txt/.test(s)), sentences.join("\n"));
    // made by the system (no actor): the system made it, not the account itself
    assert.ok(
      sentences.includes("系统 创建了账号「coord1」（角色 督办（依法治市办））"),
      sentences.join("\n"),
    );
    // names quoted in 「」 are the user's own (a file name may well contain a dot)
    for (const s of sentences) assert.doesNotMatch(s.replace(/「[^」]*」/g, ""), CODE);
  });
});

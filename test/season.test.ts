// The annual report season through the API: a season with two units; drafts checked before
// submitting; a version returned with a comment anchored to its text and resubmitted (the diff
// shown); both accepted; publication pages on time, late, changed and hijacked served locally;
// the two rates with the units behind them; the review opinion and the report draft as .docx;
// the role policy (a unit sees only its own); the audit log; the public page.
import { SYSTEM_SCOPE } from "../src/commands/access/scope.ts";
import assert from "node:assert/strict";
import type { Server } from "node:http";
import { after, before, describe, test } from "node:test";
import type { FastifyInstance } from "fastify";
import { resolveOptions } from "../src/pipeline.ts";
import { buildApp } from "../src/server/app.ts";
import { buildDigest } from "../src/commands/digest/digest.ts";
import { openStore, type Store } from "../src/store/db.ts";
import {
  docxText,
  FGW,
  LAST_YEAR,
  SFJ_V1,
  SFJ_V2,
  articlePage,
  hijackedPage,
  pageServer,
} from "./helpers/season.ts";
import { freshDatabase } from "./helpers/postgres.ts";
import { as, login, makeUsers, type Session } from "./helpers/session.ts";

function form(fields: Record<string, string>, file?: { name: string; text: string }) {
  const boundary = "----fazhi-season";
  const parts: Buffer[] = [];
  for (const [k, v] of Object.entries(fields))
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`));
  if (file)
    parts.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="files"; filename="${file.name}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
      ),
      Buffer.from(file.text),
      Buffer.from("\r\n"),
    );
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(parts), contentType: `multipart/form-data; boundary=${boundary}` };
}

// one suite, both stores: PGlite always, a throwaway PostgreSQL when TEST_DATABASE_URL is set
const targets: Array<{ label: string; open: () => Promise<Store> }> = [
  { label: "PGlite", open: () => openStore({ dataDir: "memory://" }) },
];
if (process.env.TEST_DATABASE_URL) {
  const url = process.env.TEST_DATABASE_URL;
  targets.push({
    label: "PostgreSQL",
    open: async () => openStore({ databaseUrl: await freshDatabase(url) }),
  });
}

for (const target of targets)
  describe(`report season on ${target.label}`, { timeout: 240_000 }, () => {
    let store: Store;
    let app: FastifyInstance;
    let web: { server: Server; base: string; pages: Map<string, string> };
    let coord: Session;
    let sfj: Session;
    let fgw: Session;
    let evaluator: Session;
    let seasonId = 0;
    let now = new Date("2024-03-10T02:00:00Z");
    const SFJ = "市司法局";
    // the account was made for 市发改委: the season names the unit as the unit register does
    const FGW_UNIT = "市发展和改革委员会";
    const keys: Record<string, string> = {};

    const call = async (s: Session | null, method: "GET" | "POST", url: string, payload?: unknown) => {
      const res = await app.inject({
        method,
        url,
        headers: as(s),
        payload: payload as Record<string, unknown>,
      });
      return {
        status: res.statusCode,
        body: String(res.headers["content-type"]).includes("json") ? res.json() : null,
        raw: res.rawPayload,
      };
    };
    const submit = async (
      s: Session,
      path: string,
      fields: Record<string, string>,
      file?: { name: string; text: string },
    ) => {
      const f = form(fields, file);
      const res = await app.inject({
        method: "POST",
        url: path,
        headers: { ...as(s), "content-type": f.contentType },
        payload: f.payload,
      });
      return { status: res.statusCode, body: res.json() };
    };

    before(async () => {
      process.env.FAZHI_FETCH_ALLOW = "127.0.0.1";
      store = await target.open();
      app = await buildApp({ store, options: resolveOptions(), config: { now: () => now } });
      await makeUsers(store);
      web = await pageServer();
      [coord, sfj, fgw, evaluator] = await Promise.all(
        ["coord1", "unit-sfj", "unit-fgw", "eval1"].map((u) => login(app, u)),
      );
    });
    after(async () => {
      web?.server.close();
      await app?.close();
      await store?.close();
    });

    test("the coordinator opens a season with units from the account registry", async () => {
      const candidates = await call(coord, "GET", "/api/season/unit-candidates");
      const names = candidates.body.units.map((u: { name: string }) => u.name);
      assert.deepEqual(names.sort(), [FGW_UNIT, SFJ].sort());
      for (const u of candidates.body.units) keys[u.name] = u.key;
      assert.equal((await call(sfj, "POST", "/api/seasons", { year: 2023, units: names })).status, 403);
      const created = await call(coord, "POST", "/api/seasons", { year: 2023, units: names });
      assert.equal(created.status, 200, JSON.stringify(created.body));
      seasonId = created.body.season.id;
      assert.equal(created.body.season.submitDeadline, "2024-03-31");
      assert.equal(created.body.season.publishDeadline, "2024-04-01");
      const dup = await call(coord, "POST", "/api/seasons", { year: 2023, units: names });
      assert.equal(dup.status, 409);
      const list = await call(coord, "GET", "/api/seasons?pageSize=1");
      assert.deepEqual([list.body.total, list.body.pageSize, list.body.items[0].id], [1, 1, seasonId]);
      assert.equal((await call(coord, "GET", "/api/seasons?pageSize=201")).status, 400);
      const board = await call(coord, "GET", `/api/seasons/${seasonId}/dashboard`);
      assert.equal(board.body.counts["未提交"], 2);
    });

    test("a unit sees the automatic review of its draft before submitting", async () => {
      const check = await submit(
        sfj,
        `/api/seasons/${seasonId}/check`,
        {},
        { name: "长治市2023年报告.txt", text: SFJ_V1 },
      );
      assert.equal(check.status, 200, JSON.stringify(check.body));
      const parts = Object.fromEntries(
        check.body.review.parts.map((p: { part: string; present: boolean }) => [p.part, p.present]),
      );
      assert.equal(parts.shortcomings, false);
      assert.equal(parts.achievements, true);
      assert.equal(check.body.review.year, 2023);
      const nothingStored = await call(
        coord,
        "GET",
        `/api/seasons/${seasonId}/units/${encodeURIComponent(keys[SFJ])}/versions`,
      );
      assert.deepEqual(nothingStored.body.items, []);
      // a hijacked draft is called out
      const hijacked = await submit(
        fgw,
        `/api/seasons/${seasonId}/check`,
        {},
        { name: "p.html", text: hijackedPage(FGW, "2024-03-20") },
      );
      assert.equal(hijacked.body.review.tampered, true);
    });

    test("two units submit; each sees only its own", async () => {
      const a = await submit(
        sfj,
        `/api/seasons/${seasonId}/submissions`,
        {},
        { name: "长治市2023年报告.txt", text: SFJ_V1 },
      );
      assert.equal(a.status, 200, JSON.stringify(a.body));
      assert.equal(a.body.version, 1);
      // a unit cannot report for another unit: the field is ignored, its own unit is used
      const b = await submit(
        fgw,
        `/api/seasons/${seasonId}/submissions`,
        { unit: keys[SFJ] },
        { name: "太原.txt", text: FGW },
      );
      assert.equal(b.status, 200);
      const mine = await call(fgw, "GET", `/api/seasons/${seasonId}/dashboard`);
      assert.deepEqual(
        mine.body.units.map((u: { unitName: string }) => u.unitName),
        [FGW_UNIT],
      );
      assert.equal((await call(fgw, "GET", `/api/season/submissions/${a.body.id}`)).status, 404);
      assert.equal(
        (await call(fgw, "GET", `/api/seasons/${seasonId}/units/${encodeURIComponent(keys[SFJ])}/versions`))
          .status,
        404,
      );
      assert.equal((await call(null, "GET", `/api/seasons/${seasonId}/dashboard`)).status, 401);
      const all = await call(evaluator, "GET", `/api/seasons/${seasonId}/dashboard`);
      assert.equal(all.body.units.length, 2);
      assert.equal(all.body.counts["已提交"], 2);
      assert.equal(
        (
          await call(evaluator, "POST", `/api/season/submissions/${a.body.id}/decision`, {
            decision: "accept",
          })
        ).status,
        403,
      );
    });

    test("a draft that copies another unit's report of the season is a review finding", async () => {
      const copy = await submit(
        fgw,
        `/api/seasons/${seasonId}/check`,
        {},
        { name: "抄.txt", text: `${SFJ_V1}\n${FGW.slice(0, 800)}` },
      );
      const { copied, findings } = copy.body.review;
      assert.ok(copied.share > 0.5, String(copied.share));
      // a unit learns how much repeats another unit's report, not whose or its text
      assert.equal(copied.sources[0].label, "其他单位2023年度报告");
      assert.ok(copied.passages.length > 0);
      assert.ok(copied.passages.every((p: { sourceQuote: string }) => p.sourceQuote === ""));
      const byCoordinator = await submit(
        coord,
        `/api/seasons/${seasonId}/check`,
        { unit: keys[FGW_UNIT] },
        { name: "抄.txt", text: `${SFJ_V1}\n${FGW.slice(0, 800)}` },
      );
      assert.match(byCoordinator.body.review.copied.sources[0].label, /市司法局2023年度报告/);
      assert.ok(byCoordinator.body.review.copied.passages[0].sourceQuote.length > 30);
      assert.ok(findings.some((f: { rule: string }) => f.rule === "season:copied"));
      // its own submitted report is not a source of copying for itself
      const own = await submit(fgw, `/api/seasons/${seasonId}/check`, {}, { name: "太原.txt", text: FGW });
      assert.ok(own.body.review.copied.share < 0.1, String(own.body.review.copied.share));
    });

    test("the coordinator comments on a passage and returns; the unit resubmits; the diff shows the change", async () => {
      const versions = await call(
        coord,
        "GET",
        `/api/seasons/${seasonId}/units/${encodeURIComponent(keys[SFJ])}/versions`,
      );
      const v1 = versions.body.items[0].id;
      const quote = "扎實推進依法行政各項工作";
      const comment = await call(coord, "POST", `/api/season/submissions/${v1}/comments`, {
        quote,
        text: "请补充具体数据",
      });
      assert.equal(comment.status, 200, JSON.stringify(comment.body));
      assert.equal(SFJ_V1.slice(comment.body.start, comment.body.end), quote);
      // a second comment on a heading the next version renumbers
      const heading = await call(coord, "POST", `/api/season/submissions/${v1}/comments`, {
        quote: "二、2024年工作安排",
        text: "请先写存在的不足",
      });
      assert.equal(heading.status, 200, JSON.stringify(heading.body));
      const missing = await call(coord, "POST", `/api/season/submissions/${v1}/comments`, {
        quote: "不存在的句子",
        text: "x",
      });
      assert.equal(missing.status, 400);
      assert.equal(
        (await call(coord, "POST", `/api/season/submissions/${v1}/decision`, { decision: "return" })).status,
        400,
      );
      const returned = await call(coord, "POST", `/api/season/submissions/${v1}/decision`, {
        decision: "return",
        reason: "缺少存在的不足和原因",
      });
      assert.equal(returned.body.state, "returned");
      const seen = await call(sfj, "GET", `/api/season/submissions/${v1}`);
      assert.equal(seen.body.comments[0].text, "请补充具体数据");
      assert.equal(seen.body.reason, "缺少存在的不足和原因");
      assert.equal(seen.body.stateLabel, "已退回");
      const board = await call(sfj, "GET", `/api/seasons/${seasonId}/dashboard`);
      assert.equal(board.body.units[0].status, "已退回");
      // the reminder says why, as the notice does
      assert.match(
        board.body.reminders[0].text,
        /年度报告已退回：缺少存在的不足和原因。请按批注修改后重新报送$/,
      );
      // the unit's accounts hear of the return at the bell, with the reason; others hear nothing
      const told = await call(sfj, "GET", "/api/notifications");
      const notice = told.body.items.find((n: { kind: string }) => n.kind === "report_return");
      assert.ok(notice, JSON.stringify(told.body.items));
      assert.equal(notice.kindLabel, "报告退回");
      assert.match(notice.text, /年度报告（第 1 版）已退回：缺少存在的不足和原因。请按批注修改后重新报送/);
      assert.equal(notice.actor, "coord1");
      const others = await call(fgw, "GET", "/api/notifications");
      assert.ok(!others.body.items.some((n: { kind: string }) => n.kind.startsWith("report_")));

      const v2 = await submit(
        sfj,
        `/api/seasons/${seasonId}/submissions`,
        {},
        { name: "长治市2023年报告(修改).txt", text: SFJ_V2 },
      );
      assert.equal(v2.body.version, 2);
      // the reviewer of version 2 sees version 1's comments, marked as such, each with whether
      // its passage stands unchanged (placed in the new text) or was changed
      const review = await call(coord, "GET", `/api/season/submissions/${v2.body.id}`);
      assert.deepEqual(review.body.comments, []);
      const carried = review.body.earlierComments as Array<{
        version: number;
        quote: string;
        text: string;
        state: string;
        stateLabel: string;
        at: { start: number; end: number } | null;
      }>;
      assert.deepEqual(
        carried.map((c) => [c.version, c.text, c.state, c.stateLabel]),
        [
          [1, "请补充具体数据", "unchanged", "原文未改动"],
          [1, "请先写存在的不足", "changed", "原文已修改"],
        ],
      );
      const at = carried[0].at;
      assert.ok(at);
      assert.equal(SFJ_V2.slice(at.start, at.end), quote);
      assert.equal(carried[1].at, null);
      // the unit sees them too; the first version has none before it
      assert.equal(
        (await call(sfj, "GET", `/api/season/submissions/${v2.body.id}`)).body.earlierComments.length,
        2,
      );
      assert.deepEqual((await call(coord, "GET", `/api/season/submissions/${v1}`)).body.earlierComments, []);
      const diff = await call(coord, "GET", `/api/season/submissions/${v2.body.id}/diff`);
      const added = diff.body.lines
        .filter((l: { op: string }) => l.op === "added")
        .map((l: { text: string }) => l.text);
      assert.ok(added.includes("二、存在的不足和原因"), JSON.stringify(added));
      assert.ok(diff.body.lines.some((l: { op: string }) => l.op === "removed"));
      // the old version is kept, untouched
      const old = await call(coord, "GET", `/api/season/submissions/${v1}`);
      assert.equal(old.body.text, SFJ_V1);
    });

    test("both are accepted; the review opinion opens as a Word document", async () => {
      for (const key of [keys[SFJ], keys[FGW_UNIT]]) {
        const versions = await call(
          coord,
          "GET",
          `/api/seasons/${seasonId}/units/${encodeURIComponent(key)}/versions`,
        );
        const res = await call(
          coord,
          "POST",
          `/api/season/submissions/${versions.body.items[0].id}/decision`,
          { decision: "accept" },
        );
        assert.equal(res.body.state, "accepted");
      }
      const accepted = await call(sfj, "GET", "/api/notifications");
      const notice = accepted.body.items.find((n: { kind: string }) => n.kind === "report_accept");
      assert.ok(notice, JSON.stringify(accepted.body.items));
      assert.equal(notice.kindLabel, "报告通过");
      assert.match(notice.text, /（第 2 版）已审核通过，请于 \d{4}-\d{2}-\d{2} 前向社会公开并登记公开网址/);
      const versions = await call(
        coord,
        "GET",
        `/api/seasons/${seasonId}/units/${encodeURIComponent(keys[SFJ])}/versions`,
      );
      const opinion = await call(
        coord,
        "GET",
        `/api/season/submissions/${versions.body.items[1].id}/opinion.docx`,
      );
      assert.equal(opinion.status, 200);
      const text = await docxText(opinion.raw);
      assert.match(text, /审查意见书/);
      assert.match(text, /存在的不足和原因\s*缺失/);
      assert.match(text, /扎實推進依法行政各項工作/);
      assert.match(text, /请补充具体数据/);
      assert.match(text, /退回修改。理由：缺少存在的不足和原因/);
      // the report is named by its title or as the unit's report of the year, not by its file
      assert.doesNotMatch(text, /《[^》]*\.txt》/);
      assert.match(text, /报送的《[^》]+》（第1版）收悉/);
      assert.match(text, /2024年3月10日/);
      // the first version's opinion has no earlier comments to carry
      assert.doesNotMatch(text, /此前版本的批注/);
      // the second version's opinion carries the first version's comments, marked as the review
      // screen marks them (its own comments: none)
      const second = await docxText(
        (await call(coord, "GET", `/api/season/submissions/${versions.body.items[0].id}/opinion.docx`)).raw,
      );
      assert.match(second, /（一）本版（第2版）批注\s*无。\s*（二）此前版本的批注/);
      assert.match(
        second,
        /1\. 第 1 版批注（原文未改动）原文：“扎實推進依法行政各項工作”\s*意见：请补充具体数据/,
      );
      assert.match(second, /2\. 第 1 版批注（原文已修改）原文：“[^”]+”\s*意见：请先写存在的不足/);
      assert.match(second, /审核通过。/);
      const fgwOpinion = await call(
        fgw,
        "GET",
        `/api/season/submissions/${versions.body.items[1].id}/opinion.docx`,
      );
      assert.equal(fgwOpinion.status, 404);
    });

    test("publication: on time, late, then a changed page and a hijacked copy are flagged", async () => {
      web.pages.set("/sfj.html", articlePage(SFJ_V2, "2024-03-28"));
      web.pages.set("/fgw.html", articlePage(FGW, "2024-04-15"));
      const a = await call(sfj, "POST", `/api/seasons/${seasonId}/publication`, {
        url: `${web.base}/sfj.html`,
      });
      assert.equal(a.status, 200, JSON.stringify(a.body));
      assert.equal(a.body.status, "on_time", JSON.stringify(a.body));
      assert.equal(a.body.publishedOn, "2024-03-28");
      assert.ok(a.body.evidence.containment >= 0.85);
      const b = await call(fgw, "POST", `/api/seasons/${seasonId}/publication`, {
        url: `${web.base}/fgw.html`,
      });
      assert.equal(b.body.status, "late", JSON.stringify(b.body));
      const missing = await call(fgw, "POST", `/api/seasons/${seasonId}/publication`, {
        url: `${web.base}/gone.html`,
      });
      assert.equal(missing.body.status, "not_found");
      await call(fgw, "POST", `/api/seasons/${seasonId}/publication`, { url: `${web.base}/fgw.html` });

      const board = await call(coord, "GET", `/api/seasons/${seasonId}/dashboard`);
      assert.equal(board.body.rates.timely.percent, 100);
      assert.equal(board.body.rates.published.percent, 50);
      assert.deepEqual(
        board.body.rates.published.counted.map((e: { unitName: string }) => e.unitName),
        [SFJ],
      );
      assert.match(board.body.rates.published.notCounted[0].detail, /逾期公开/);
      assert.equal(board.body.counts["已公开"], 2);

      // re-checks: the page changed, then a gambling site took it over
      web.pages.set("/sfj.html", articlePage(LAST_YEAR, "2024-03-28"));
      const changed = await call(
        coord,
        "POST",
        `/api/seasons/${seasonId}/units/${encodeURIComponent(keys[SFJ])}/publication-check`,
      );
      assert.equal(changed.body.status, "differs");
      assert.equal(changed.body.evidence.changedFrom, "on_time");
      web.pages.set("/sfj.html", hijackedPage(SFJ_V2, "2024-03-28"));
      const hijacked = await call(
        coord,
        "POST",
        `/api/seasons/${seasonId}/units/${encodeURIComponent(keys[SFJ])}/publication-check`,
      );
      assert.equal(hijacked.body.status, "hijacked");
      assert.ok(hijacked.body.evidence.tampering.length > 0);
      assert.match(JSON.stringify(hijacked.body.evidence.tampering), /kaiyun/);
      web.pages.set("/sfj.html", articlePage(SFJ_V2, "2024-03-28"));
      const back = await call(
        coord,
        "POST",
        `/api/seasons/${seasonId}/units/${encodeURIComponent(keys[SFJ])}/publication-check`,
      );
      assert.equal(back.body.status, "on_time");
      assert.equal(back.body.publishedOn, "2024-03-28");
    });

    test("the coordinator's report draft carries the parts, rates and figures with sources", async () => {
      const res = await call(coord, "GET", `/api/seasons/${seasonId}/report-draft.docx`);
      assert.equal(res.status, 200);
      const text = await docxText(res.raw);
      for (const part of [
        "主要举措和成效",
        "存在的不足和原因",
        "第一责任人职责情况",
        "主要安排",
        "其他需要报告的事项",
      ])
        assert.ok(text.includes(part), part);
      assert.match(text, /及时报告率100%/);
      assert.match(text, /向社会公布率50%/);
      assert.match(text, /市发展和改革委员会《太原市2023年法治政府建设年度报告》/);
      assert.equal((await call(sfj, "GET", `/api/seasons/${seasonId}/report-draft.docx`)).status, 403);
    });

    test("anonymous visitors see the published reports with the check's result", async () => {
      const res = await call(null, "GET", "/api/public/reports");
      assert.equal(res.body.items.length, 2);
      const late = res.body.items.find((r: { unitName: string }) => r.unitName === FGW_UNIT);
      assert.equal(late.publication.statusLabel, "逾期公开");
      const one = await call(null, "GET", `/api/public/reports/${late.submissionId}`);
      assert.match(one.body.text, /太原市2023年/);
      assert.equal((await call(null, "GET", "/api/public/reports/99999")).status, 404);
    });

    test("every change is in the audit log; reminders go to units that have not published", async () => {
      const rows = await store.db
        .selectFrom("audit_log")
        .select(["action"])
        .where("action", "like", "season:%")
        .execute();
      const actions = new Set(rows.map((r) => r.action));
      for (const a of [
        "season:create",
        "season:submit",
        "season:comment",
        "season:return",
        "season:accept",
        "season:publication-url",
        "season:publication-check",
      ])
        assert.ok(actions.has(a), a);
      now = new Date("2024-04-05T02:00:00Z");
      await store.db
        .updateTable("season_units")
        .set({ publication_status: null, published_on: null })
        .where("unit_key", "=", keys[FGW_UNIT])
        .execute();
      const reminders = await call(fgw, "GET", "/api/season/reminders");
      assert.equal(reminders.body.items.length, 1);
      assert.match(reminders.body.items[0].text, /公开/);
      const mails = await buildDigest(store, SYSTEM_SCOPE, "2024-04-05", 7);
      const unitMail = mails.find((m) => m.to.includes("unit-fgw@example.test"));
      assert.match(unitMail?.text ?? "", /年度报告提醒 1 项/);
      assert.ok(!mails.some((m) => m.to.includes("unit-sfj@example.test")));
    });
  });

// The library's filter by the kind of organ a document's issuer is (人民法院, 人民检察院, 人大,
// 政协, 党委, 党委部门, 监察机关): the database reads the issuer with the table the list's tag is named
// by (organOfName, the committee's departments apart: organFilterKindOf), so a filter finds exactly the documents tagged so; its options are the kinds
// the caller's visible documents hold, named as the tags are; anonymous callers filter and see
// published documents only. Reports of two provinces' cities and counties, written for this
// test. PGlite, and PostgreSQL when TEST_DATABASE_URL is set.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import type { FastifyInstance } from "fastify";
import { sql } from "kysely";
import { SYSTEM_SCOPE } from "../src/commands/access/scope.ts";
import { setPublished } from "../src/commands/documents/documents.ts";
import { ORGAN_KINDS, organFilterOf } from "../src/commands/documents/organs.ts";
import { organFilterKindOf, organKindLabel } from "../src/labels.ts";
import { resolveOptions } from "../src/pipeline.ts";
import { ORGAN_NAME_ENDS } from "../src/rules/other-organs.ts";
import { buildApp } from "../src/server/app.ts";
import type { Store } from "../src/store/db.ts";
import { ingestText } from "./helpers/demo-plan.ts";
import { as, login, makeUsers, type Session } from "./helpers/session.ts";
import { storeTargets } from "./helpers/store-targets.ts";

const body = (subject: string, figure: number) =>
  `2024年，${subject}坚持以习近平新时代中国特色社会主义思想为指导，深入推进法治建设。全年办理各类案件${figure}件。`;

/** [file, title, subject of the opening sentence, published] */
const REPORTS: Array<[string, string, string, boolean]> = [
  ["court.txt", "襄阳市中级人民法院2024年法治建设工作报告", "襄阳市中级人民法院", true],
  ["county-court.txt", "宜都市人民法院2024年度法治建设情况报告", "宜都市人民法院", false],
  ["procuratorate.txt", "襄阳市人民检察院2024年法治建设工作报告", "襄阳市人民检察院", true],
  ["congress.txt", "赣州市人大常委会2024年法治建设工作报告", "赣州市人大常委会", true],
  ["cppcc.txt", "政协赣州市委员会2024年法治建设工作情况报告", "政协赣州市委员会", false],
  ["party.txt", "中共赣州市委全面依法治市委员会办公室2024年法治建设年度报告", "赣州市委依法治市办", true],
  ["party-department.txt", "中共赣州市委组织部2024年法治建设工作报告", "赣州市委组织部", true],
  ["supervision.txt", "襄阳市纪委监委2024年法治建设工作报告", "襄阳市纪委监委", false],
  ["government.txt", "襄阳市2024年法治政府建设年度报告", "襄阳市", true],
  ["justice.txt", "赣州市司法局2024年法治政府建设年度报告", "赣州市司法局", true],
];

/** Issuers' names that try the table's order and edges, beside those the engine reads. */
const NAMES = [
  "长治市纪委",
  "中国共产党长治市纪律检查委员会",
  "中国共产党长治市委员会",
  "中共长治市委",
  "中共长治市委组织部",
  "长治市委宣传部",
  "中共贵安新区工作委员会",
  "雄安新区党工委",
  "政协长治市委员会",
  "中国人民政治协商会议长治市委员会",
  "长治市人民代表大会常务委员会办公厅",
  "长治市人大",
  "长治市中院",
  "最高人民法院",
  "最高人民检察院",
  "长治市监察委员会",
  "长治市人民政府",
  "长治市司法局",
  "长治市生态环境局",
  "长治市委员",
  "沁县依法治县办",
  "长治市市场监督管理局",
  "",
];

interface Summary {
  id: number;
  title: string | null;
  organLabel: string | null;
}
interface Facets {
  organs: Array<{ id: string; label: string }>;
}

for (const target of storeTargets()) {
  describe(`the library's filter by kind of organ on ${target.label}`, { timeout: 300_000 }, () => {
    let store: Store;
    let app: FastifyInstance;
    let coord: Session;
    before(async () => {
      store = await target.open();
      for (const [file, title, subject, published] of REPORTS) {
        const id = await ingestText(store, file, `${title}\n${body(subject, 10 + file.length)}`);
        if (published) await setPublished(store, SYSTEM_SCOPE, id, true);
      }
      app = await buildApp({ store, options: resolveOptions() });
      await makeUsers(store);
      coord = await login(app, "coord1");
    });
    after(async () => {
      await app?.close();
      await store?.close();
    });

    const get = async <T>(url: string, s: Session | null = coord) => {
      const res = await app.inject({ method: "GET", url, headers: as(s) });
      assert.equal(res.statusCode, 200, `${url}: ${res.body}`);
      return res.json() as T;
    };
    const list = async (query: string, s: Session | null = coord) =>
      (await get<{ items: Summary[] }>(`/api/documents?pageSize=100${query}`, s)).items;

    test("the database reads an issuer's kind as the tag does, name by name", async () => {
      const stored = await store.db.selectFrom("documents").select("issuer").execute();
      const names = [...NAMES, ...stored.map((d) => d.issuer ?? "")];
      const { rows: read } = await sql<{ n: string; organ: string | null }>`select n, ${organFilterOf(
        sql.ref<string | null>("n"),
      )} as organ from unnest(${names}::text[]) as n`.execute(store.db);
      assert.equal(read.length, names.length);
      for (const { n, organ } of read) assert.equal(organ, organFilterKindOf(n), n);
      // every kind is among them, and so are names of none
      for (const kind of ORGAN_KINDS)
        assert.ok(
          read.some((r) => r.organ === kind),
          kind,
        );
      assert.ok(read.some((r) => r.organ === null));
      // the database reads a pattern's source only: a flag (i, u) would read differently there
      for (const o of ORGAN_NAME_ENDS) assert.equal(o.end.flags, "", o.end.source);
    });

    test("each option finds exactly the documents its tag is on, named as the tag", async () => {
      const all = await list("");
      assert.equal(all.length, REPORTS.length);
      const facets = await get<Facets>("/api/facets");
      // the documents hold every kind: seven options, in the table's order, labelled by the tag's words
      assert.deepEqual(
        facets.organs,
        ORGAN_KINDS.map((id) => ({ id, label: organKindLabel(id) })),
      );
      for (const option of facets.organs) {
        const found = await list(`&organ=${option.id}`);
        const tagged = all.filter((d) => d.organLabel === option.label);
        assert.ok(tagged.length > 0, option.label);
        assert.deepEqual(found.map((d) => d.id).sort(), tagged.map((d) => d.id).sort(), option.label);
      }
      // the two courts, a city's and a county's
      assert.deepEqual((await list("&organ=court")).map((d) => d.title).sort(), [
        "宜都市人民法院2024年度法治建设情况报告",
        "襄阳市中级人民法院2024年法治建设工作报告",
      ]);
      // governments and their departments are no organ's
      const organs = new Set(facets.organs.map((o) => o.id));
      const found = (await Promise.all([...organs].map((o) => list(`&organ=${o}`)))).flat();
      assert.ok(!found.some((d) => d.title?.includes("政府建设")));
    });

    test("with other filters and a search: the filter narrows what they find", async () => {
      const courts = await list("&organ=court&year=2024&kind=report");
      assert.equal(courts.length, 2);
      // the same words searched under one organ and then another: two answers (the server
      // remembers searches: the organ is part of what it remembers them by)
      const court = await list(`&q=${encodeURIComponent("法治建设")}&organ=court`);
      const procuratorate = await list(`&q=${encodeURIComponent("法治建设")}&organ=procuratorate`);
      assert.deepEqual(
        court.map((d) => d.organLabel),
        court.map(() => organKindLabel("court")),
      );
      assert.equal(court.length, 2);
      assert.deepEqual(
        procuratorate.map((d) => d.title),
        ["襄阳市人民检察院2024年法治建设工作报告"],
      );
    });

    test("anonymous readers: options and documents of published documents only", async () => {
      const facets = await get<Facets>("/api/facets", null);
      // the county court, the CPPCC and the supervisory commission are not published
      assert.deepEqual(
        facets.organs.map((o) => o.id),
        ORGAN_KINDS.filter((k) =>
          ["court", "procuratorate", "congress", "party", "party_department"].includes(k),
        ),
      );
      assert.deepEqual(
        (await list("&organ=court", null)).map((d) => d.title),
        ["襄阳市中级人民法院2024年法治建设工作报告"],
      );
      // the committee's department apart from the committee's own office
      assert.deepEqual(
        (await list("&organ=party_department", null)).map((d) => d.title),
        ["中共赣州市委组织部2024年法治建设工作报告"],
      );
      assert.deepEqual(
        (await list("&organ=party", null)).map((d) => d.title),
        ["中共赣州市委全面依法治市委员会办公室2024年法治建设年度报告"],
      );
      // a kind only unpublished documents hold: nothing, not an error
      assert.deepEqual(await list("&organ=cppcc", null), []);
      assert.deepEqual(await list("&organ=supervision", null), []);
    });

    test("the export holds the filtered documents; a kind that does not exist is refused in words", async () => {
      const csv = await app.inject({
        method: "GET",
        url: "/api/export/documents.csv?organ=congress",
        headers: as(coord),
      });
      assert.equal(csv.statusCode, 200);
      assert.match(csv.body, /赣州市人大常委会2024年法治建设工作报告/);
      assert.doesNotMatch(csv.body, /襄阳市中级人民法院|法治政府建设年度报告/);
      const bad = await app.inject({
        method: "GET",
        url: "/api/documents?organ=人民法院",
        headers: as(coord),
      });
      assert.equal(bad.statusCode, 400);
      assert.match((bad.json() as { error: { message: string } }).error.message, /参数无效：organ/);
    });
  });
}

// The issuer in the store: a department's report keeps its government's area in `region` and
// names the department in `issuer`; comparing an indicator keeps the city's report and its
// department's report apart (same area and year, different series). PGlite always, PostgreSQL
// too when TEST_DATABASE_URL is set.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { resolveOptions } from "../src/pipeline.ts";
import { compareFacts } from "../src/commands/compare/compare.ts";
import { getDocument } from "../src/commands/documents/documents.ts";
import { ingestDocument } from "../src/commands/documents/ingest.ts";
import { presentDocumentSummary } from "../src/server/presenters/document.ts";
import type { Store } from "../src/store/db.ts";
import { storeTargets } from "./helpers/store-targets.ts";
import { SYSTEM_SCOPE } from "../src/commands/access/scope.ts";

const report = (issuer: string, mediation: string) =>
  [
    `${issuer}2023年法治政府建设年度报告`,
    `2023年，${issuer}坚持以习近平法治思想为指导，全面推进依法行政。现将有关情况报告如下。`,
    "一、主要举措和成效",
    `（一）化解矛盾纠纷。全年调解矛盾纠纷1200件，调解成功率${mediation}。`,
    "二、存在的不足",
    "三、2024年工作打算",
  ].join("\n");

for (const target of storeTargets()) {
  describe(`issuers on ${target.label}`, { timeout: 120_000 }, () => {
    let store: Store;
    const ids: Record<string, number> = {};
    before(async () => {
      store = await target.open();
      const options = resolveOptions();
      for (const [key, text] of [
        ["city", report("株洲市", "98.5%")],
        ["department", report("株洲市司法局", "97.2%")],
        ["ministry", report("司法部", "96.1%")],
      ] as const) {
        const { documentId } = await ingestDocument(store, SYSTEM_SCOPE, {
          bytes: new Uint8Array(Buffer.from(text, "utf8")),
          name: `${key}.txt`,
          options,
        });
        ids[key] = documentId;
      }
    });
    after(async () => {
      await store?.close();
    });

    test("region, level and issuer are stored and presented", async () => {
      const shown = async (key: string) => {
        const doc = await getDocument(store, SYSTEM_SCOPE, ids[key]);
        assert.ok(doc);
        const { region, level, issuer } = presentDocumentSummary(doc.row);
        return { region, level, issuer };
      };
      assert.deepEqual(await shown("city"), { region: "株洲市", level: "city", issuer: "株洲市" });
      assert.deepEqual(await shown("department"), {
        region: "株洲市",
        level: "department",
        issuer: "株洲市司法局",
      });
      assert.deepEqual(await shown("ministry"), { region: "全国", level: "central", issuer: "司法部" });
    });

    test("a city and its department are different series of the same area", async () => {
      const { points } = await compareFacts(store, SYSTEM_SCOPE, {
        indicators: ["mediation.success_rate"],
        regions: ["株洲市"],
        page: 1,
        pageSize: 20,
      });
      const series = points.map((p) => [p.issuer, p.value]).sort();
      assert.deepEqual(series, [
        ["株洲市", 98.5],
        ["株洲市司法局", 97.2],
      ]);
    });
  });
}

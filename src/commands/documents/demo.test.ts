// The demo documents are named as a person would save them, never by their content hash.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { resolveOptions } from "../../pipeline.ts";
import { openStore, type Store } from "../../store/db.ts";
import { SYSTEM_SCOPE } from "../access/scope.ts";
import { demoFileName, loadDemoIfEmpty, renameHashNamedDemo } from "./demo.ts";
import { ingestDocument } from "./ingest.ts";

describe("demo data", { timeout: 120_000 }, () => {
  let store: Store;
  before(async () => {
    store = await openStore({ dataDir: "memory://" });
  });
  after(async () => {
    await store?.close();
  });

  test("a file name from a title keeps the extension and loses what a file name cannot hold", () => {
    assert.equal(
      demoFileName("001_1d911b1d986cfee9.txt", "长治市贯彻落实<法治政府建设实施纲要(2015-2020年)>的实施方案"),
      "长治市贯彻落实《法治政府建设实施纲要(2015-2020年)》的实施方案.txt",
    );
    assert.equal(demoFileName("a.docx", "甲/乙：丙?"), "甲、乙：丙.docx");
    assert.equal(demoFileName("000_759704e5000b19aa.txt", null), "000_759704e5000b19aa.txt");
  });

  test("the loaded demo documents carry their titles as file names, no hash", async () => {
    assert.deepEqual(await loadDemoIfEmpty(store, SYSTEM_SCOPE, resolveOptions()), { loaded: 5, renamed: 0 });
    const names = (await store.db.selectFrom("documents").select("name").orderBy("id").execute()).map(
      (d) => d.name,
    );
    assert.deepEqual(names, [
      "长治市2023年年度报告.txt",
      "长治市贯彻落实《法治政府建设实施纲要(2015-2020年)》的实施方案.txt",
      "清镇市2022年年度报告.txt",
      "长沙市2023年法治政府建设情况报告.txt",
      "太原市2024年法治政府建设年度报告.txt",
    ]);
    for (const n of names) assert.doesNotMatch(n, /[0-9a-f]{12}/);
  });

  test("a database loaded with the hash names gets the titles at start; a user's file keeps its name", async () => {
    // as an older version left it: the demo documents under their files' hash names
    const ids = (await store.db.selectFrom("documents").select("id").orderBy("id").execute()).map(
      (d) => d.id,
    );
    const files = ["000_759704e5000b19aa.txt", "001_1d911b1d986cfee9.txt", "002_16fef9e64dbe8af8.txt"];
    for (const [k, name] of files.entries())
      await store.db.updateTable("documents").set({ name }).where("id", "=", ids[k]).execute();
    // a demo document someone renamed since, and a user's upload that has a demo file's name
    await store.db.updateTable("documents").set({ name: "我的报告.txt" }).where("id", "=", ids[3]).execute();
    const { documentId: upload } = await ingestDocument(store, SYSTEM_SCOPE, {
      bytes: new TextEncoder().encode("某县2023年法治政府建设年度报告\n一、主要举措\n依法行政。"),
      name: "003_6b24399234e2fad4.txt",
      options: resolveOptions(),
    });
    assert.deepEqual(
      await loadDemoIfEmpty(store, SYSTEM_SCOPE, resolveOptions()),
      { loaded: 0, renamed: 3 },
      "nothing loaded twice; the three under their hash names renamed",
    );
    const names = new Map(
      (await store.db.selectFrom("documents").select(["id", "name"]).execute()).map((d) => [d.id, d.name]),
    );
    assert.deepEqual(
      ids.slice(0, 4).map((id) => names.get(id)),
      [
        "长治市2023年年度报告.txt",
        "长治市贯彻落实《法治政府建设实施纲要(2015-2020年)》的实施方案.txt",
        "清镇市2022年年度报告.txt",
        "我的报告.txt",
      ],
    );
    assert.equal(names.get(upload), "003_6b24399234e2fad4.txt", "a user's upload is never renamed");
  });

  test("two starts at once on one database say between them how many they renamed, not twice", async () => {
    // two servers on one PostgreSQL database starting together both read the hash names; only
    // one of each rename takes, and each start logged the count it tried
    const ids = (await store.db.selectFrom("documents").select("id").orderBy("id").execute()).map(
      (d) => d.id,
    );
    const files = ["000_759704e5000b19aa.txt", "001_1d911b1d986cfee9.txt"];
    for (const [k, name] of files.entries())
      await store.db.updateTable("documents").set({ name }).where("id", "=", ids[k]).execute();
    const [a, b] = await Promise.all([renameHashNamedDemo(store), renameHashNamedDemo(store)]);
    assert.equal(a + b, 2);
  });
});

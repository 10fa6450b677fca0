// What a document is and who issued it, on documents written for each class (test/fixtures/meta):
// annual reports, plans (including a 通知 that 印发 the plan), other genres that talk about
// 法治政府建设 (government work reports, disclosure reports, news, court reports), issuers at
// every level (departments, ministries, autonomous areas, townships and streets), and titles
// that are breadcrumbs, site prefixes, file names, spam, or absent.
import assert from "node:assert/strict";
import { before, describe, test } from "node:test";
import { loadMetaCases, type MetaCase, mismatches, scoreByGroup } from "./helpers/meta-fixtures.ts";
import { loadSpamCases } from "./helpers/spam-fixtures.ts";

let cases: MetaCase[] = [];
before(async () => {
  cases = await loadMetaCases();
  for (const heldout of [false, true]) {
    const rows = [...scoreByGroup(cases.filter((c) => c.heldout === heldout))].map(
      ([group, s]) => `${group.padEnd(11)} cases ${s.right}/${s.cases}  fields ${s.fieldsRight}/${s.fields}`,
    );
    const label = heldout ? "heldout" : "dev";
    process.stdout.write(`# metadata by class (${label})\n${rows.map((r) => `#   ${r}`).join("\n")}\n`);
  }
});

describe("metadata of the fixture documents", () => {
  for (const group of [
    "report",
    "plan",
    "other",
    "department",
    "central",
    "autonomous",
    "township",
    "title",
  ]) {
    test(`${group}: every case read right`, () => {
      const inGroup = cases.filter((c) => c.group === group);
      assert.ok(inGroup.length >= 8, `${group}: at least eight cases`);
      assert.deepEqual(inGroup.flatMap(mismatches), []);
    });
  }
});

describe("what each kind gets", () => {
  test("plans become measures with their responsible units (so they can become ledgers)", () => {
    const withClauses = cases.filter((c) => c.meta.kind === "plan" && /牵头|责任单位/.test(c.record.text));
    assert.ok(withClauses.length >= 5);
    for (const c of withClauses) {
      assert.ok(c.record.measures.length >= 2, `${c.file}: measures`);
      assert.ok(
        c.record.measures.every((m) => m.lead.length > 0),
        `${c.file}: every measure has a lead unit`,
      );
    }
  });
  test("required parts are checked on annual reports only", () => {
    for (const c of cases) {
      const missing = c.record.findings.filter((f) => f.rule === "review:missing-part");
      if (c.meta.kind === "report") assert.ok(c.record.sections_present, `${c.file}: parts read`);
      else {
        assert.equal(c.record.sections_present, null, c.file);
        assert.deepEqual(missing, [], c.file);
      }
    }
  });
});

describe("titles of hijacked pages", () => {
  test("an injected string is never part of the title, and the title is still read", async () => {
    const pages = [...(await loadSpamCases("dev")), ...(await loadSpamCases("heldout"))];
    let titled = 0;
    for (const page of pages) {
      const title = page.record.meta.title;
      if (!title) continue;
      titled++;
      for (const span of page.expected) {
        const injected = page.record.text.slice(span.start, span.end);
        assert.ok(!title.includes(injected), `${page.file}: "${title}" holds "${injected}"`);
      }
      assert.ok(!/[-_|]\s*(人民政府)?$/.test(title), `${page.file}: "${title}" keeps the site's separator`);
    }
    assert.ok(titled >= pages.length - 2, `titles read on ${titled} of ${pages.length} pages`);
  });
});

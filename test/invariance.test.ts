// The same document written differently must read the same: full-width punctuation,
// Traditional script, CRLF line ends, GBK bytes, an HTML page. Checked on every seed.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { analyzeBytes, analyzeText } from "../src/pipeline.ts";
import type { AnalysisRecord } from "../src/types.ts";
import { gbk, REPORT_TEXT, traditional } from "./helpers/fixtures.ts";
import { flatten, type Rewritten, then, WATERMARKS, watermark } from "./helpers/flatten.ts";
import { readSeeds } from "./helpers/shared.ts";
import { RUN_IN_DOCUMENTS } from "./helpers/run-in-documents.ts";

const source = { path: "x.txt", sha256: "", bytes: 0, charset: "utf-8" as const, format: "txt" as const };
// seeds are optional (a clone without ../shared): the fixture stands in
const seeds = readSeeds();
const docs: Array<[string, string]> = seeds.length ? seeds : [["fixture", REPORT_TEXT]];

const facts = (r: AnalysisRecord) => r.facts.map((f) => `${f.value}${f.unit}`);
const levels = (r: AnalysisRecord) => r.outline.map((h) => h.level);
const parts = (r: AnalysisRecord) => Object.values(r.sections_present ?? {}).map((p) => p.present);

const widen = (t: string) =>
  t
    .replace(/,/g, "，")
    .replace(/\(/g, "（")
    .replace(/\)/g, "）")
    .replace(/:/g, "：")
    .replace(/;/g, "；")
    .replace(/(\d)%/g, "$1％");

describe("invariance", () => {
  for (const [name, text] of docs) {
    const base = analyzeText(text, source);
    test(`${name}: full-width punctuation reads the same`, () => {
      const wide = analyzeText(widen(text), source);
      assert.deepEqual(facts(wide), facts(base));
      assert.deepEqual(levels(wide), levels(base));
      assert.deepEqual(parts(wide), parts(base));
      assert.equal(wide.measures.length, base.measures.length);
    });
    test(`${name}: CRLF line ends read the same`, () => {
      const crlf = analyzeText(text.replace(/\n/g, "\r\n"), source);
      assert.deepEqual(facts(crlf), facts(base));
      assert.deepEqual(levels(crlf), levels(base));
      assert.equal(crlf.meta.kind, base.meta.kind);
      for (const f of crlf.facts) assert.equal(crlf.text.slice(f.start, f.end), f.quote);
    });
    test(`${name}: a Traditional mirror reads the same`, () => {
      const trad = analyzeText(traditional(text), source);
      assert.equal(trad.meta.script, "traditional");
      assert.deepEqual(facts(trad), facts(base));
      assert.deepEqual(levels(trad), levels(base));
      assert.equal(trad.meta.region, base.meta.region);
    });
    test(`${name}: GBK bytes read the same`, async () => {
      // GBK has no U+00A0: replace it as a GBK publisher's page would
      const plain = text.replace(/\u00a0/g, " ");
      const utf = analyzeText(plain, source);
      const fromGbk = await analyzeBytes(gbk(plain), "x.txt");
      assert.equal(fromGbk.source.charset, "gb18030");
      assert.equal(fromGbk.text, plain);
      assert.deepEqual(facts(fromGbk), facts(utf));
    });
  }
});

describe("invariance: published as a web page", () => {
  for (const [name, text] of docs) {
    test(`${name}: the page reads like the text`, async () => {
      const base = analyzeText(text, source);
      const lines = text.split("\n").filter((l) => l.trim());
      const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>政府门户网站</title></head><body>
<div class="top"><a href="/">首页</a><a href="/zw">政务公开</a></div>
<div class="position">当前位置:<a>首页</a> &gt; <a>法治政府</a></div>
<div class="content">${lines.map((l) => `<p>${l.replace(/&/g, "&amp;").replace(/</g, "&lt;")}</p>`).join("\n")}</div>
<div class="foot"><p>版权所有:某某市人民政府</p><p>网站标识码:1234000000</p></div></body></html>`;
      const page = await analyzeBytes(new Uint8Array(Buffer.from(html)), `${name}.html`);
      assert.equal(page.source.format, "html");
      assert.deepEqual(facts(page), facts(base));
      assert.deepEqual(levels(page), levels(base));
      assert.equal(page.meta.kind, base.meta.kind);
      assert.equal(page.meta.region, base.meta.region);
    });
  }
});

// the quote is the text between the fact's offsets, so it holds a watermark put inside it
const withoutWatermarks = (quote: string) => WATERMARKS.reduce((q, w) => q.replaceAll(w, ""), quote);

/** What must survive a rewrite, with every offset of the original mapped into the copy. */
function reading(r: AnalysisRecord, map: (offset: number) => number = (o) => o, mapEnd = map) {
  return {
    headings: r.outline.map((h) => `${h.level} ${map(h.start)} ${h.marker}`),
    parts: Object.entries(r.sections_present ?? {}).map(
      ([part, p]) => `${part} ${p.present} ${p.start === null ? "" : map(p.start)}`,
    ),
    // the subject phrase is not compared: read back across a lost line break it can take in
    // the end of a heading whose end the text does not show ("(2)抓好执法人员培训组织…12期")
    facts: r.facts.map(
      (f) => `${map(f.start)}-${mapEnd(f.end)} ${withoutWatermarks(f.quote)} ${f.value}${f.unit} ${f.approx}`,
    ),
    measures: r.measures.map((m) => `${m.no} ${m.lead.join("、")}/${m.cooperate.join("、")} ${m.area}`),
    kind: r.meta.kind,
  };
}

function assertReadsTheSame(original: string, copy: Rewritten) {
  const base = reading(analyzeText(original, source), copy.map, copy.mapEnd);
  const rewritten = reading(analyzeText(copy.text, source));
  assert.deepEqual(rewritten.headings, base.headings);
  assert.deepEqual(rewritten.parts, base.parts);
  assert.deepEqual(rewritten.facts, base.facts);
  assert.deepEqual(rewritten.measures, base.measures);
  assert.equal(rewritten.kind, base.kind);
}

describe("invariance: line breaks lost", () => {
  for (const [name, text] of [...docs, ...RUN_IN_DOCUMENTS]) {
    test(`${name}: the text as one line reads the same`, () => assertReadsTheSame(text, flatten(text)));
  }
  for (const [name, text] of [...docs, ...RUN_IN_DOCUMENTS]) {
    test(`${name}: with watermarks put into its sentences it reads the same`, () => {
      for (const seed of [1, 2, 3]) assertReadsTheSame(text, watermark(text, seed, 6));
      assertReadsTheSame(text, watermark(text, 4, 5, WATERMARKS[1]));
    });
    test(`${name}: as one line with watermarks it reads the same`, () => {
      assertReadsTheSame(
        text,
        then(flatten(text), (flat) => watermark(flat, 5, 6)),
      );
    });
  }
  test("headings found inside the line are marked inline, with their offsets", () => {
    const [, text] = RUN_IN_DOCUMENTS[0];
    const flat = flatten(text).text;
    const r = analyzeText(flat, source);
    assert.ok(r.outline.length >= 4);
    for (const h of r.outline) {
      assert.equal(flat.slice(h.start, h.start + h.marker.length), h.marker);
      assert.equal(h.inline, h.start > 0 ? true : undefined);
    }
  });
});

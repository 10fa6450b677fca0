// The same document written differently must read the same: full-width punctuation,
// Traditional script, CRLF line ends, GBK bytes, an HTML page. Checked on every seed.
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { describe, test } from "node:test";
import { analyzeBytes, analyzeText } from "../src/pipeline.ts";
import type { AnalysisRecord } from "../src/types.ts";
import { gbk, REPORT_TEXT, traditional } from "./helpers/fixtures.ts";

const source = { path: "x.txt", sha256: "", bytes: 0, charset: "utf-8" as const, format: "txt" as const };
const seedsDir = new URL("../../shared/seeds/", import.meta.url).pathname;
let docs: Array<[string, string]> = [["fixture", REPORT_TEXT]];
try {
  docs = readdirSync(seedsDir)
    .sort()
    .map((f) => [f, readFileSync(seedsDir + f, "utf8")]);
} catch {
  // seeds are optional
}

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

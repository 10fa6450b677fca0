// HTML nesting is bounded before a DOM is built: deep pages are flattened, never fatal.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { decodeDocument } from "./decode.ts";
import { flattenDeepNesting, MAX_HTML_DEPTH } from "./html-depth.ts";
import { htmlToText } from "./html.ts";
import { DEFAULT_LIMITS } from "./limits.ts";

const page = (body: string) => `<html><head><title>某县报告</title></head><body>${body}</body></html>`;

describe("HTML depth limit", () => {
  test("a page nested 200,000 deep is flattened: its text is kept, no stack overflow", async () => {
    const n = 200_000;
    const html = page(`${"<div>".repeat(n)}全年受理行政复议案件42件。${"</div>".repeat(n)}<p>结尾。</p>`);
    const decoded = await decodeDocument(new Uint8Array(Buffer.from(html)), "深层.html", DEFAULT_LIMITS);
    assert.equal(decoded.text, "某县报告\n全年受理行政复议案件42件。\n结尾。");
  });

  test("past the limit, block tags still separate lines and inline tags vanish", () => {
    const deep = "<div>".repeat(MAX_HTML_DEPTH);
    const html = page(`${deep}<p>第一段</p><p>第<b>二</b>段</p>${"</div>".repeat(MAX_HTML_DEPTH)}`);
    const flat = flattenDeepNesting(html, (name) => name === "p" || name === "div");
    assert.ok(flat.flattened >= 3);
    assert.equal(htmlToText(html).text, "某县报告\n第一段\n第二段");
  });

  test("ordinary pages, unclosed paragraphs and stray closing tags pass unchanged", () => {
    for (const html of [
      page("<div><p>一</p><p>二</p></div>"),
      page(`${"<p>段落".repeat(100)}`),
      page(`${"</span><div>".repeat(10)}文字`),
    ]) {
      const flat = flattenDeepNesting(html, () => true);
      assert.deepEqual(flat, { html, flattened: 0 });
    }
  });

  test("stray closing tags cannot hide depth", () => {
    const html = `${"<div></span>".repeat(MAX_HTML_DEPTH + 10)}文字`;
    assert.equal(flattenDeepNesting(html, () => true).flattened, 10);
  });
});

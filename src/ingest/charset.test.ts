// Charset detection weighs the whole input: a few bad bytes become U+FFFD in the charset the
// rest of the text is in, instead of switching the whole document to another charset.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { big5, gbk, REPORT_TEXT, traditional, utf8 } from "../../test/helpers/fixtures.ts";
import { analyzeBytes } from "../pipeline.ts";
import { decodeBytes } from "./charset.ts";

const join = (...parts: Uint8Array[]) => new Uint8Array(Buffer.concat(parts));
const bytes = (...b: number[]) => new Uint8Array(b);

describe("charset over the whole input", () => {
  test("UTF-8 with a trailing 0xFF stays UTF-8, with one replacement character", () => {
    const d = decodeBytes(join(utf8(REPORT_TEXT), bytes(0xff)));
    assert.equal(d.charset, "utf-8");
    assert.equal(d.text, `${REPORT_TEXT}\uFFFD`);
    assert.equal(d.invalidBytes, 1);
  });

  test("UTF-8 with a few bad bytes scattered through it stays UTF-8", () => {
    const [a, b] = [REPORT_TEXT.slice(0, 60), REPORT_TEXT.slice(60)];
    const d = decodeBytes(join(bytes(0xc0), utf8(a), bytes(0xfe, 0xff), utf8(b), bytes(0xe6, 0xb3)));
    assert.equal(d.charset, "utf-8");
    assert.equal(d.text.replaceAll("\uFFFD", ""), REPORT_TEXT);
    assert.ok((d.invalidBytes ?? 0) >= 3);
  });

  test("a U+FFFD written in the text itself is not counted as a bad byte", () => {
    const d = decodeBytes(join(utf8(`${REPORT_TEXT}\uFFFD`), bytes(0xff)));
    assert.deepEqual([d.charset, d.invalidBytes], ["utf-8", 1]);
  });

  test("GBK stays GBK, also with a bad byte at the end; Big5 stays Big5", () => {
    assert.deepEqual(decodeBytes(gbk(REPORT_TEXT)), { text: REPORT_TEXT, charset: "gb18030" });
    const bad = decodeBytes(join(gbk(REPORT_TEXT), bytes(0xff)));
    assert.equal(bad.charset, "gb18030");
    assert.ok(bad.text.startsWith(REPORT_TEXT));
    const trad = traditional(REPORT_TEXT);
    assert.equal(decodeBytes(big5(trad)).text, trad);
  });

  test("mixed: a mostly-UTF-8 text with one GBK line stays UTF-8; a mostly-GBK text with one UTF-8 line stays GBK", () => {
    const lines = REPORT_TEXT.split("\n");
    const mostlyUtf8 = decodeBytes(join(utf8(lines.slice(0, -1).join("\n")), gbk(`\n${lines.at(-1)}`)));
    assert.equal(mostlyUtf8.charset, "utf-8");
    assert.ok(mostlyUtf8.text.startsWith(lines.slice(0, -1).join("\n")));
    const mostlyGbk = decodeBytes(join(gbk(lines.slice(0, -1).join("\n")), utf8(`\n${lines.at(-1)}`)));
    assert.equal(mostlyGbk.charset, "gb18030");
    assert.ok(mostlyGbk.text.startsWith(lines.slice(0, -1).join("\n")));
  });

  test("the record says how many bytes were replaced, with a finding at the first one", async () => {
    const record = await analyzeBytes(join(utf8(REPORT_TEXT), bytes(0xff)), "坏字节.txt");
    assert.equal(record.source.charset, "utf-8");
    assert.equal(record.source.invalid_bytes, 1);
    assert.equal(record.text, `${REPORT_TEXT}\uFFFD`);
    const finding = record.findings.find((f) => f.rule === "review:invalid-bytes");
    assert.ok(finding, "a finding notes the replaced byte");
    assert.deepEqual([finding.start, finding.end], [REPORT_TEXT.length, REPORT_TEXT.length + 1]);
    const clean = await analyzeBytes(utf8(REPORT_TEXT), "干净.txt");
    assert.equal(clean.source.invalid_bytes, undefined);
    assert.ok(!clean.findings.some((f) => f.rule === "review:invalid-bytes"));
  });
});

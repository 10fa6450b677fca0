// Text a page hides from its reader (display:none, pushed off the page, size 0) is kept in the
// text but marked: it is page furniture for the analysis (no facts, no body), and spam in it
// still tells of a hijack. A page that hides most of its text shows it by script: not marked.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { analyzeText } from "../analyze-text.ts";
import { htmlToText } from "./html.ts";

const source = { path: "t.html", sha256: "", bytes: 0, charset: "utf-8" as const, format: "html" as const };
const page = (body: string) =>
  `<html><head><title>某县2024年法治政府建设年度报告</title></head><body>${body}</body></html>`;
const BODY = `<h1>某县2024年法治政府建设年度报告</h1>
  <p>2024年，全县办理行政复议案件45件，同比增长12.5%。</p>
  <p>全县行政机关负责人出庭应诉率达100%。</p>`;

describe("hidden text in a page", () => {
  test("is marked where it stands, each way of hiding, and the visible text is untouched", () => {
    const hidden = [
      `<div style="display:none">隐藏甲，共计300件</div>`,
      `<span style="visibility: hidden;">隐藏乙</span>`,
      `<div style="position:absolute; left:-9999px">隐藏丙</div>`,
      `<p hidden>隐藏丁</p>`,
      `<div style="font-size:0px">隐藏戊</div>`,
      `<div style="height:0;overflow:hidden"><p>隐藏己</p></div>`,
    ];
    const { text, hints } = htmlToText(page(`${BODY}${hidden.join("")}<p>办理法律援助案件120件。</p>`));
    const marked = (hints.hidden ?? []).map((s) => text.slice(s.start, s.end));
    assert.deepEqual(marked, ["隐藏甲，共计300件\n隐藏乙\n隐藏丙\n隐藏丁\n隐藏戊\n隐藏己"]);
    assert.equal(
      htmlToText(page(`${BODY}<p>办理法律援助案件120件。</p>`)).text,
      text.replace(/隐藏.*\n/gs, ""),
    );
    assert.ok(!/[\u0003\u0004]/.test(text), "no marks left in the text");
  });

  test("gives no facts and no body; spam in it is still spam", () => {
    const hijacked = `<div style="display:none">开云体育官网登录入口 新用户首存100送38元 日返水1.8%</div>
      <p>罚没款<span style="display:none">共计9999万元</span>320万元。</p>`;
    const { text, hints } = htmlToText(page(`${BODY}${hijacked}`));
    const r = analyzeText(text, source, hints);
    const figures = r.facts.map((f) => text.slice(f.start, f.end));
    assert.deepEqual(figures, ["45件", "12.5%", "100%", "320万元"]);
    assert.ok(r.meta.tampering, "the hidden advertising is a hijack");
  });

  test("a page hiding most of its text (shown by script) marks none of it", () => {
    const { hints } = htmlToText(page(`<div style="display:none">${BODY}</div><p>加载中</p>`));
    assert.equal(hints.hidden, undefined);
  });
});

import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { normalizeText, unifyRadicals } from "./normalize.ts";

describe("the analysis view", () => {
  test("full-width ASCII and odd spaces fold, the length kept", () => {
    const { norm } = normalizeText("受理１２３件，（一）\u3000办结");
    assert.equal(norm, "受理123件,(一) 办结");
  });

  test("radicals a PDF's text layer gave are read as the ideographs they stand for", () => {
    const pdf = "⾸⻚ 某县2024年法治政府建设⼯作要点 ⼀、⻓期坚持 ⾏政复议";
    const plain = "首页 某县2024年法治政府建设工作要点 一、长期坚持 行政复议";
    assert.equal(unifyRadicals(pdf), plain);
    assert.equal(normalizeText(pdf).norm, plain);
    assert.equal(unifyRadicals(plain), plain);
  });
});

describe("words Traditional text writes with 覆", () => {
  test("答覆, 批覆 and a converter's 行政覆議 read as 答复, 批复, 行政复议; 覆蓋 stays 覆盖", () => {
    const text = "全年辦理行政覆議案件45件，答覆群眾諮詢120次，經市政府批覆同意，實現全覆蓋。";
    const { norm, script } = normalizeText(text);
    assert.equal(script, "traditional");
    assert.equal(norm.length, text.length);
    assert.match(norm, /行政复议案件45件,答复群众咨询120次,经市政府批复同意,实现全覆盖。/);
    // a Simplified text is left as it is
    assert.equal(normalizeText("全覆盖").norm, "全覆盖");
  });
});

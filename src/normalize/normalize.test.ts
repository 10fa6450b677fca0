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

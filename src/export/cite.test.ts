import assert from "node:assert/strict";
import { test } from "node:test";
import { excerpt, passageUrl } from "./cite.ts";

test("the cited passage is the shared citation (src/shared/passage.test.ts)", () => {
  const text = "一、主要工作\n2022年，我局坚持依法行政。全年办理行政复议案件312件。";
  const at = text.indexOf("我局");
  assert.equal(excerpt(text, at, at + 2), "2022年，我局坚持依法行政。");
});

test("the passage's page in the web app", () => {
  assert.equal(passageUrl("https://fz.example.cn/", 7, 10, 14), "https://fz.example.cn/documents/7?at=10-14");
});

import assert from "node:assert/strict";
import { test } from "node:test";
import { detectWatermarks } from "./watermarks.ts";

const spans = (norm: string) => detectWatermarks(norm).map((n) => norm.slice(n.start, n.end));

test("a site's slogan and address inside a sentence is a watermark, with the site's name", () => {
  const norm = "坚决扛牢法治建设第一范文网—全网资源每日更新www.example.com责任人职责,全面推进依法行政。";
  assert.deepEqual(spans(norm), ["范文网—全网资源每日更新www.example.com"]);
});

test("an address recurring with the same words before it is a watermark: its extent is what the copies share", () => {
  const mark = "某某文库wenku.example.cn";
  const norm = `全年办理行政复议${mark}案件215件。深化行政执法${mark}体制改革。推进政务公开${mark}标准化建设。`;
  assert.deepEqual(spans(norm), [mark, mark, mark]);
});

test("an address the report itself gives is no watermark", () => {
  assert.deepEqual(spans("群众可登录www.gjzwfw.gov.cn办理相关事项。"), []);
  assert.deepEqual(spans("网址:www.example.com\n电话:0355-3128018"), []);
});

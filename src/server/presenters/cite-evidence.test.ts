import assert from "node:assert/strict";
import { test } from "node:test";
import { citeEvidence } from "./assess.ts";

const TEXT = "一、主要工作\n全年办理行政复议案件312件。二、存在的不足";
const docs = new Map([[3, { title: "清镇市2022年法治政府建设年度报告", text: TEXT }]]);
const at = TEXT.indexOf("312件");

test("a passage is cited by the document's title and its words, linked to it in the app", () => {
  const e = { kind: "span", documentId: 3, start: at, end: at + 4, quote: "312件", note: "" } as const;
  assert.deepEqual(citeEvidence(e, docs, "https://fz.example.cn"), {
    text: "《清镇市2022年法治政府建设年度报告》：“全年办理行政复议案件312件。”",
    link: `https://fz.example.cn/documents/3?at=${at}-${at + 4}`,
  });
});

test("a span that no longer holds its words (the document re-read) is cited by the quote alone", () => {
  const e = { kind: "span", documentId: 3, start: 0, end: 4, quote: "312件", note: "" } as const;
  assert.deepEqual(citeEvidence(e, docs, "https://fz.example.cn"), { text: "报告原文：“312件”", link: null });
});

test("a finding names its rule and cites where it is", () => {
  const e = {
    kind: "finding",
    rule: "no-such-rule",
    message: "数据前后不一致。",
    documentId: 3,
    start: at,
    end: at + 4,
    quote: "312件",
  } as const;
  assert.equal(
    citeEvidence(e, docs, "https://fz.example.cn").text,
    "审查问题（其他问题）：数据前后不一致。见《清镇市2022年法治政府建设年度报告》：“全年办理行政复议案件312件。”",
  );
});

// The library lists an untitled document by its file's name, tagged 标题未识别, when the name says
// what the document is (web/src/scenes/library/file-names.ts); a name a program gave — a new
// document's default, a copy of one, a scanner's, a hash — does not, and the composed title is
// shown instead.
import assert from "node:assert/strict";
import { test } from "node:test";
import { descriptiveName } from "../web/src/scenes/library/file-names.ts";

test("names a person gave say what the document is, once a copy's marks are taken off", () => {
  for (const name of [
    "长治市2023年年度报告.txt",
    "长治市2023年年度报告 - 副本.docx",
    "长治市2023年年度报告 - 副本 - 副本.docx",
    "长治市2023年年度报告 副本 2.docx",
    "长治市2023年年度报告(1).docx",
    "复件 长治市2023年年度报告.doc",
    "报送/长治市法治政府建设情况报告.pdf",
    // a placeholder's words inside a name the person wrote
    "关于新建文档管理制度的通知.docx",
    "未命名道路管理办法解读.docx",
  ])
    assert.equal(descriptiveName(name), true, name);
});

test("names a program gave do not: new documents' defaults, their copies, counters, scans, hashes", () => {
  for (const name of [
    "新建文档(1).docx",
    "新建文档（2）.docx",
    "新建 Microsoft Word 文档.docx",
    "新建 Microsoft Office Word 文档.doc",
    "新建 Microsoft Word 97-2003 文档.doc",
    "新建 Microsoft Word 文档 - 副本.docx",
    "新建 Microsoft Word 文档 - 副本 (2).docx",
    // a copy of a copy, as Windows names it
    "新建 Microsoft Word 文档 - 副本 - 副本.docx",
    "新建文本文档 - 副本 (2) - 副本.txt",
    "新建文本文档.txt",
    "复件 新建文本文档.txt",
    "新建 DOCX 文档.docx",
    "新建 WPS文字 文档.wps",
    "文档1.docx",
    "文字文稿1.docx",
    "未命名.docx",
    "未命名文档 2.docx",
    "未命名-1.pdf",
    "无标题文档.docx",
    "副本.docx",
    "副本 未命名.docx",
    "材料/新建文档.docx",
    "scan_0012.pdf",
    "000_759704e5000b19aa.txt",
  ])
    assert.equal(descriptiveName(name), false, name);
});

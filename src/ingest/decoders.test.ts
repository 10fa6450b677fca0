// One suite, every decoder: the same report as UTF-8, GBK, Big5, HTML, DOCX and PDF must
// decode to text that carries the same lines.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, test } from "node:test";
import {
  big5,
  gbk,
  htmlPage,
  makeDocx,
  type DocxCell,
  makeDocxBlocks,
  makeDocxTable,
  makePdf,
  makeRuledTablePdf,
  REPORT_LINES,
  REPORT_TEXT,
  traditional,
  utf8,
} from "../../test/helpers/fixtures.ts";
import { makeOfd } from "../../test/helpers/ofd.ts";
import { zipOf } from "../../test/helpers/zip.ts";
import { decodeDocument } from "./decode.ts";
import { InputError } from "./errors.ts";
import { DEFAULT_LIMITS, resolveLimits } from "./limits.ts";

const cases: Array<{
  name: string;
  file: string;
  make: () => Promise<Uint8Array> | Uint8Array;
  format: string;
  charset: string | null;
  traditional?: boolean;
}> = [
  { name: "UTF-8 text", file: "r.txt", make: () => utf8(REPORT_TEXT), format: "txt", charset: "utf-8" },
  {
    name: "UTF-8 text with BOM",
    file: "r.txt",
    make: () => utf8(`\ufeff${REPORT_TEXT}`),
    format: "txt",
    charset: "utf-8",
  },
  { name: "GBK text", file: "r.txt", make: () => gbk(REPORT_TEXT), format: "txt", charset: "gb18030" },
  {
    name: "Big5 text (Traditional)",
    file: "r.txt",
    make: () => big5(traditional(REPORT_TEXT)),
    format: "txt",
    charset: "big5",
    traditional: true,
  },
  {
    name: "HTML page",
    file: "r.html",
    make: () => utf8(htmlPage(REPORT_LINES)),
    format: "html",
    charset: "utf-8",
  },
  {
    name: "GBK HTML page",
    file: "r.htm",
    make: () => gbk(htmlPage(REPORT_LINES, "gb2312")),
    format: "html",
    charset: "gb18030",
  },
  { name: "DOCX", file: "r.docx", make: () => makeDocx(REPORT_LINES), format: "docx", charset: null },
  { name: "PDF", file: "r.pdf", make: () => makePdf(REPORT_LINES), format: "pdf", charset: null },
  // saved by LibreOffice (MS Word 97) from REPORT_TEXT: see test/fixtures/formats/README.md
  { name: "DOC (Word 97)", file: "r.doc", make: () => reportDoc, format: "doc", charset: null },
  {
    name: "WPS (a Word binary named .wps)",
    file: "r.wps",
    make: () => reportDoc,
    format: "doc",
    charset: null,
  },
  {
    name: "OFD (wrapped at 28 characters, 4 lines a page)",
    file: "r.ofd",
    make: () => makeOfd(REPORT_LINES, { linesPerPage: 4, pageNumbers: true }),
    format: "ofd",
    charset: null,
  },
  {
    name: "OFD drawn glyph by glyph",
    file: "r.ofd",
    make: () => makeOfd(REPORT_LINES, { glyphByGlyph: true }),
    format: "ofd",
    charset: null,
  },
  {
    name: "OFD named .zip (detected by content)",
    file: "r.zip",
    make: () => makeOfd(REPORT_LINES),
    format: "ofd",
    charset: null,
  },
];

const reportDoc = new Uint8Array(
  readFileSync(new URL("../../test/fixtures/formats/report-lines.doc", import.meta.url)),
);

describe("decoders", () => {
  for (const c of cases) {
    test(`${c.name}: every line survives`, async () => {
      const decoded = await decodeDocument(await c.make(), c.file, DEFAULT_LIMITS);
      assert.equal(decoded.format, c.format);
      assert.equal(decoded.charset, c.charset);
      for (const line of REPORT_LINES.slice(1)) {
        const expected = c.traditional ? traditional(line) : line;
        assert.ok(
          decoded.text.split("\n").some((l) => l.trim() === expected),
          `missing line ${expected}`,
        );
      }
    });
  }

  test("HTML: title first, scripts and styles dropped, meta date kept", async () => {
    const html = htmlPage(REPORT_LINES, "utf-8", '<meta name="PubDate" content="2023-03-20 09:00">');
    const decoded = await decodeDocument(utf8(html), "p.html", DEFAULT_LIMITS);
    assert.ok(decoded.text.startsWith(`${REPORT_LINES[0]}_清镇市人民政府`));
    assert.ok(!decoded.text.includes("不应出现"));
    assert.equal(decoded.hints.published, "2023-03-20 09:00");
  });

  test("a table's row is one line, its cells apart by a tab (HTML, DOCX and PDF)", async () => {
    const rows = [
      ["指标", "2022年", "2023年"],
      ["行政复议案件受理数(件)", "41", "49"],
      ["生态环境", "", "87"],
    ];
    const html = `<html><body><p>表1</p><table>${rows
      .map((r) => `<tr>${r.map((c) => `<td>\n  ${c} </td>`).join("")}</tr>`)
      .join("\n")}</table><p>二、存在的不足</p></body></html>`;
    const docx = await makeDocxTable(["表1"], rows, ["二、存在的不足"]);
    // the PDF draws each cell 150 points right of the one before (and its rows have no empty cell)
    const pdf = makePdf(["表1", ...rows.slice(0, 2).map((r) => r.join("\t")), "二、存在的不足"]);
    for (const [bytes, file] of [
      [utf8(html), "t.html"],
      [docx, "t.docx"],
      [pdf, "t.pdf"],
    ] as const) {
      const { text } = await decodeDocument(bytes, file, DEFAULT_LIMITS);
      const lines = text.split("\n");
      for (const r of file === "t.pdf" ? rows.slice(0, 2) : rows)
        assert.ok(lines.includes(r.join("\t")), `${file}: no line ${r.join("|")} in ${JSON.stringify(text)}`);
      assert.ok(lines.includes("表1") && lines.includes("二、存在的不足"), file);
    }
  });

  test("PDF ruled tables: a cell's wrapped lines are one cell, a cell spanning rows is empty under its first", async () => {
    const pdf = makeRuledTablePdf(
      ["附件：重点任务分工表"],
      [30, 150, 90, 60, 70],
      [
        [["序号"], ["重点任务"], ["牵头单位"], ["配合单位"], ["完成时限"]],
        [
          ["1"],
          ["全面实行政府权责清单制度，", "动态调整权责清单。"],
          ["县政府办", "县司法局"],
          ["县直各部门"],
          ["2024年6月", "底前"],
        ],
        [["2"], ["开展规范性文件清理。"], null, ["县直各部门"], ["2024年12月"]],
      ],
      ["县人民政府办公室"],
    );
    const { text } = await decodeDocument(pdf, "t.pdf", DEFAULT_LIMITS);
    assert.deepEqual(text.split("\n"), [
      "附件：重点任务分工表",
      "序号\t重点任务\t牵头单位\t配合单位\t完成时限",
      "1\t全面实行政府权责清单制度，动态调整权责清单。\t县政府办 县司法局\t县直各部门\t2024年6月底前",
      "2\t开展规范性文件清理。\t\t县直各部门\t2024年12月",
      "",
      "县人民政府办公室",
    ]);
  });

  test("PDF boxes with empty gutters (a page printed from the web) are no table: their lines stay prose", async () => {
    const pdf = makeRuledTablePdf(
      [],
      [6, 300, 6],
      [
        [[], ["一、主要举措和成效"], []],
        [[], ["全年办理行政复议案件41件。"], []],
      ],
      [],
    );
    const { text } = await decodeDocument(pdf, "boxes.pdf", DEFAULT_LIMITS);
    assert.deepEqual(text.split("\n"), ["一、主要举措和成效", "全年办理行政复议案件41件。"]);
  });

  test("PDF: a running header is left out, and a sentence goes on over the page's end", async () => {
    const pages = [
      [
        "某县2025年法治政府建设年度报告",
        "一、主要举措和成效",
        "全县各级行政机关认真落实《法治政府建设实施纲要》,",
        "全年办理行政复议案件41件，纠错率12.2%，行政应诉",
      ],
      ["某县人民政府公报", "案件出庭应诉率100%。", "二、存在的不足"],
      ["某县人民政府公报", "基层执法力量仍然薄弱。"],
    ];
    const lines = pages.flatMap((p, k) => [...p, ...Array(4 - p.length).fill(""), `— ${k + 1} —`]);
    const { text } = await decodeDocument(makePdf(lines, 5), "paged.pdf", DEFAULT_LIMITS);
    assert.deepEqual(text.split("\n"), [
      "某县2025年法治政府建设年度报告",
      "一、主要举措和成效",
      "全县各级行政机关认真落实《法治政府建设实施纲要》,全年办理行政复议案件41件，纠错率12.2%，行政应诉案件出庭应诉率100%。",
      "二、存在的不足",
      "基层执法力量仍然薄弱。",
    ]);
  });

  test("PDF radicals: a text layer's ⼯ and ⻚ are read as 工 and 页", async () => {
    const { text } = await decodeDocument(makePdf(["⾸⻚ 法治政府建设⼯作"]), "r.pdf", DEFAULT_LIMITS);
    assert.equal(text, "首页 法治政府建设工作");
  });

  test("HTML tables: empty cells and spans keep their columns; a cell's paragraphs are one cell", async () => {
    const html = `<html><body><table>
      <tr><td>项目</td><td colspan="2">金额(万元)</td><td>人数(人)</td></tr>
      <tr><td><p style="x">合计</p></td><td>500</td><td></td><td></td></tr>
      <tr><td><p>法律</p><p>援助</p></td><td></td><td>120<br>万</td><td>35</td></tr>
    </table></body></html>`;
    const { text } = await decodeDocument(utf8(html), "t.html", DEFAULT_LIMITS);
    assert.deepEqual(text.split("\n"), [
      "项目\t金额(万元)\t\t人数(人)",
      "合计\t500\t\t",
      "法律 援助\t\t120 万\t35",
    ]);
  });

  test("tables: spanned columns and rows keep their tabs, a blank line ends a table, a one-cell row is a page's box (HTML and DOCX)", async () => {
    const stats: DocxCell[][] = [
      ["项目", "2022年", "2023年"],
      [{ text: "一、行政处罚", span: 3 }],
      ["一般程序案件", "1,203", "1,350"],
      [{ text: "公共法律服务", rows: 2 }, "法律咨询(人次)", { text: "3200", rows: 2 }],
      ["人民调解(件)"],
    ];
    const cellHtml = (c: DocxCell) =>
      typeof c === "string"
        ? `<td>${c}</td>`
        : `<td colspan="${c.span ?? 1}" rowspan="${c.rows ?? 1}">${c.text}</td>`;
    const tableHtml = (rows: DocxCell[][]) =>
      `<table>${rows.map((r) => `<tr>${r.map(cellHtml).join("")}</tr>`).join("")}</table>`;
    const html = `<html><body>${tableHtml(stats)}${tableHtml([["行政复议案件受理数", "85件"]])}
      <table><tr><td><p>一、主要工作</p><p>全年办理行政复议案件56件。</p></td></tr></table></body></html>`;
    const docx = await makeDocxBlocks([
      stats,
      [["行政复议案件受理数", "85件"]],
      [[{ text: "一、主要工作", span: 1 }]],
      "全年办理行政复议案件56件。",
    ]);
    const expected = [
      "项目\t2022年\t2023年",
      "一、行政处罚\t\t",
      "一般程序案件\t1,203\t1,350",
      "公共法律服务\t法律咨询(人次)\t3200",
      "\t人民调解(件)\t",
      "",
      "行政复议案件受理数\t85件",
      "",
      "一、主要工作",
      "全年办理行政复议案件56件。",
    ];
    for (const [bytes, file] of [
      [utf8(html), "t.html"],
      [docx, "t.docx"],
    ] as const) {
      const { text } = await decodeDocument(bytes, file, DEFAULT_LIMITS);
      assert.deepEqual(text.split("\n"), expected, file);
    }
  });

  test("BOM is kept in text so offsets match readFileSync", async () => {
    const decoded = await decodeDocument(utf8(`\ufeff${REPORT_TEXT}`), "b.txt", DEFAULT_LIMITS);
    assert.equal(decoded.text[0], "\ufeff");
  });
});

describe("bad input", () => {
  const expectProblem = async (bytes: Uint8Array, file: string, problem: string, limits = DEFAULT_LIMITS) => {
    await assert.rejects(decodeDocument(bytes, file, limits), (e: unknown) => {
      assert.ok(e instanceof InputError, String(e));
      assert.equal(e.problem, problem);
      assert.ok(e.message.startsWith(file), "the message names the file");
      assert.ok(!e.message.includes("\n"), "one line");
      return true;
    });
  };
  test("empty file", () => expectProblem(new Uint8Array(), "e.txt", "empty"));
  test("blank text", () => expectProblem(utf8(" \n\n "), "b.txt", "empty"));
  test("binary file", () =>
    expectProblem(new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 0, 0, 1, 2, 3]), "a.out", "binary"));
  test("too large", () =>
    expectProblem(utf8(REPORT_TEXT), "big.txt", "too-large", resolveLimits({ maxBytes: 100 })));
  test("corrupt DOCX (truncated zip)", async () => {
    const docx = await makeDocx(REPORT_LINES);
    await expectProblem(docx.slice(0, docx.length / 2), "half.docx", "corrupt");
  });
  test("a zip that is not a Word document", async () => {
    const fake = utf8("PK\u0005\u0006" + "\0".repeat(18));
    await expectProblem(fake, "fake.docx", "corrupt");
  });
  test("corrupt PDF", () => expectProblem(utf8("%PDF-1.4\n1 0 obj garbage\n%%EOF"), "bad.pdf", "corrupt"));
  test("PDF extension, other content", () => expectProblem(utf8("hello"), "x.pdf", "corrupt"));
  test("a compound-file header cut short is corrupt", () =>
    expectProblem(
      new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]),
      "old.doc",
      "corrupt",
    ));
  test("zip bomb: a part inflating far beyond its size", async () => {
    const { deflateRawSync } = await import("node:zlib");
    const big = Buffer.alloc(20 * 1024 * 1024, 0x41);
    const zip = zipOf([
      { name: "word/document.xml", data: deflateRawSync(big), size: big.length },
      { name: "[Content_Types].xml", data: deflateRawSync(Buffer.from("<Types/>")), size: 8 },
    ]);
    await expectProblem(zip, "bomb.docx", "zip-bomb");
  });
});

// Word's automatic numbering: a DOCX whose 一、（一）1. come from numbering.xml reads as Word shows
// it, the same as the document typed with its numbers as text.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { deflateRawSync } from "node:zlib";
import { analyzeBytes } from "../analyze-bytes.ts";
import { makeDocx } from "../../test/helpers/fixtures.ts";
import { SMALL_PLAN } from "../../test/helpers/plan-fixture.ts";
import { zipOf } from "../../test/helpers/zip.ts";
import { docxToText } from "./docx.ts";
import { DEFAULT_LIMITS } from "./limits.ts";
import { formatNumber } from "./number-formats.ts";

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;");

/** A level of an abstract numbering: its format, text and what else it says (raw XML). */
interface Level {
  fmt: string;
  text: string;
  start?: number;
  extra?: string;
}
/** A paragraph: its text, and its own numPr or its style. */
interface Para {
  text: string;
  num?: [numId: number, ilvl: number];
  style?: string;
}

const lvlXml = (ilvl: number, l: Level) =>
  `<w:lvl w:ilvl="${ilvl}"><w:start w:val="${l.start ?? 1}"/><w:numFmt w:val="${l.fmt}"/>` +
  `<w:lvlText w:val="${esc(l.text)}"/>${l.extra ?? ""}</w:lvl>`;

/** numbering.xml: abstracts (levels), and nums (abstract id, raw lvlOverride XML). */
function numberingXml(abstracts: Level[][], nums: Array<[abstractId: number, overrides?: string]>): string {
  const a = abstracts.map(
    (levels, id) =>
      `<w:abstractNum w:abstractNumId="${id}">${levels.map((l, i) => lvlXml(i, l)).join("")}</w:abstractNum>`,
  );
  const n = nums.map(
    ([abstract, overrides], i) =>
      `<w:num w:numId="${i + 1}"><w:abstractNumId w:val="${abstract}"/>${overrides ?? ""}</w:num>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?><w:numbering ${W}>${a.join("")}${n.join("")}</w:numbering>`;
}

const paraXml = (p: Para) => {
  const numPr = p.num ? `<w:numPr><w:ilvl w:val="${p.num[1]}"/><w:numId w:val="${p.num[0]}"/></w:numPr>` : "";
  const style = p.style ? `<w:pStyle w:val="${p.style}"/>` : "";
  return `<w:p><w:pPr>${style}${numPr}</w:pPr><w:r><w:t xml:space="preserve">${esc(p.text)}</w:t></w:r></w:p>`;
};

/** A DOCX of paragraphs (or tables: rows of cells of paragraphs), with its numbering and styles. */
function numberedDocx(body: Array<Para | Para[][]>, numbering: string, styles?: string): Uint8Array {
  const blocks = body.map((b) =>
    Array.isArray(b)
      ? `<w:tbl>${b.map((row) => `<w:tr>${row.map((c) => `<w:tc>${paraXml(c)}</w:tc>`).join("")}</w:tr>`).join("")}</w:tbl>`
      : paraXml(b),
  );
  const parts: Record<string, string> = {
    "[Content_Types].xml":
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    "_rels/.rels":
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    "word/_rels/document.xml.rels": `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>${styles ? '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>' : ""}</Relationships>`,
    "word/document.xml": `<?xml version="1.0" encoding="UTF-8"?><w:document ${W}><w:body>${blocks.join("")}</w:body></w:document>`,
    "word/numbering.xml": numbering,
  };
  if (styles)
    parts["word/styles.xml"] = `<?xml version="1.0" encoding="UTF-8"?><w:styles ${W}>${styles}</w:styles>`;
  return zipOf(
    Object.entries(parts).map(([name, text]) => {
      const raw = Buffer.from(text);
      return { name, data: deflateRawSync(raw), size: raw.length };
    }),
  );
}

const read = (bytes: Uint8Array) => docxToText(bytes, "n.docx", DEFAULT_LIMITS);

/** 一、 / （一） / 1. — the outline of a 公文 as Word's multilevel list numbers it (%N is level N's number). */
const OUTLINE: Level[] = [
  { fmt: "chineseCounting", text: "%1、" },
  { fmt: "chineseCounting", text: "（%2）" },
  { fmt: "decimal", text: "%3." },
];

describe("DOCX automatic numbering", () => {
  it("numbers headings 一、（一）1. and restarts a lower level under a new higher item", async () => {
    const text = await read(
      numberedDocx(
        [
          { text: "某县法治政府建设实施方案" },
          { text: "总体要求", num: [1, 0] },
          { text: "指导思想", num: [1, 1] },
          { text: "完善制度", num: [1, 2] },
          { text: "加强监督", num: [1, 2] },
          { text: "基本原则", num: [1, 1] },
          { text: "坚持党的领导", num: [1, 2] },
          { text: "主要任务", num: [1, 0] },
          { text: "依法全面履行政府职能", num: [1, 1] },
        ],
        numberingXml([OUTLINE], [[0]]),
      ),
    );
    assert.equal(
      text,
      [
        "某县法治政府建设实施方案",
        "一、总体要求",
        "（一）指导思想",
        "1.完善制度",
        "2.加强监督",
        "（二）基本原则",
        "1.坚持党的领导",
        "二、主要任务",
        "（一）依法全面履行政府职能",
      ].join("\n"),
    );
  });

  it("numbers a paragraph through its style's numPr, following w:basedOn; numId 0 takes it away", async () => {
    const styles =
      '<w:style w:type="paragraph" w:styleId="H1"><w:name w:val="heading 1"/><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr></w:style>' +
      // based on H1: the list from H1, its own level
      '<w:style w:type="paragraph" w:styleId="H2"><w:name w:val="heading 2"/><w:basedOn w:val="H1"/><w:pPr><w:numPr><w:ilvl w:val="1"/></w:numPr></w:pPr></w:style>' +
      // based on H2 with nothing of its own: level 1 of list 1
      '<w:style w:type="paragraph" w:styleId="H2b"><w:name w:val="heading 2b"/><w:basedOn w:val="H2"/></w:style>';
    const text = await read(
      numberedDocx(
        [
          { text: "总体要求", style: "H1" },
          { text: "指导思想", style: "H2" },
          { text: "工作目标", style: "H2b" },
          { text: "不编号的标题", style: "H1", num: [0, 0] },
          { text: "主要任务", style: "H1" },
          { text: "依法行政", style: "H2" },
        ],
        numberingXml([OUTLINE], [[0]]),
        styles,
      ),
    );
    assert.equal(
      text,
      [
        "一、总体要求",
        "（一）指导思想",
        "（二）工作目标",
        "不编号的标题",
        "二、主要任务",
        "（一）依法行政",
      ].join("\n"),
    );
  });

  it("numbers a paragraph whose style a list level names (w:lvl/w:pStyle)", async () => {
    const levels: Level[] = [{ fmt: "chineseCounting", text: "%1、", extra: '<w:pStyle w:val="T1"/>' }];
    const styles = '<w:style w:type="paragraph" w:styleId="T1"><w:name w:val="标题一"/></w:style>';
    const text = await read(
      numberedDocx(
        [{ text: "总体要求", style: "T1" }, { text: "正文" }, { text: "主要任务", style: "T1" }],
        numberingXml([levels], [[0]]),
        styles,
      ),
    );
    assert.equal(text, ["一、总体要求", "正文", "二、主要任务"].join("\n"));
  });

  it("cuts a hostile number text: it cannot multiply the document's text", async () => {
    const levels: Level[] = [{ fmt: "decimal", text: `${"长".repeat(20_000)}%1%1%1%1%1%1%1%1%1` }];
    const paragraphs = Array.from({ length: 2000 }, (): Para => ({ text: "", num: [1, 0] }));
    const text = await read(numberedDocx(paragraphs, numberingXml([levels], [[0]])));
    assert.ok(text.length <= 2000 * 42, `${text.length} characters`);
    assert.match(text.split("\n")[0], /^长+ $/);
  });

  it("continues one count over two w:num of one abstract, and restarts it where a startOverride is first used", async () => {
    const restart = '<w:lvlOverride w:ilvl="2"><w:startOverride w:val="1"/></w:lvlOverride>';
    const fromFive = '<w:lvlOverride w:ilvl="2"><w:startOverride w:val="5"/></w:lvlOverride>';
    const text = await read(
      numberedDocx(
        [
          { text: "甲", num: [1, 2] },
          { text: "乙", num: [1, 2] },
          // another w:num over the same abstract: the count goes on (3), as in Word
          { text: "丙", num: [2, 2] },
          // "restart at 1": a w:num with a startOverride
          { text: "丁", num: [3, 2] },
          { text: "戊", num: [3, 2] },
          { text: "己", num: [4, 2] },
          { text: "庚", num: [1, 2] },
        ],
        numberingXml([OUTLINE], [[0], [0], [0, restart], [0, fromFive]]),
      ),
    );
    assert.equal(text, ["1.甲", "2.乙", "3.丙", "1.丁", "2.戊", "5.己", "6.庚"].join("\n"));
  });

  it("reads w:lvlRestart, w:suff, %N of higher levels, w:isLgl, a w:lvl override and bullets", async () => {
    const levels: Level[] = [
      { fmt: "chineseCounting", text: "第%1章", extra: '<w:suff w:val="space"/>' },
      // 第一章's items numbered 1.1, 1.2 (legal: the chapter's number in decimal)
      { fmt: "decimal", text: "%1.%2", extra: '<w:isLgl/><w:suff w:val="tab"/>' },
      // never restarts
      {
        fmt: "decimalEnclosedCircle",
        text: "%3",
        extra: '<w:lvlRestart w:val="0"/><w:suff w:val="nothing"/>',
      },
      { fmt: "bullet", text: "●" },
      // a hidden number (w:vanish) still counts
      { fmt: "decimal", text: "%5)", extra: "<w:rPr><w:vanish/></w:rPr>" },
    ];
    const override =
      '<w:lvlOverride w:ilvl="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/></w:lvl></w:lvlOverride>';
    const text = await read(
      numberedDocx(
        [
          { text: "总则", num: [1, 0] },
          { text: "目的", num: [1, 1] },
          { text: "甲", num: [1, 2] },
          { text: "要点", num: [1, 3] },
          { text: "隐", num: [1, 4] },
          { text: "附则", num: [1, 0] },
          { text: "施行", num: [1, 1] },
          { text: "乙", num: [1, 2] },
          // another w:num over the same abstract redefines the level: it restarts at its start
          { text: "其他", num: [2, 0] },
          { text: "补充", num: [1, 0] },
        ],
        numberingXml([levels], [[0], [0, override]]),
      ),
    );
    assert.equal(
      text,
      [
        "第一章 总则",
        "1.1 目的",
        "①甲",
        "要点",
        "隐",
        "第二章 附则",
        "2.1 施行",
        "②乙",
        "I.其他",
        "第二章 补充",
      ].join("\n"),
    );
  });

  it("counts numbered paragraphs in table cells in document order", async () => {
    const text = await read(
      numberedDocx(
        [
          { text: "任务", num: [1, 2] },
          [
            [{ text: "序号" }, { text: "措施" }],
            [{ text: "a" }, { text: "精简审批", num: [1, 2] }],
            [{ text: "b" }, { text: "公开清单", num: [1, 2] }],
          ],
          { text: "其后", num: [1, 2] },
        ],
        numberingXml([OUTLINE], [[0]]),
      ),
    );
    assert.equal(text, ["1.任务", "序号\t措施", "a\t2.精简审批", "b\t3.公开清单", "", "4.其后"].join("\n"));
  });

  it("writes the formats of Chinese documents", () => {
    const cases: Array<[string, number, string]> = [
      ["chineseCounting", 1, "一"],
      ["chineseCounting", 10, "十"],
      ["chineseCounting", 11, "十一"],
      ["chineseCounting", 20, "二十"],
      ["chineseCounting", 105, "一百〇五"],
      ["chineseCountingThousand", 23, "二十三"],
      ["chineseLegalSimplified", 3, "叁"],
      ["chineseLegalSimplified", 12, "壹拾贰"],
      ["ideographTraditional", 3, "丙"],
      ["ideographTraditional", 11, "11"],
      ["decimal", 7, "7"],
      ["decimalFullWidth", 12, "１２"],
      ["decimalEnclosedCircle", 3, "③"],
      ["decimalEnclosedCircle", 21, "21"],
      ["decimalEnclosedParen", 2, "⑵"],
      ["lowerLetter", 2, "b"],
      ["upperLetter", 28, "BB"],
      ["lowerRoman", 4, "iv"],
      ["upperRoman", 14, "XIV"],
      ["bullet", 1, ""],
      ["none", 1, ""],
      ["someFutureFormat", 4, "4"],
    ];
    for (const [fmt, n, expected] of cases) assert.equal(formatNumber(fmt, n), expected, `${fmt} ${n}`);
  });

  it("gives a plan the same outline and measures as the plan typed with its numbers", async () => {
    const lines = SMALL_PLAN.split("\n");
    // the plan's numbers as Word's list levels: 一、 (一) 1. (1); its 1. 2. 3. and (1)…(8) run on
    // through the whole plan (w:lvlRestart 0)
    const levels: Level[] = [
      { fmt: "chineseCounting", text: "%1、" },
      { fmt: "chineseCounting", text: "(%2)" },
      { fmt: "decimal", text: "%3.", extra: '<w:lvlRestart w:val="0"/>' },
      { fmt: "decimal", text: "(%4)", extra: '<w:lvlRestart w:val="0"/>' },
    ];
    const markers: Array<[RegExp, number]> = [
      [/^[一二三四五六七八九十]+、/, 0],
      [/^\([一二三四五六七八九十]+\)/, 1],
      [/^\d+\./, 2],
      [/^\(\d+\)/, 3],
    ];
    const paragraphs = lines.map((line): Para => {
      for (const [marker, ilvl] of markers) {
        const m = marker.exec(line);
        if (m) return { text: line.slice(m[0].length), num: [1, ilvl] };
      }
      return { text: line };
    });
    assert.ok(paragraphs.filter((p) => p.num).length >= 15);
    const numbered = numberedDocx(paragraphs, numberingXml([levels], [[0]]));
    assert.equal(await read(numbered), SMALL_PLAN);
    const [typed, automatic] = await Promise.all([
      analyzeBytes(await makeDocx(lines), "方案.docx"),
      analyzeBytes(numbered, "方案.docx"),
    ]);
    assert.equal(automatic.measures.length, 8);
    assert.deepEqual(
      automatic.measures.map((m) => m.no),
      [1, 2, 3, 4, 5, 6, 7, 8],
    );
    assert.deepEqual(automatic.outline, typed.outline);
    assert.deepEqual(automatic.measures, typed.measures);
    assert.ok(automatic.outline.some((h) => h.marker === "二、"));
  });
});

// Real files of the formats departments publish besides DOCX and PDF: legacy Word binaries
// (.doc, and .wps files that are Word binaries) and OFD, through the whole pipeline, and their
// broken variants refused with one clear line. Origins of every file: test/fixtures/formats/README.md.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, test } from "node:test";
import { deflateRawSync } from "node:zlib";
import { makeOfd, ofdPackage } from "../../test/helpers/ofd.ts";
import { analyzeBytes } from "../pipeline.ts";
import type { AnalysisRecord } from "../types.ts";
import { classifyCompound } from "./cfb.ts";
import { decodeDocument } from "./decode.ts";
import { InputError } from "./errors.ts";
import { DEFAULT_LIMITS, resolveLimits } from "./limits.ts";

const fixture = (name: string) =>
  new Uint8Array(readFileSync(new URL(`../../test/fixtures/formats/${name}`, import.meta.url)));

/** Every span indexes the decoded text (the offsets contract). */
function checkSpans(record: AnalysisRecord) {
  const n = record.text.length;
  const inside = (s: { start: number; end: number }) => s.start >= 0 && s.end <= n && s.start <= s.end;
  for (const f of record.facts) {
    assert.ok(inside(f));
    assert.equal(record.text.slice(f.start, f.end), f.quote);
  }
  for (const h of record.outline) assert.ok(record.text.startsWith(h.marker, h.start), h.title);
  for (const x of record.noise) assert.ok(inside(x));
}

describe("legacy Word binaries", () => {
  test("a report saved as .doc reads as the same text, with the same facts, as the original", async () => {
    const original = Buffer.from(fixture("qingzhen-2022-report.txt")).toString("utf8");
    const record = await analyzeBytes(fixture("qingzhen-2022-report.doc"), "qingzhen-2022-report.doc");
    assert.equal(record.source.format, "doc");
    checkSpans(record);
    const lines = new Set(record.text.split("\n"));
    for (const line of original.split("\n").map((l) => l.trim()))
      if (line) assert.ok(lines.has(line), `missing line ${line.slice(0, 30)}`);
    const fromText = await analyzeBytes(new Uint8Array(Buffer.from(original)), "002.txt");
    const facts = (r: AnalysisRecord) => r.facts.map((f) => `${f.quote}=${f.value}`);
    assert.deepEqual(facts(record), facts(fromText));
    assert.equal(record.meta.kind, fromText.meta.kind);
    assert.equal(record.meta.region, "清镇市");
  });

  test("a .wps file that is a Word binary is read by content", async () => {
    const record = await analyzeBytes(fixture("taiyuan-2024-report.wps"), "taiyuan-2024-report.wps");
    assert.equal(record.source.format, "doc");
    checkSpans(record);
    assert.equal(record.meta.title, "太原市2024年法治政府建设年度报告");
    assert.equal(record.meta.year, 2024);
  });

  test("a .doc that is Word 2003 XML reads as the binary does", async () => {
    const xml = await decodeDocument(fixture("taiyuan-2024-report-word2003xml.doc"), "x.doc", DEFAULT_LIMITS);
    const binary = await decodeDocument(fixture("taiyuan-2024-report.wps"), "b.wps", DEFAULT_LIMITS);
    assert.equal(xml.format, "doc");
    assert.equal(xml.text, binary.text);
  });

  test("Word 2003 XML tables: a row is a line of cells apart by tabs, spans keep their columns, a blank line ends the table", async () => {
    const p = (t: string) => `<w:p><w:r><w:t>${t}</w:t></w:r></w:p>`;
    const tc = (t: string, props = "") => `<w:tc>${props ? `<w:tcPr>${props}</w:tcPr>` : ""}${p(t)}</w:tc>`;
    const tr = (...cells: string[]) => `<w:tr>${cells.join("")}</w:tr>`;
    const xml = `<?xml version="1.0" encoding="UTF-8"?><?mso-application progid="Word.Document"?>
<w:wordDocument xmlns:w="http://schemas.microsoft.com/office/word/2003/wordml"><w:body>
${p("附件：重点任务分工表")}
<w:tbl>
${tr(tc("序号"), tc("重点任务"), tc("牵头单位"), tc("完成时限"))}
${tr(tc("一、依法全面履行政府职能", '<w:gridSpan w:val="4"/>'))}
${tr(tc("1"), tc("推行权责清单制度"), tc("市委编办", '<w:vmerge w:val="restart"/>'), tc("2022年底前"))}
${tr(tc("2"), `<w:tc>${p("深化改革")}${p("优化服务")}</w:tc>`, tc("", "<w:vmerge/>"), tc("持续推进"))}
</w:tbl>
${p("二、存在的不足")}
</w:body></w:wordDocument>`;
    const decoded = await decodeDocument(new TextEncoder().encode(xml), "t.doc", DEFAULT_LIMITS);
    assert.deepEqual(decoded.text.split("\n"), [
      "附件：重点任务分工表",
      "序号\t重点任务\t牵头单位\t完成时限",
      "一、依法全面履行政府职能\t\t\t",
      "1\t推行权责清单制度\t市委编办\t2022年底前",
      "2\t深化改革 优化服务\t\t持续推进",
      "",
      "二、存在的不足",
    ]);
  });

  test("word-extractor's own test files: Chinese text, and a Word 97-SR2 file", async () => {
    const chinese = await decodeDocument(
      fixture("word-extractor-test11-chinese.doc"),
      "t11.doc",
      DEFAULT_LIMITS,
    );
    assert.equal(
      chinese.text,
      "这是一个用来测试nodejs解析Word文档.doccccc\nThis is a test for parsing the Word file in node.",
    );
    const word97 = await decodeDocument(
      fixture("word-extractor-test05-word97.doc"),
      "t05.doc",
      DEFAULT_LIMITS,
    );
    assert.equal(word97.text, "This is a simple file created with Word 97-SR2.");
  });

  test("a Word binary named .txt is still read as Word (content first)", async () => {
    const decoded = await decodeDocument(
      fixture("word-extractor-test11-chinese.doc"),
      "t11.txt",
      DEFAULT_LIMITS,
    );
    assert.equal(decoded.format, "doc");
  });

  test("compound files are told apart by their streams", () => {
    assert.equal(classifyCompound(fixture("qingzhen-2022-report.doc"), "a.doc"), "word");
    assert.equal(classifyCompound(fixture("broken/encrypted.doc"), "b.doc"), "word-encrypted");
    assert.equal(classifyCompound(fixture("broken/excel-sheet.wps"), "c.wps"), "excel");
  });
});

describe("OFD", () => {
  test("a two-page official document: lines in reading order, wrapped paragraphs joined", async () => {
    const record = await analyzeBytes(fixture("ofdrw-n-2pages.ofd"), "n.ofd");
    assert.equal(record.source.format, "ofd");
    checkSpans(record);
    const lines = record.text.split("\n");
    assert.deepEqual(lines.slice(0, 5), [
      "测试符路桥区卫生局文件",
      "路卫发〔2011〕76号",
      "关于同意张阿三同志辞职的批复",
      "区中医院：",
      "你院《关于给张阿三同志辞职的请示》（路中医发〔2011〕10号）收悉。",
    ]);
    // page 2 holds only the issuing line; its page number ("— 2 —") is dropped
    assert.ok(lines.includes("测试符路桥区卫生局办公室 2011年3月10日印发"));
    assert.ok(!record.text.includes("— 2 —"));
    assert.equal(record.meta.year, 2011);
  });

  test("a paragraph broken across pages is one line; a run-per-word converter's output is rejoined", async () => {
    const essay = await decodeDocument(fixture("ofdrw-hello-2pages.ofd"), "hello.ofd", DEFAULT_LIMITS);
    assert.ok(essay.text.includes("如果反对这宅子的旧主人，怕给他的东西染污了，徘徊不敢走进门"));
    assert.equal(essay.text.split("\n")[0], "拿来主义");
    const letter = await decodeDocument(fixture("ofdrw-letter-suwell.ofd"), "letter.ofd", DEFAULT_LIMITS);
    assert.ok(
      letter.text
        .split("\n")
        .some(
          (l) => l.startsWith("根据我市2023年房地产用地供应计划，") && l.endsWith("并加快工程施工建设。"),
        ),
    );
  });

  test("template pages, and a non-standard namespace prefix, are read too", async () => {
    const templated = await decodeDocument(fixture("ofdrw-template-pages.ofd"), "t.ofd", DEFAULT_LIMITS);
    assert.ok(templated.text.includes("立案决定书"));
    assert.ok(templated.text.includes("（存根）"));
    const prefixed = await decodeDocument(fixture("ofdrw-namespace-no-std.ofd"), "p.ofd", DEFAULT_LIMITS);
    assert.equal(prefixed.text, "你好呀，OFD Reader&Writer！");
  });
});

describe("broken and unsupported variants: one line naming the file and the problem", () => {
  const cases: Array<[file: string, problem: string, detail: RegExp]> = [
    ["broken/truncated.doc", "corrupt", /复合文档.*损坏/],
    ["broken/wrong-magic.doc", "corrupt", /不是 Word 格式/],
    ["broken/word-extractor-bad-header.doc", "corrupt", /复合文档/],
    ["broken/minifat-cycle.doc", "corrupt", /分配表链循环/],
    ["broken/encrypted.doc", "unsupported", /已加密/],
    ["broken/excel-sheet.wps", "unsupported", /Excel/],
    ["broken/truncated.ofd", "corrupt", /ZIP/],
    ["broken/wrong-magic.ofd", "corrupt", /不是 OFD/],
    ["broken/zip-bomb.ofd", "zip-bomb", /Content\.xml (压缩比超过上限|解压后超过其声明)/],
    ["broken/ofdrw-no-text.ofd", "no-text-layer", /OFD 共 5 页，但没有文字/],
  ];
  for (const [file, problem, detail] of cases) {
    test(file, async () => {
      await assert.rejects(decodeDocument(fixture(file), file, DEFAULT_LIMITS), (e: unknown) => {
        assert.ok(e instanceof InputError, String(e));
        assert.equal(e.problem, problem);
        assert.match(e.detail, detail);
        assert.ok(e.message.startsWith(`${file}: `), "names the file");
        assert.ok(!e.message.includes("\n"), "one line");
        return true;
      });
    });
  }

  test("a .wps that is not a compound file (early WPS) is refused as unsupported, an RTF or MHT .doc too", async () => {
    const early = new Uint8Array(
      Buffer.concat([Buffer.from([0xff, 0x00, 0x02, 0x00, 0x01]), Buffer.alloc(600, 7)]),
    );
    await assert.rejects(decodeDocument(early, "old.wps", DEFAULT_LIMITS), /格式不受支持/);
    const rtf = new Uint8Array(Buffer.from("{\\rtf1\\ansi\\ansicpg936 法治政府建设}"));
    await assert.rejects(decodeDocument(rtf, "rtf.doc", DEFAULT_LIMITS), /RTF/);
    const mht = new Uint8Array(
      Buffer.from('MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="x"\r\n\r\n--x\r\n'),
    );
    await assert.rejects(decodeDocument(mht, "saved.doc", DEFAULT_LIMITS), /MHT/);
  });
});

describe("hostile OFD structure", () => {
  const page = (body: string) =>
    `<?xml version="1.0" encoding="UTF-8"?><ofd:Page xmlns:ofd="http://www.ofdspec.org/2016"><ofd:Content><ofd:Layer ID="1">${body}</ofd:Layer></ofd:Content></ofd:Page>`;
  const text = (s: string) =>
    `<ofd:TextObject ID="2" Boundary="28 40 150 8" Font="1" Size="5.6"><ofd:TextCode X="0" Y="5.6">${s}</ofd:TextCode></ofd:TextObject>`;
  const refuse = async (bytes: Uint8Array, problem: string, detail: RegExp, limits = DEFAULT_LIMITS) =>
    assert.rejects(decodeDocument(bytes, "h.ofd", limits), (e: unknown) => {
      assert.ok(e instanceof InputError, String(e));
      assert.equal(e.problem, problem);
      assert.match(e.detail, detail);
      return true;
    });

  test("entity expansion (billion laughs) is not performed: the part is refused as invalid XML", async () => {
    const laughs =
      '<?xml version="1.0"?><!DOCTYPE p [<!ENTITY a "哈哈哈哈哈哈哈哈哈哈"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">' +
      '<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">]>';
    await refuse(ofdPackage([laughs + page(text("&d;&d;&d;&d;"))]), "corrupt", /不是有效的 XML/);
  });

  test("deeply nested page blocks are read without recursion", async () => {
    const depth = 20_000; // 640 KB of tags: under the size where the ratio limit applies
    const nested = `${"<ofd:PageBlock>".repeat(depth)}${text("深层嵌套的文字")}${"</ofd:PageBlock>".repeat(depth)}`;
    const decoded = await decodeDocument(ofdPackage([page(nested)]), "deep.ofd", DEFAULT_LIMITS);
    assert.equal(decoded.text, "深层嵌套的文字");
  });

  test("an encrypted OFD (GM/T 0099 Encryptions.xml, or encrypted zip entries) is refused", async () => {
    const encryptions = {
      name: "Encryptions.xml",
      data: deflateRawSync(Buffer.from("<Encryptions/>")),
      size: 14,
    };
    await refuse(ofdPackage([page(text("机密"))], [encryptions]), "unsupported", /已加密/);
    const zip = Buffer.from(makeOfd(["标题", "正文"]));
    // set the "encrypted" flag of every entry in the central directory
    for (
      let at = zip.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
      at >= 0;
      at = zip.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]), at + 4)
    )
      zip.writeUInt16LE(zip.readUInt16LE(at + 8) | 1, at + 8);
    await refuse(new Uint8Array(zip), "unsupported", /已加密/);
  });

  test("a missing page part, more pages than allowed, more text than allowed", async () => {
    const ofd = Buffer.from(makeOfd(["标题", "正文"]));
    const broken = Buffer.from(ofd);
    const name = Buffer.from("Doc_0/Pages/Page_0/Content.xml");
    for (let at = broken.indexOf(name); at >= 0; at = broken.indexOf(name, at + 1))
      broken.write("X", at + 16);
    await refuse(new Uint8Array(broken), "corrupt", /缺少 Doc_0\/Pages\/Page_0\/Content\.xml/);
    const many = makeOfd(
      Array.from({ length: 12 }, (_, i) => `第${i}段`),
      { linesPerPage: 1 },
    );
    await refuse(many, "too-large", /页的上限/, resolveLimits({ maxPdfPages: 10 }));
    await refuse(
      makeOfd(["标题", "一".repeat(500)]),
      "too-large",
      /文字超过上限/,
      resolveLimits({ maxTextChars: 100 }),
    );
  });
});

// OFD files made by the tests: paragraphs laid out the way official documents are (A4, 28
// characters a line, paragraphs indented two characters, the title centred), so the decoder's
// line and paragraph inference is checked on known text. Real OFDs from other writers are in
// test/fixtures/formats/.
import { deflateRawSync } from "node:zlib";
import { type ZipPart, zipOf } from "./zip.ts";

export interface OfdLayout {
  charsPerLine?: number;
  linesPerPage?: number;
  /** draw every glyph as its own TextObject (as some converters do) instead of one per line */
  glyphByGlyph?: boolean;
  /** a page number ("- 1 -") at the foot of every page */
  pageNumbers?: boolean;
}

const SIZE = 5.6; // 三号 (16 pt) in millimetres
const LEFT = 28;
const TOP = 37;
const LEADING = 10;

const escapeXml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

export function makeOfd(paragraphs: string[], layout: OfdLayout = {}): Uint8Array {
  const perLine = layout.charsPerLine ?? 28;
  const perPage = layout.linesPerPage ?? 22;
  // visual lines: [x offset in characters, text]
  const lines: Array<[number, string]> = [];
  paragraphs.forEach((p, i) => {
    const chars = [...p];
    if (i === 0) {
      lines.push([Math.max(0, (perLine - chars.length) / 2), p]);
      return;
    }
    let first = true;
    for (let at = 0; at < chars.length; ) {
      const room = first ? perLine - 2 : perLine;
      lines.push([first ? 2 : 0, chars.slice(at, at + room).join("")]);
      at += room;
      first = false;
    }
  });
  const pages: string[] = [];
  let id = 10;
  for (let p = 0; p * perPage < lines.length; p++) {
    const objects: string[] = [];
    const text = (x: number, y: number, s: string) => {
      const n = [...s].length;
      const deltas = n > 1 ? ` DeltaX="g ${n - 1} ${SIZE}"` : "";
      objects.push(
        `<ofd:TextObject ID="${id++}" Boundary="${x} ${y} ${n * SIZE + 1} ${SIZE * 1.5}" Font="1" Size="${SIZE}">` +
          `<ofd:TextCode X="0" Y="${SIZE}"${deltas}>${escapeXml(s)}</ofd:TextCode></ofd:TextObject>`,
      );
    };
    lines.slice(p * perPage, (p + 1) * perPage).forEach(([indent, s], k) => {
      const y = TOP + k * LEADING;
      if (!layout.glyphByGlyph) text(LEFT + indent * SIZE, y, s);
      else for (const [c, ch] of [...s].entries()) text(LEFT + (indent + c) * SIZE, y, ch);
    });
    if (layout.pageNumbers) text(LEFT + perLine * SIZE - 6 * SIZE, 270, `- ${p + 1} -`);
    pages.push(
      `<?xml version="1.0" encoding="UTF-8"?><ofd:Page xmlns:ofd="http://www.ofdspec.org/2016"><ofd:Content>` +
        `<ofd:Layer ID="${id++}">${objects.join("")}</ofd:Layer></ofd:Content></ofd:Page>`,
    );
  }
  return ofdPackage(pages);
}

const part = (name: string, xml: string): ZipPart => {
  const data = Buffer.from(xml);
  return { name, data: deflateRawSync(data), size: data.length };
};

/** An OFD package around the given pages' Content.xml, with any extra parts. */
export function ofdPackage(pages: string[], extra: ZipPart[] = []): Uint8Array {
  return zipOf([
    part(
      "OFD.xml",
      '<?xml version="1.0" encoding="UTF-8"?><ofd:OFD xmlns:ofd="http://www.ofdspec.org/2016" Version="1.0" DocType="OFD">' +
        "<ofd:DocBody><ofd:DocInfo><ofd:DocID>test</ofd:DocID></ofd:DocInfo><ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>",
    ),
    part(
      "Doc_0/Document.xml",
      '<?xml version="1.0" encoding="UTF-8"?><ofd:Document xmlns:ofd="http://www.ofdspec.org/2016"><ofd:CommonData>' +
        "<ofd:MaxUnitID>1</ofd:MaxUnitID><ofd:PageArea><ofd:PhysicalBox>0 0 210 297</ofd:PhysicalBox></ofd:PageArea></ofd:CommonData><ofd:Pages>" +
        pages.map((_, i) => `<ofd:Page ID="${i + 1}" BaseLoc="Pages/Page_${i}/Content.xml"/>`).join("") +
        "</ofd:Pages></ofd:Document>",
    ),
    ...pages.map((xml, i) => part(`Doc_0/Pages/Page_${i}/Content.xml`, xml)),
    ...extra,
  ]);
}

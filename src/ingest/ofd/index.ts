// OFD (GB/T 33190, the national fixed-layout format) → text: every page's TextCode runs in page
// order, laid out into lines and paragraphs by position. Only the parts that hold text are
// inflated (fonts, images and signatures are never touched), each within the archive's budget.
import { InputError } from "../errors.ts";
import type { Limits } from "../limits.ts";
import { pageContent, type TextRun } from "./content.ts";
import { joinLines, pageLines } from "./layout.ts";
import { listZipEntries } from "../zip-guard.ts";
import { isOfdArchive, openOfd } from "./package.ts";

export { isOfdArchive } from "./package.ts";

/** True for a ZIP whose directory names OFD.xml; never throws. */
export function isOfdFile(bytes: Uint8Array): boolean {
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) return false;
  try {
    return isOfdArchive(listZipEntries(bytes, ""));
  } catch {
    return false;
  }
}

export function ofdToText(bytes: Uint8Array, file: string, limits: Limits): string {
  const ofd = openOfd(bytes, file, limits);
  if (!ofd.pages.length) throw new InputError("empty", file, "OFD 文件中没有页面");
  // a template (letterhead, page footer) is shared by many pages: read it once
  const templateRuns = new Map<string, TextRun[]>();
  const runsOfTemplate = (id: string) => {
    const part = ofd.templates.get(id);
    if (!part) return [];
    let runs = templateRuns.get(part);
    if (!runs) {
      runs = pageContent(ofd.read(part), file, part, limits.maxTextChars).runs;
      templateRuns.set(part, runs);
    }
    return runs;
  };
  let chars = 0;
  const pages = ofd.pages.map((part) => {
    const content = pageContent(ofd.read(part), file, part, limits.maxTextChars - chars);
    const runs = [...content.templates.flatMap(runsOfTemplate), ...content.runs];
    for (const r of runs) chars += r.text.length;
    if (chars > limits.maxTextChars) throw new InputError("too-large", file, "OFD 文字超过上限");
    return pageLines(runs);
  });
  const text = joinLines(pages);
  if (!text.replace(/\s/g, "")) {
    throw new InputError(
      "no-text-layer",
      file,
      `OFD 共 ${ofd.pages.length} 页，但没有文字（可能是扫描图像），请导出为 PDF 后再导入`,
    );
  }
  return text;
}

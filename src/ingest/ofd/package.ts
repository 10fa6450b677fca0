// The OFD package (GB/T 33190 §7): OFD.xml lists documents (DocBody → DocRoot); each
// Document.xml lists its pages in order (Pages → Page BaseLoc) and the templates pages draw
// under or over themselves (CommonData → TemplatePage). Paths are relative to the file that
// names them, or absolute from the package root when they start with "/".
import { posix } from "node:path";
import { InputError } from "../errors.ts";
import type { Limits } from "../limits.ts";
import { listZipEntries, type ZipEntry } from "../zip-guard.ts";
import { inflateBudget, readZipEntry } from "../zip-read.ts";
import { walkXml, xmlString } from "../xml.ts";
import { isOfdArchive } from "../signatures.ts";

export interface OfdPackage {
  /** each page's Content.xml, in page order */
  pages: string[];
  /** template page ID → its Content.xml */
  templates: Map<string, string>;
  /** inflates one part, within the archive's budget, as a string */
  read(part: string): string;
}

const resolvePart = (from: string, loc: string) =>
  loc.startsWith("/") ? posix.normalize(loc.slice(1)) : posix.normalize(posix.join(posix.dirname(from), loc));

// a BaseLoc names a Content.xml; some writers name the page's folder instead
const contentPart = (from: string, loc: string) => {
  const part = resolvePart(from, loc);
  return part.toLowerCase().endsWith(".xml") ? part : posix.join(part, "Content.xml");
};

export { isOfdArchive };

export function openOfd(bytes: Uint8Array, file: string, limits: Limits): OfdPackage {
  const entries = listZipEntries(bytes, file);
  if (!isOfdArchive(entries)) throw new InputError("corrupt", file, "压缩包中没有 OFD.xml，不是 OFD 文件");
  if (entries.some((e) => /(^|\/)encryptions\.xml$/i.test(e.name)))
    throw new InputError("unsupported", file, "OFD 文件已加密，请导出未加密的版本后再导入");
  const byName = new Map<string, ZipEntry>();
  for (const e of entries) byName.set(e.name.replace(/^\//, "").toLowerCase(), e);
  const budget = inflateBudget(limits);
  const read = (part: string) => {
    const entry = byName.get(part.toLowerCase());
    if (!entry) throw new InputError("corrupt", file, `OFD 包中缺少 ${part}`);
    return xmlString(readZipEntry(bytes, entry, file, budget));
  };

  const docRoots: string[] = [];
  let inDocRoot = false;
  walkXml(read("OFD.xml"), file, "OFD.xml", {
    open: (name) => {
      inDocRoot = name === "DocRoot";
      if (inDocRoot) docRoots.push("");
    },
    text: (t) => {
      if (inDocRoot) docRoots[docRoots.length - 1] += t.trim();
    },
    close: () => {
      inDocRoot = false;
    },
  });
  if (!docRoots.some(Boolean)) throw new InputError("corrupt", file, "OFD.xml 中没有文档入口（DocRoot）");

  const pages: string[] = [];
  const templates = new Map<string, string>();
  for (const root of docRoots.filter(Boolean)) {
    const docPath = resolvePart("OFD.xml", root);
    walkXml(read(docPath), file, docPath, {
      open: (name, a) => {
        if (name === "TemplatePage" && a.ID && a.BaseLoc)
          templates.set(a.ID, contentPart(docPath, a.BaseLoc));
        if (name !== "Page" || !a.BaseLoc) return;
        if (pages.length >= limits.maxPdfPages)
          throw new InputError("too-large", file, `OFD 超过 ${limits.maxPdfPages} 页的上限`);
        pages.push(contentPart(docPath, a.BaseLoc));
      },
    });
  }
  return { pages, templates, read };
}

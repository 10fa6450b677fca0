// Whether a file's name says what the document is (长治市2023年年度报告.txt), so that an
// untitled document is listed by it, or was given by a program (新建 Microsoft Word 文档.docx,
// 未命名.docx, a scanner's scan_0012.pdf, an old demo file's 000_759704e5000b19aa.txt).
import { COPY_MARKS, PLACEHOLDER_NAMES } from "./placeholder-names.ts";

const PLACEHOLDER = new RegExp(PLACEHOLDER_NAMES.map((p) => `(?:${p.source})`).join("|"), "i");

/** The name without its folder (a file from a zip) and its extension. */
const stem = (name: string) => (name.split(/[/\\]/).pop() ?? name).replace(/\.[A-Za-z0-9]{1,5}$/, "").trim();

/** A file name a person gave: Chinese words in it, once the marks of a copy are taken off, and
 *  not a name a program gives a new document. */
export function descriptiveName(name: string): boolean {
  let given = stem(name);
  // one mark at a time, each time from the first: a copy of a copy (新建 Microsoft Word 文档 -
  // 副本 - 副本) has its last " - 副本" taken off, and the macOS mark (" 副本") must not then take
  // the " 副本" of the one before, leaving "新建 Microsoft Word 文档 -", which no placeholder is
  for (let before = ""; before !== given; ) {
    before = given;
    for (const mark of COPY_MARKS) {
      given = given.replace(mark, "").trim();
      if (given !== before) break;
    }
  }
  return /\p{Script=Han}/u.test(given) && !PLACEHOLDER.test(given);
}

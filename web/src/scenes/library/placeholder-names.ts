// File names that a program gave, not the person (a new file's default name, a copy's mark, a
// counter): a document untitled but named so says nothing by its name. Data for file-names.ts;
// each pattern with a sample it matches. Matched against the name without its folder and its
// extension, spaces as they come (Windows puts some, WPS none).

/** Marks a program adds to a name it copies or saves again, taken off (repeatedly) before the
 *  name is judged: what remains is the name the person gave, if any. */
export const COPY_MARKS: readonly RegExp[] = [
  // Windows 7 and later: 新建 Microsoft Word 文档 - 副本, 年度报告 - 副本 (2)
  /\s*-\s*副本(\s*[(（]\d+[)）])?$/,
  // macOS: 年度报告 副本, 年度报告 副本 2
  /\s+副本(\s*\d+)?$/,
  // Windows XP: 复件 新建文本文档, 复件 (2) 新建文本文档; a copy named 副本 年度报告
  /^(复件|副本)\s*([(（]\d+[)）])?\s*[-_]?\s*/,
  // a browser's or a chat program's second download of a name: 新建文档(1), 未命名 (2), 文档（3）
  /\s*[(（]\d+[)）]$/,
];

/** Whole names (after COPY_MARKS) that programs give a new document. */
export const PLACEHOLDER_NAMES: readonly RegExp[] = [
  // Windows' 新建 menu, Office installed: 新建 Microsoft Word 文档, 新建 Microsoft Office Word 文档,
  // 新建 Microsoft Word 97-2003 文档; without Office: 新建文档
  /^新建\s*(Microsoft\s*(Office\s*)?Word\s*(97-2003\s*)?)?文档$/i,
  // Windows' 新建 menu for a text file: 新建文本文档
  /^新建\s*文本文档$/,
  // WPS's 新建 menu: 新建 DOCX 文档, 新建 DOC 文档, 新建 WPS文字 文档, 新建 PDF 文档, 新建 OFD 文档
  /^新建\s*(DOCX?|WPS\s*文字|WPS|PDF|OFD)\s*文档$/i,
  // Word's name for an unsaved document, kept on first save: 文档1; WPS's: 文字文稿1
  /^(文档|文字文稿)\s*\d*$/,
  // macOS, Pages and web editors: 未命名, 未命名文档, 未命名文稿 2, 无标题, 无标题文档; Adobe's
  // InDesign, Illustrator, Photoshop (a PDF exported keeps it): 未命名-1, 无标题-2
  /^(未命名|无标题)\s*(文档|文稿|文件)?\s*-?\s*\d*$/,
];

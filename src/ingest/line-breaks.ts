// What tells a page's line break inside a sentence from a paragraph's end, for every reader that
// gets lines broken by a page (PDF text layers, OCR, text copied out of a PDF). Data only.

/** A line ending so closes its sentence or clause. */
export const SENTENCE_END = /[。！？；：:!?;」』”）)】]$/;
/** A page's number alone on a line: 3, — 3 —, 第3页, 3/12. */
export const PAGE_NUMBER = /^[-—–\s]*(第\s*)?\d{1,4}(\s*页)?[-—–\s]*$|^\d+\s*\/\s*\d+$/;
/** A heading's number at a line's start (一、 (三) 2.) — not a decimal (13.6%). */
export const HEADING_START =
  /^(\s*[一二三四五六七八九十]+、|\s*[（(][一二三四五六七八九十\d]+[)）]|\s*\d+[.．、](?!\d))/;

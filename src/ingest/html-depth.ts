// Bounds how deep an HTML page nests before a DOM is built: a page nested 200,000 deep costs
// the DOM library quadratic time and overflows any recursive walk. Elements past the limit
// are flattened: their tags are dropped (block tags become <br>, so lines stay apart) and
// their text is kept.

/** deeper than any real page; far below what costs time or stack */
export const MAX_HTML_DEPTH = 512;

const VOID = new Set("area base br col embed hr img input link meta param source track wbr".split(" "));

/** comments, raw-text elements (their content is not markup), and tags */
const TOKEN =
  /<!--[\s\S]*?(?:-->|$)|<(script|style|textarea|title|xmp)\b[^>]*>[\s\S]*?(?:<\/\1\s*>|$)|<(\/?)([a-zA-Z][\w:-]*)[^>]*>/gi;

export interface Flattened {
  html: string;
  /** how many elements were flattened (0: the page is returned unchanged) */
  flattened: number;
}

export function flattenDeepNesting(
  html: string,
  isBlock: (name: string) => boolean,
  max = MAX_HTML_DEPTH,
): Flattened {
  const open: string[] = []; // the elements a parser would have open, at most `max`
  const suppressed = new Map<string, number>(); // flattened elements still open, by name
  const parts: string[] = [];
  let last = 0;
  let flattened = 0;
  let brokeLine = false;
  for (const m of html.matchAll(TOKEN)) {
    const name = m[3]?.toLowerCase();
    if (!name || VOID.has(name) || m[0].endsWith("/>")) continue;
    let drop = false;
    if (m[2] !== "/") {
      if (open.length < max) open.push(name);
      else {
        suppressed.set(name, (suppressed.get(name) ?? 0) + 1);
        flattened++;
        drop = true;
      }
    } else if ((suppressed.get(name) ?? 0) > 0) {
      suppressed.set(name, (suppressed.get(name) ?? 0) - 1);
      drop = true;
    } else {
      const at = open.lastIndexOf(name); // a parser closes up to the matching element, or ignores it
      if (at >= 0) open.length = at;
    }
    if (drop) {
      // one <br> for a run of dropped tags with no text between them
      const between = html.slice(last, m.index);
      const br: boolean = isBlock(name) && (between !== "" || !brokeLine);
      parts.push(between, br ? "<br>" : "");
      brokeLine = br || (brokeLine && between === "");
      last = m.index + m[0].length;
    }
  }
  if (flattened === 0) return { html, flattened };
  parts.push(html.slice(last));
  return { html: parts.join(""), flattened };
}

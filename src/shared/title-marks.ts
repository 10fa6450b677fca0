// Book-title marks in a title as a reader expects them. Web pages write a title quoted inside a
// title with ASCII angle brackets (《长治市贯彻落实<法治政府建设实施纲要(2015-2020年)>的实施方案》):
// the engine keeps the title verbatim (its span points into the original), and what is shown
// is written here — the cited title in 《》, or in 〈〉 where the whole title stands in 《》 (a
// citation, an official opinion). Marks of mixed kinds (《…>, ‹…〉) pair by nesting; a mark
// without its partner is dropped (a page cut 》 off, or kept a stray <).
// Shared by the server's presenters and the client (web/src imports src/shared).

/** Every character used as an opening book-title mark: ASCII and full-width less-than, single
 *  and double guillemets, 〈 and 《. */
const OPEN = new Set(["<", "＜", "‹", "«", "〈", "《"]);
const CLOSE = new Set([">", "＞", "›", "»", "〉", "》"]);

/**
 * The title with its book-title marks paired and written as Chinese marks: 《》 outermost, 〈〉
 * inside them. `quoted`: the caller puts the whole title in 《》, so its first level is 〈〉.
 */
export function titleMarks(title: string, quoted = false): string {
  if (![...title].some((c) => OPEN.has(c) || CLOSE.has(c))) return title;
  const chars = [...title];
  const open: number[] = [];
  const mark = new Map<number, string>();
  for (const [i, c] of chars.entries()) {
    if (OPEN.has(c)) open.push(i);
    else if (CLOSE.has(c)) {
      const from = open.pop();
      if (from === undefined) {
        mark.set(i, ""); // a closing mark with no opening one
        continue;
      }
      const inner = open.length > 0 || quoted;
      mark.set(from, inner ? "〈" : "《");
      mark.set(i, inner ? "〉" : "》");
    }
  }
  for (const i of open) mark.set(i, ""); // an opening mark never closed
  return chars.map((c, i) => mark.get(i) ?? c).join("");
}

/** A title cited as a document's name inside 《》 (《长治市贯彻落实〈…〉的实施方案》). */
export const citedTitle = (title: string): string => `《${titleMarks(title, true)}》`;

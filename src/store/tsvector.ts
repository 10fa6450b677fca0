// The stored search vector made from the index tokens off the database (in the analysis
// worker): the text form of exactly what `to_tsvector('simple', tokens)` makes, which the
// database only has to read (`::tsvector`) instead of parsing the text again — that parse was
// most of the database's work per stored document. Exact only for tokens the text-search parser
// takes whole under any locale (lower-case ASCII letters and digits, CJK ideographs); for any
// other token the answer is null and the database parses the tokens as before.

/** Tokens read as one word each by the parser, under the C locale as under a glibc one. */
const PLAIN = /^[a-z0-9\u4e00-\u9fff]{1,200}$/;

/** Positions the vector keeps (larger ones are stored as this one). */
const MAX_POSITION = 16383;

/** `to_tsvector('simple', tokens)` as tsvector text, or null when it cannot be made here exactly. */
export function tsvectorText(tokens: string): string | null {
  const positions = new Map<string, number[]>();
  let position = 0;
  for (const token of tokens.split(" ")) {
    if (token === "") continue;
    if (!PLAIN.test(token)) return null;
    position = Math.min(position + 1, MAX_POSITION);
    const list = positions.get(token);
    if (list === undefined) positions.set(token, [position]);
    else if (list[list.length - 1] !== position && list.length < 255) list.push(position);
  }
  const parts: string[] = [];
  for (const [lexeme, list] of positions) parts.push(`${lexeme}:${list.join(",")}`);
  return parts.join(" ");
}

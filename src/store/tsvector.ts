// The stored search vector made from the index tokens off the database (in the analysis
// worker): the text form of exactly what `to_tsvector('simple', tokens)` makes, which the
// database only has to read (`::tsvector`) instead of parsing the text again — that parse was
// most of the database's work per stored document. Exact only for tokens the text-search parser
// takes whole under any locale (lower-case ASCII letters and digits, CJK ideographs); for any
// other token the answer is null and the database parses the tokens as before.
// The compact vector search ranks on (`search_salient`, migration 0011) is made here from the
// same positions, so that the database does not sort every document's words again.

/** Tokens read as one word each by the parser, under the C locale as under a glibc one. */
const PLAIN = /^[a-z0-9\u4e00-\u9fff]{1,200}$/;

/** Whether the parser takes the token whole (so that the vector can be made here). */
export const isPlainToken = (token: string): boolean => PLAIN.test(token);

/** Positions the vector keeps (larger ones are stored as this one). */
const MAX_POSITION = 16383;

/** A vector made token by token, in the tokens' order (as the tokens are made: no second pass). */
export class VectorText {
  private readonly positions = new Map<string, number[]>();
  private position = 0;
  private exact = true;

  /** The next token; `plain` is `isPlainToken(token)`, which the caller may have remembered. */
  add(token: string, plain: boolean): void {
    if (!plain) this.exact = false;
    if (!this.exact) return;
    this.position = Math.min(this.position + 1, MAX_POSITION);
    const list = this.positions.get(token);
    if (list === undefined) this.positions.set(token, [this.position]);
    else if (list[list.length - 1] !== this.position && list.length < 255) list.push(this.position);
  }

  /** `to_tsvector('simple', tokens)` as tsvector text, or null when it cannot be made here exactly. */
  text(): string | null {
    if (!this.exact) return null;
    const parts: string[] = [];
    for (const [lexeme, list] of this.positions) parts.push(`${lexeme}:${list.join(",")}`);
    return parts.join(" ");
  }

  /**
   * `search_salient(vector)` as tsvector text, or null when the vector is not made here: the
   * SALIENT_WORDS lexemes with most positions, longer first among equals, then in byte order
   * (code unit order is byte order for the plain tokens, which are all in the Basic Multilingual Plane).
   */
  salientText(): string | null {
    if (!this.exact) return null;
    const entries = [...this.positions];
    if (entries.length > SALIENT_WORDS)
      entries.sort(
        ([a, p], [b, q]) => q.length - p.length || b.length - a.length || (a < b ? -1 : a > b ? 1 : 0),
      );
    const parts: string[] = [];
    for (const [lexeme, list] of entries.slice(0, SALIENT_WORDS)) parts.push(`${lexeme}:${list.join(",")}`);
    return parts.join(" ");
  }
}

/** Lexemes kept by `search_salient` (its `offset 256`). */
const SALIENT_WORDS = 256;

/** `to_tsvector('simple', tokens)` as tsvector text, or null when it cannot be made here exactly. */
export function tsvectorText(tokens: string): string | null {
  const vector = new VectorText();
  for (const token of tokens.split(" ")) if (token !== "") vector.add(token, isPlainToken(token));
  return vector.text();
}

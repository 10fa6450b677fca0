// The text forms of the search vectors, made token by token: what the tests compare the
// worker's binary vectors (src/store/search.ts indexText) and the database's own against.
import {
  addPosition,
  isPlainToken,
  MAX_POSITION,
  salientBinaryOf,
  salientOf,
  type VectorEntry,
  vectorBinaryOf,
} from "../../src/store/tsvector.ts";

function entryText({ token, positions }: VectorEntry): string {
  let text = `${token}:${positions[0]}`;
  for (let k = 1; k < positions.length; k++) text += `,${positions[k]}`;
  return text;
}

/** The tsvector text of lexemes (each once). */
export function vectorTextOf(entries: readonly VectorEntry[]): string {
  const parts = new Array<string>(entries.length);
  for (let k = 0; k < entries.length; k++) parts[k] = entryText(entries[k]);
  return parts.join(" ");
}

/**
 * `search_salient(vector)` as tsvector text: the SALIENT_WORDS lexemes with most positions,
 * longer first among equals, then in byte order (code unit order is byte order for the plain
 * tokens, which are all in the Basic Multilingual Plane). Only the group at the cut is sorted.
 */
export const salientTextOf = (entries: readonly VectorEntry[]): string => vectorTextOf(salientOf(entries));

/** A vector made token by token, in the tokens' order. */
export class VectorText {
  private readonly entries = new Map<string, VectorEntry>();
  private position = 0;
  private exact = true;

  /** The next token; `plain` is `isPlainToken(token)`, which the caller may have remembered. */
  add(token: string, plain: boolean): void {
    if (!plain) this.exact = false;
    if (!this.exact) return;
    this.position = Math.min(this.position + 1, MAX_POSITION);
    const entry = this.entries.get(token);
    if (entry === undefined) this.entries.set(token, { token, positions: [this.position] });
    else addPosition(entry, this.position);
  }

  /** `to_tsvector('simple', tokens)` as tsvector text, or null when it cannot be made here exactly. */
  text(): string | null {
    return this.exact ? vectorTextOf([...this.entries.values()]) : null;
  }

  /** `search_salient(vector)` as tsvector text, or null when the vector is not made here. */
  salientText(): string | null {
    return this.exact ? salientTextOf([...this.entries.values()]) : null;
  }

  /** The vector and its compact one in binary form (vectorBinaryOf), or null when not made here. */
  binary(): { vector: Uint8Array; salient: Uint8Array } | null {
    if (!this.exact) return null;
    const entries = [...this.entries.values()];
    return { vector: vectorBinaryOf(entries), salient: salientBinaryOf(entries) };
  }
}

/** The vector of space-separated tokens, built token by token. */
export function vectorOfTokens(tokens: string): VectorText {
  const vector = new VectorText();
  for (const token of tokens.split(" ")) if (token !== "") vector.add(token, isPlainToken(token));
  return vector;
}

/** `to_tsvector('simple', tokens)` as tsvector text, or null when it cannot be made here exactly. */
export const tsvectorText = (tokens: string): string | null => vectorOfTokens(tokens).text();

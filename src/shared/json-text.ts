// Reading and changing JSON text without parsing it into objects: an answer can then send on the
// JSON the database holds instead of parsing it and writing it again (a document's record: about
// a tenth of its answer's CPU). Both work on valid JSON (as the database keeps it); on anything
// else `objectMembers` answers null.

/** JSON's punctuation, as character codes. */
const [QUOTE, BACKSLASH, COLON, COMMA, OPEN_BRACE, CLOSE_BRACE, OPEN_BRACKET, CLOSE_BRACKET] = [
  ...'"\\:,{}[]',
].map((c) => c.charCodeAt(0));

const isSpace = (c: number) => c === 32 || c === 10 || c === 13 || c === 9;

function skipSpace(json: string, at: number): number {
  while (at < json.length && isSpace(json.charCodeAt(at))) at++;
  return at;
}

/** Where the string that opens at `at` (a quote) ends: just after its closing quote (-1: never). */
function stringEnd(json: string, at: number): number {
  for (let q = json.indexOf('"', at + 1); q >= 0; q = json.indexOf('"', q + 1)) {
    // a quote after an odd number of backslashes is escaped
    let slashes = 0;
    while (json.charCodeAt(q - 1 - slashes) === BACKSLASH) slashes++;
    if (slashes % 2 === 0) return q + 1;
  }
  return -1;
}

/** Where the value that starts at `at` ends (-1: not valid JSON). One pass over its characters
 *  (a call a string would cost more than the loop: a record holds thousands of short strings). */
function valueEnd(json: string, at: number): number {
  const c = json.charCodeAt(at);
  if (c === QUOTE) return stringEnd(json, at);
  if (c === OPEN_BRACE || c === OPEN_BRACKET) {
    let depth = 0;
    let inString = false;
    for (let k = at; k < json.length; k++) {
      const d = json.charCodeAt(k);
      if (inString) {
        if (d === BACKSLASH) k++;
        else if (d === QUOTE) inString = false;
      } else if (d === QUOTE) inString = true;
      else if (d === OPEN_BRACE || d === OPEN_BRACKET) depth++;
      else if ((d === CLOSE_BRACE || d === CLOSE_BRACKET) && --depth === 0) return k + 1;
    }
    return -1;
  }
  // a number, true, false or null: up to the next delimiter
  let k = at;
  while (k < json.length) {
    const d = json.charCodeAt(k);
    if (d === COMMA || d === CLOSE_BRACE || d === CLOSE_BRACKET || isSpace(d)) break;
    k++;
  }
  return k > at ? k : -1;
}

/** The members of a JSON object, each value as its JSON text, in their order; null when the
 *  text is not a JSON object. */
export function objectMembers(json: string): Map<string, string> | null {
  const out = new Map<string, string>();
  let k = skipSpace(json, 0);
  if (json.charCodeAt(k) !== OPEN_BRACE) return null;
  k = skipSpace(json, k + 1);
  if (json.charCodeAt(k) === CLOSE_BRACE) return out;
  for (;;) {
    if (json.charCodeAt(k) !== QUOTE) return null;
    const keyEnd = stringEnd(json, k);
    if (keyEnd < 0) return null;
    const key = JSON.parse(json.slice(k, keyEnd)) as string;
    k = skipSpace(json, keyEnd);
    if (json.charCodeAt(k) !== COLON) return null;
    const from = skipSpace(json, k + 1);
    const to = valueEnd(json, from);
    if (to < 0) return null;
    out.set(key, json.slice(from, to));
    k = skipSpace(json, to);
    const c = json.charCodeAt(k);
    if (c === CLOSE_BRACE) return skipSpace(json, k + 1) === json.length ? out : null;
    if (c !== COMMA) return null;
    k = skipSpace(json, k + 1);
  }
}

/**
 * The JSON with the keys named in `renames` renamed, in objects at any depth (values, and keys
 * not named, stay as they are), a key matched as JSON.stringify writes it (no escapes where none
 * are needed). A quote not escaped (after an even number of backslashes) is where a string
 * starts or ends; one followed by the name and a quote cannot end a string (a string is followed
 * by `,`, `:`, `]` or `}`), so it starts the name: a key when a colon follows.
 */
export function renameKeys(json: string, renames: Readonly<Record<string, string>>): string {
  const found: Array<{ at: number; from: string; to: string }> = [];
  for (const [name, to] of Object.entries(renames)) {
    const from = JSON.stringify(name);
    for (let at = json.indexOf(from); at >= 0; at = json.indexOf(from, at + from.length)) {
      let slashes = 0;
      while (json.charCodeAt(at - 1 - slashes) === BACKSLASH) slashes++;
      if (slashes % 2 === 0 && json.charCodeAt(skipSpace(json, at + from.length)) === COLON)
        found.push({ at, from, to: JSON.stringify(to) });
    }
  }
  if (found.length === 0) return json;
  found.sort((a, b) => a.at - b.at);
  let out = "";
  let copied = 0;
  for (const { at, from, to } of found) {
    out += json.slice(copied, at) + to;
    copied = at + from.length;
  }
  return out + json.slice(copied);
}

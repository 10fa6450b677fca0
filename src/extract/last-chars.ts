// The characters a regular expression's match can end with, read from its source: the
// indicator objects are alternations of words (纠纷|矛盾|案件), so a subject can skip every
// object whose last characters its own last character is not among. Null when the source
// ends in something this reading does not follow (a class, a wildcard, a repetition).

/** Splits a source at its top-level `|` (outside groups, classes and escapes). */
function alternatives(source: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let inClass = false;
  let from = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === "\\") {
      i++;
      continue;
    }
    if (inClass) {
      if (c === "]") inClass = false;
      continue;
    }
    if (c === "[") inClass = true;
    else if (c === "(") depth++;
    else if (c === ")") depth--;
    else if (c === "|" && depth === 0) {
      out.push(source.slice(from, i));
      from = i + 1;
    }
  }
  out.push(source.slice(from));
  return out;
}

/** Where the atom that ends `s` begins: a group, an escaped or a plain character. */
function lastAtomStart(s: string): number | null {
  const end = s.length - 1;
  if (end >= 1 && s[end - 1] === "\\") return end - 1;
  if (s[end] === ")") {
    let depth = 0;
    for (let i = end; i >= 0; i--) {
      if (s[i] === ")" && s[i - 1] !== "\\") depth++;
      else if (s[i] === "(" && s[i - 1] !== "\\") {
        depth--;
        if (depth === 0) return i;
      }
    }
    return null;
  }
  if ("]}*+.".includes(s[end])) return null;
  return end;
}

function lastOf(alternative: string): Set<string> | null {
  if (alternative === "") return null;
  let s = alternative;
  let optional = false;
  if (s.endsWith("?") && !s.endsWith("\\?")) {
    optional = true;
    s = s.slice(0, -1);
  }
  const at = lastAtomStart(s);
  if (at === null) return null;
  const atom = s.slice(at);
  const rest = s.slice(0, at);
  let chars: Set<string> | null;
  if (atom.startsWith("(?<") || atom.startsWith("(?=") || atom.startsWith("(?!")) {
    // a lookaround consumes nothing: the match ends where the text before it ends
    return rest ? lastOf(rest) : null;
  } else if (atom.startsWith("(")) {
    chars = lastChars(atom.slice(atom.startsWith("(?:") ? 3 : 1, -1));
  } else {
    chars = new Set([atom.startsWith("\\") ? atom[1] : atom]);
  }
  if (chars && optional) {
    const before = rest ? lastOf(rest) : null;
    if (!before) return null;
    for (const c of before) chars.add(c);
  }
  return chars;
}

/** The last characters any match of `source` can end with, or null when unknown. */
export function lastChars(source: string): Set<string> | null {
  const all = new Set<string>();
  for (const alternative of alternatives(source)) {
    const chars = lastOf(alternative);
    if (!chars) return null;
    for (const c of chars) all.add(c);
  }
  return all;
}

// Work, not time: the characters that string searches and regular expressions go over, and
// the elements that array searches visit, while a function runs. Counted by wrapping the
// built-ins (a patched RegExp#exec also carries test, match, matchAll, replace, split and
// search), so a stage that searches to the end of the text — or through every item found so
// far — once per item shows up as quadratic, however fast the machine.

type Exec = typeof RegExp.prototype.exec;
// array searches that may visit every element (counted at full length: an upper bound)
const ARRAY_SEARCHES = [
  "some",
  "every",
  "find",
  "findIndex",
  "findLast",
  "filter",
  "includes",
  "indexOf",
] as const;

export function countWork(run: () => void): number {
  let work = 0;
  const exec: Exec = RegExp.prototype.exec;
  const indexOf = String.prototype.indexOf;
  const includes = String.prototype.includes;
  const lastIndexOf = String.prototype.lastIndexOf;
  const slice = String.prototype.slice;
  const arrays = ARRAY_SEARCHES.map((name) => [name, Array.prototype[name]] as const);
  for (const [name, original] of arrays) {
    Object.defineProperty(Array.prototype, name, {
      configurable: true,
      writable: true,
      value(this: unknown[], ...args: unknown[]) {
        work += this.length + 1;
        return (original as (...a: unknown[]) => unknown).apply(this, args);
      },
    });
  }
  RegExp.prototype.exec = function (this: RegExp, input: string) {
    const from = this.global || this.sticky ? this.lastIndex : 0;
    const m = exec.call(this, input);
    // a sticky expression tries one position only
    work += this.sticky
      ? (m?.[0].length ?? 0) + 1
      : (m ? m.index + m[0].length : String(input).length) - from + 1;
    return m;
  };
  String.prototype.indexOf = function (this: string, search: string, position?: number) {
    const at = indexOf.call(this, search, position);
    work += (at >= 0 ? at + search.length : this.length) - (position ?? 0) + 1;
    return at;
  };
  String.prototype.includes = function (this: string, search: string, position?: number) {
    const at = indexOf.call(this, search, position);
    work += (at >= 0 ? at + search.length : this.length) - (position ?? 0) + 1;
    return at >= 0;
  };
  String.prototype.lastIndexOf = function (this: string, search: string, position?: number) {
    const at = lastIndexOf.call(this, search, position);
    work += (position ?? this.length) - Math.max(at, 0) + 1;
    return at;
  };
  String.prototype.slice = function (this: string, start?: number, end?: number) {
    const s = slice.call(this, start, end);
    work += s.length + 1;
    return s;
  };
  try {
    run();
  } finally {
    RegExp.prototype.exec = exec;
    String.prototype.indexOf = indexOf;
    String.prototype.includes = includes;
    String.prototype.lastIndexOf = lastIndexOf;
    String.prototype.slice = slice;
    for (const [name, original] of arrays)
      Object.defineProperty(Array.prototype, name, { configurable: true, writable: true, value: original });
  }
  return work;
}

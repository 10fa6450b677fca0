// Snippets: the passages as the search answer shows them. `snippets` looks for the last term's
// places only as far as its passages reach; checked here against the plain form that collects
// every place first (kept below as it was), over random texts made to have many hits, hits at
// the same places, terms inside other terms, the cap on hits, Traditional characters and cut ends;
// and characters written as two UTF-16 units (emoji, 𠀀) at the passages' edges, never split.
import assert from "node:assert/strict";
import { test } from "node:test";
import { type SnippetPart, snippets } from "../src/commands/documents/documents.ts";
import { simplify } from "../src/normalize/script.ts";

/** Every term's places first (up to 200 in all, in the terms' order), then the passages. */
function everyPlaceFirst(
  text: string,
  terms: string[],
  cut: { head: boolean; tail: boolean } = { head: false, tail: false },
): SnippetPart[][] {
  if (terms.length === 0) return [];
  const simple = simplify(text);
  const hits: Array<[number, number]> = [];
  for (const term of terms) {
    for (let k = simple.indexOf(term); k >= 0 && hits.length < 200; k = simple.indexOf(term, k + term.length))
      hits.push([k, k + term.length]);
  }
  hits.sort((a, b) => a[0] - b[0]);
  const out: SnippetPart[][] = [];
  let covered = -1;
  for (const [start] of hits) {
    if (start < covered || out.length >= 3) continue;
    let from = Math.max(0, start - 36);
    let to = Math.min(text.length, start + 72);
    for (const [s, e] of hits) if (s < to && e > to) to = e;
    // an edge inside a character of two UTF-16 units moves out to take it whole
    if (/[\ud800-\udbff]/.test(text[from - 1] ?? "") && /[\udc00-\udfff]/.test(text[from] ?? "")) from--;
    if (/[\ud800-\udbff]/.test(text[to - 1] ?? "") && /[\udc00-\udfff]/.test(text[to] ?? "")) to++;
    const parts: SnippetPart[] = [];
    let at = from;
    for (const [s, e] of hits) {
      if (e <= from || s >= to || s < at) continue;
      if (s > at) parts.push({ text: text.slice(at, s), hit: false });
      parts.push({ text: text.slice(s, e), hit: true });
      at = e;
    }
    if (at < to) parts.push({ text: text.slice(at, to), hit: false });
    for (const p of parts) p.text = p.text.replace(/\s+/g, " ");
    if (from > 0 || cut.head) parts.unshift({ text: "…", hit: false });
    if (to < text.length || cut.tail) parts.push({ text: "…", hit: false });
    out.push(parts);
    covered = to;
  }
  return out;
}

/** A small deterministic generator (the same cases every run). */
function random(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

test("snippets are the passages found with every place of every term", () => {
  // 議 and 復 are written 议 and 复 once simplified, 覆議 复议 (TRADITIONAL_WORDS): found by
  // 行政复议 as the simplified form is; 國 (国 once simplified) bears on no word but 國 itself
  const alphabet = [
    "行",
    "政",
    "复",
    "议",
    "復",
    "議",
    "覆",
    "國",
    "法",
    "治",
    "所",
    " ",
    "\n",
    "。",
    "a",
    "b",
    "宣",
    "传",
  ];
  const words = [
    "行政",
    "复议",
    "行政复议",
    "法治",
    "所",
    "宣传",
    "政复",
    "a",
    "ab",
    "议行",
    "覆盖",
    "議行",
    "國",
  ];
  const next = random(20261205);
  const pick = <T>(xs: T[]) => xs[Math.floor(next() * xs.length)];
  let compared = 0;
  let capped = 0;
  for (let n = 0; n < 4000; n++) {
    // texts from a few characters to a few thousand: sparse hits far apart and dense ones past the cap
    const length = Math.floor(next() ** 2 * 4000);
    const dense = next() < 0.5;
    let text = "";
    const filler = next() < 0.3 ? "國" : "的";
    // every tenth text of a few characters only: the first term's places pass the cap
    const letters = n % 10 === 0 ? ["所", "a", "复", "議"] : alphabet;
    while (text.length < length) text += dense ? pick(letters) : next() < 0.02 ? pick(words) : filler;
    const terms = [...new Set(Array.from({ length: 1 + Math.floor(next() * 3) }, () => pick(words)))];
    const cut = { head: next() < 0.3, tail: next() < 0.3 };
    const expected = everyPlaceFirst(text, terms, cut);
    assert.deepEqual(
      snippets(text, terms, cut),
      expected,
      `${JSON.stringify(terms)} in ${JSON.stringify(text)}`,
    );
    compared++;
    if (terms.length > 1 && simplify(text).split(terms[0]).length > 200) capped++;
  }
  assert.equal(compared, 4000);
  // the cap was reached by a first term in some of the cases (the later terms then get fewer places)
  assert.ok(capped > 10, `only ${capped} cases reached the cap`);
});

test("a term found nowhere, no term, and a term found once give what the plain form gives", () => {
  const text = "一、行政复议工作。\n二、法治宣传。".repeat(3);
  for (const terms of [[], ["司法所"], ["法治", "宣传"], ["宣传", "法治"], ["行政复议", "司法所"]])
    assert.deepEqual(snippets(text, terms), everyPlaceFirst(text, terms));
  // Traditional text: found where the simplified text has the word, whatever else it converts
  const traditional = "行政覆議與行政復議：國家";
  for (const terms of [["行政复议"], ["复议"], ["国家"], ["行政"]])
    assert.deepEqual(snippets(traditional, terms), everyPlaceFirst(traditional, terms));
  assert.deepEqual(
    snippets(traditional, ["行政复议"])[0]
      .filter((p) => p.hit)
      .map((p) => p.text),
    ["行政覆議", "行政復議"],
  );
  assert.deepEqual(
    snippets("工作", ["工作"]).map((p) => p.map((x) => x.text)),
    [["工作"]],
  );
});

test("characters several Traditional ones are simplified into, Traditional terms and empty terms give what the plain form gives", () => {
  // 後 and 后, 於 and 于, 乾 and 干, 發 and 髮 (both 发): a text holding either form, or both, or
  // neither; terms written in either form, overlapping, repeated or empty, found at the text's ends
  const texts = [
    "發展後，於乾旱地區理髮。发展后于干旱地区理发",
    "今后发展干部于基层：全为简体的文本，後字不见",
    "後發先至",
    "以後",
    "理髮店發放",
    "",
    "发".repeat(250) + "後",
  ];
  const termLists = [
    ["发展"],
    ["后"],
    ["後"],
    ["於", "于"],
    ["干旱", "旱地"],
    ["发", "发展"],
    ["发展", "发"],
    [""],
    ["后", ""],
    ["理发", "發放"],
    ["发", "后"],
  ];
  let found = 0;
  for (const text of texts)
    for (const terms of termLists)
      for (const cut of [
        { head: false, tail: false },
        { head: true, tail: true },
      ]) {
        const expected = everyPlaceFirst(text, terms, cut);
        assert.deepEqual(snippets(text, terms, cut), expected, `${JSON.stringify(terms)} in ${text}`);
        if (expected.some((p) => p.some((x) => x.hit && x.text !== ""))) found++;
      }
  assert.ok(found > 40, `only ${found} cases with a hit`);
});

/** Half a surrogate pair at either end of a part: a broken glyph on screen. */
const broken = (part: string) => /^[\udc00-\udfff]|[\ud800-\udbff]$/.test(part);

test("a passage never starts or ends inside a character of two UTF-16 units (emoji, 𠀀)", () => {
  // 30 emoji (60 units) and a letter: the passage's start, 36 units before 行政复议, falls between
  // the two halves of an emoji; its end, 72 after, between those of a 𠀀
  const text = `${"😀".repeat(30)}x行政复议y${"𠀀".repeat(40)}`;
  const [parts] = snippets(text, ["行政复议"]);
  const shown = parts.map((p) => p.text);
  assert.equal(shown[0], "…");
  assert.equal(shown[1], `${"😀".repeat(18)}x`);
  assert.equal(shown[2], "行政复议");
  assert.equal(shown[3], `y${"𠀀".repeat(34)}`);
  assert.equal(shown[4], "…");
  assert.ok(!shown.some(broken), JSON.stringify(shown));
  // a letter more on each side: both edges fall between two characters, nothing is added
  const [other] = snippets(`${"😀".repeat(30)}xz行政复议yz${"𠀀".repeat(40)}`, ["行政复议"]);
  assert.deepEqual(
    other.map((p) => p.text),
    ["…", `${"😀".repeat(17)}xz`, "行政复议", `yz${"𠀀".repeat(33)}`, "…"],
  );
});

test("astral characters anywhere near the cuts: never half a pair, the same passages as the plain form", () => {
  const astral = ["😀", "𠀀", "𝕏", "🇨🇳"];
  const plain = ["行", "政", "复", "议", "法", "治", "。", " ", "\n", "的"];
  const words = ["行政复议", "法治", "复议", "😀", "政"];
  const next = random(20261206);
  const pick = <T>(xs: T[]) => xs[Math.floor(next() * xs.length)];
  let split = 0;
  for (let n = 0; n < 3000; n++) {
    const length = Math.floor(next() * 600);
    const share = next();
    let text = "";
    while (text.length < length)
      text += next() < share ? pick(astral) : next() < 0.05 ? pick(words) : pick(plain);
    const terms = [...new Set(Array.from({ length: 1 + Math.floor(next() * 2) }, () => pick(words)))];
    const cut = { head: next() < 0.2, tail: next() < 0.2 };
    const found = snippets(text, terms, cut);
    assert.deepEqual(
      found,
      everyPlaceFirst(text, terms, cut),
      `${JSON.stringify(terms)} in ${JSON.stringify(text)}`,
    );
    for (const parts of found)
      for (const p of parts)
        assert.ok(!broken(p.text), `${JSON.stringify(p.text)} of ${JSON.stringify(text)}`);
    // how often an edge would have split a pair without the rule: the cases are really there
    for (const parts of found) {
      const inner = parts.filter((p) => p.text !== "…");
      if (inner.length && /^[\ud800-\udbff]/.test(inner[0].text)) split++;
    }
  }
  assert.ok(split > 100, `only ${split} passages start with an astral character`);
});

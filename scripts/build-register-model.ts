// Builds src/rules/register/model.json, the two character-bigram models of structure/register.ts:
//   official prose: the documents the project ships (demo/, the seeds) with the injected spam cut
//     out (by the gold annotations beside the seeds), the government text of
//     src/rules/register/gov-*.txt, and every division name of rules/regions.json;
//   advertising copy: src/rules/register/ad.txt.
// Run: node --import tsx scripts/build-register-model.ts   (deterministic; commit the output)
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { normalizeText } from "../src/normalize/normalize.ts";
import regions from "../src/rules/regions.json" with { type: "json" };
import { type ClassCounts, LINE_START, symbolOf } from "../src/structure/register-alphabet.ts";

const root = new URL("..", import.meta.url).pathname;
const registerDir = join(root, "src/rules/register");
const goldDir = join(root, "../shared/gold");

class Counter {
  readonly uni = new Map<number, number>();
  readonly pair = new Map<number, number>();
  add(text: string) {
    const { norm } = normalizeText(text);
    for (const line of norm.split("\n")) {
      let prev = LINE_START;
      for (let i = 0; i < line.length; i++) {
        const sym = symbolOf(line.charCodeAt(i));
        this.uni.set(sym, (this.uni.get(sym) ?? 0) + 1);
        const key = prev * 0x10000 + sym;
        this.pair.set(key, (this.pair.get(key) ?? 0) + 1);
        prev = sym;
      }
    }
  }
  toData(): ClassCounts {
    const uni = [...this.uni.entries()].sort((a, b) => a[0] - b[0]);
    const pairs = [...this.pair.entries()].sort((a, b) => a[0] - b[0]);
    return {
      chars: String.fromCharCode(...uni.map(([c]) => c)),
      counts: uni.map(([, n]) => n),
      pairs: pairs.map(([k]) => String.fromCharCode(Math.floor(k / 0x10000), k % 0x10000)).join(""),
      pairCounts: pairs.map(([, n]) => n),
    };
  }
}

const corpusLines = (file: string) =>
  readFileSync(file, "utf8")
    .split("\n")
    .filter((l) => l.trim() && !l.startsWith("#"))
    .join("\n");

/** A shipped document without what the gold marks as injected spam. */
function withoutSpam(name: string, text: string): string | null {
  const gold = join(goldDir, name.replace(/\.txt$/, ".json"));
  if (!existsSync(gold)) return text;
  const spans = (
    JSON.parse(readFileSync(gold, "utf8")).noise as Array<{ start: number; end: number; kind: string }>
  )
    .filter((n) => n.kind === "spam")
    .sort((a, b) => b.start - a.start);
  let out = text;
  for (const s of spans) out = out.slice(0, s.start) + out.slice(s.end);
  return out;
}

const gov = new Counter();
const ad = new Counter();
const seen = new Set<string>();
const shipped: string[] = [];
for (const dir of [join(root, "demo"), join(root, "../shared/seeds")]) {
  if (!existsSync(dir)) continue;
  for (const name of readdirSync(dir).sort()) {
    if (!name.endsWith(".txt") || seen.has(name)) continue;
    const text = withoutSpam(name, readFileSync(join(dir, name), "utf8"));
    if (text === null) continue;
    seen.add(name);
    shipped.push(name);
    gov.add(text);
  }
}
for (const name of readdirSync(registerDir).sort()) {
  if (name.startsWith("gov-") && name.endsWith(".txt")) gov.add(corpusLines(join(registerDir, name)));
  if (name === "ad.txt") ad.add(corpusLines(join(registerDir, name)));
}
gov.add((regions as Array<[string]>).map(([name]) => name).join("\n"));

const data = { gov: gov.toData(), ad: ad.toData() };
writeFileSync(join(registerDir, "model.json"), `${JSON.stringify(data)}\n`);
const size = (c: ClassCounts) =>
  `${c.counts.reduce((a, b) => a + b, 0)} characters, ${c.pairCounts.length} bigrams`;
console.log(`documents: ${shipped.join(", ")}`);
console.log(`official prose: ${size(data.gov)}; advertising: ${size(data.ad)}`);

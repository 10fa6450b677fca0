// Prints the indicator gold evaluation: facts found, subject quality, precision on mapped
// facts and recall, per indicator, on the dev passages, the held-out passages and the seeds.
//
//   node --import tsx scripts/eval-indicators.ts            summary and per-indicator table
//   node --import tsx scripts/eval-indicators.ts --errors   also every wrong or missed mapping (dev, seeds)
//   node --import tsx scripts/eval-indicators.ts --json     one JSON line per part
import { existsSync } from "node:fs";
import {
  type GoldDoc,
  type GoldScore,
  documentFacts,
  passageFacts,
  ratio,
  readPassages,
  readSeedGold,
  scoreDocs,
} from "../src/extract/gold-eval.ts";
import { INDICATORS } from "../src/rules/indicators.ts";

const root = new URL("..", import.meta.url).pathname;
const goldDir = `${root}test/gold-indicators`;
const seedsDir = `${root}../shared/seeds`;
const args = new Set(process.argv.slice(2));

const parts: Array<{ name: string; docs: GoldDoc[]; run: typeof passageFacts }> = [
  { name: "dev", docs: readPassages(`${goldDir}/dev.jsonl`), run: passageFacts },
  { name: "held-out", docs: readPassages(`${goldDir}/heldout.jsonl`), run: passageFacts },
];
if (existsSync(seedsDir)) {
  parts.push({ name: "seeds", docs: readSeedGold(`${goldDir}/seeds.jsonl`, seedsDir), run: documentFacts });
}

const pct = (n: number, d: number) => (d === 0 ? "   -  " : `${(100 * ratio(n, d)).toFixed(1).padStart(5)}%`);
const scores = parts.map((p) => ({ name: p.name, score: scoreDocs(p.docs, p.run) }));

function summary(name: string, s: GoldScore) {
  return {
    part: name,
    facts_precision: +ratio(s.facts.matched, s.facts.predicted).toFixed(3),
    facts_recall: +ratio(s.facts.matched, s.facts.gold).toFixed(3),
    mapped_precision: +ratio(s.mapped.correct, s.mapped.predicted).toFixed(3),
    mapped: s.mapped.predicted,
    indicator_recall: +ratio(s.recall.found, s.recall.gold).toFixed(3),
    gold_with_indicator: s.recall.gold,
    subject_problems: s.subjects.problems,
    subject_agreement: +ratio(s.subjects.agree, s.facts.matched).toFixed(3),
  };
}

if (args.has("--json")) {
  for (const { name, score } of scores) console.log(JSON.stringify(summary(name, score)));
  process.exit(0);
}

console.log(
  "指标归类评测(手工标注金标准;P = 已归类事实中归类正确的比例,R = 有指标的金标准事实中被正确归类的比例)\n",
);
for (const { name, score: s } of scores) {
  console.log(
    `${name.padEnd(9)} 事实 P ${pct(s.facts.matched, s.facts.predicted)} R ${pct(s.facts.matched, s.facts.gold)}` +
      `  指标 P ${pct(s.mapped.correct, s.mapped.predicted)} (${s.mapped.correct}/${s.mapped.predicted})` +
      ` R ${pct(s.recall.found, s.recall.gold)} (${s.recall.found}/${s.recall.gold})` +
      `  主语 空泛 ${s.subjects.problems}/${s.subjects.checked} 与标注一致 ${pct(s.subjects.agree, s.facts.matched)}`,
  );
}

const ids = [...new Set(scores.flatMap(({ score }) => [...score.perIndicator.keys()]))].sort();
const labelOf = new Map(INDICATORS.map((d) => [d.id, d.label]));
console.log(
  `\n${"指标".padEnd(40)}${scores.map(({ name }) => `${name.padStart(10)} P        R      `).join("")}`,
);
for (const id of ids) {
  const cells = scores.map(({ score }) => {
    const c = score.perIndicator.get(id) ?? { predicted: 0, correct: 0, gold: 0, found: 0 };
    return `${pct(c.correct, c.predicted)} ${`${c.correct}/${c.predicted}`.padEnd(6)}${pct(c.found, c.gold)} ${`${c.found}/${c.gold}`.padEnd(6)}`;
  });
  console.log(`${`${id} ${labelOf.get(id) ?? "(不在目录中)"}`.padEnd(40)}${cells.join("  ")}`);
}

for (const { name, score: s } of scores) {
  if (s.subjects.examples.length) {
    console.log(`\n${name}: 空泛主语`);
    for (const e of s.subjects.examples) console.log(`  ${e}`);
  }
}

if (args.has("--errors")) {
  // held-out errors are never printed: the engine is not tuned on them
  for (const { name, score: s } of scores.filter(({ name }) => name !== "held-out")) {
    console.log(`\n${name}: 归类错误`);
    for (const w of s.wrong)
      console.log(
        `  ${w.doc} ${w.quote} 应为 ${w.gold ?? "无"} 实为 ${w.predicted} 主语“${w.subject}”(标注“${w.goldSubject}”)| ${w.context}`,
      );
    console.log(`\n${name}: 未归类`);
    for (const m of s.missed)
      console.log(
        `  ${m.doc} ${m.quote} 应为 ${m.gold} 主语“${m.subject}”(标注“${m.goldSubject}”)| ${m.context}`,
      );
    console.log(`\n${name}: 多出的事实`);
    for (const x of s.spurious) console.log(`  ${x}`);
  }
}

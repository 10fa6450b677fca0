// `fazhi assess <system> <docs|dir>... [--json]`: score published reports with the items a
// third party can score from the text alone, and print a ranking (or every item with its
// evidence as JSON). `fazhi assess --systems` lists the shipped systems.
import { basename } from "node:path";
import {
  emptyInputs,
  type IndicatorSystem,
  leaves,
  METHOD_LABEL,
  resolveSystem,
  SystemError,
  scoreUnit,
  shippedSystems,
  TEXT_BASED,
  type UnitScore,
} from "../assess/index.ts";
import { describeError } from "../ingest/errors.ts";
import { expandInputs } from "../ingest/load.ts";
import { type AnalyzeOptions, analyzeLocation } from "../pipeline.ts";
import type { AnalysisRecord } from "../types.ts";
import type { Io } from "./analyze.ts";
import { Progress } from "./progress.ts";
import { table } from "./render.ts";

export interface AssessCommand {
  system: string | null;
  inputs: string[];
  json: boolean;
  listSystems: boolean;
  options: AnalyzeOptions;
}

interface Scored {
  location: string;
  record: AnalysisRecord;
  score: UnitScore;
}

const STATUS = { scored: "已评分", no_evidence: "无依据", pending: "待评分" } as const;

function listSystems(io: Io, json: boolean): number {
  const systems = [...shippedSystems().values()];
  if (json) {
    io.stdout(
      JSON.stringify(
        systems.map((s) => ({
          id: s.id,
          name: s.name,
          version: s.version,
          total: s.total,
          leaves: leaves(s).length,
        })),
      ),
    );
    return 0;
  }
  io.stdout("内置指标体系：");
  for (const s of systems) {
    const textual = leaves(s).filter((l) => TEXT_BASED.has(l.node.method.kind));
    io.stdout(
      `  ${s.id}  ${s.name}（版本 ${s.version}，满分 ${s.total}，${leaves(s).length} 个评分项，其中 ${textual.length} 个可由报告文本评分）`,
    );
  }
  return 0;
}

const label = ({ record: { meta }, location }: Scored) =>
  meta.title ?? `${meta.region ?? ""}${meta.year ? `${meta.year}年` : ""}年度报告（${basename(location)}）`;

function renderRanking(system: IndicatorSystem, scored: Scored[]): string {
  const max = scored[0]?.score.max ?? 0;
  const out = [
    `━━ ${system.name}（版本 ${system.version}）━━`,
    `仅评报告文本可评的项目（报告数据、措施提及、必备内容、审查问题），满分 ${max} / ${system.total}`,
    "",
  ];
  const rows = scored.map((s, k) => [
    String(k + 1),
    String(s.score.total),
    max ? `${((100 * s.score.total) / max).toFixed(1)}%` : "",
    s.record.meta.region ?? "",
    label(s),
  ]);
  out.push(table(["排名", "得分", "得分率", "地区", "文档"], rows, [4, 8, 8, 12, 50]));
  for (const s of scored) {
    out.push("", `【${label(s)}】${s.score.total} 分`);
    out.push(
      ...s.score.tree.map((n) => `  ${n.code} ${n.name}:${n.points}/${n.max}`),
      `  无依据的项目：${
        s.score.items
          .filter((i) => i.status !== "scored")
          .map((i) => i.code)
          .join("、") || "无"
      }`,
    );
  }
  return out.join("\n");
}

function toJson(system: IndicatorSystem, scored: Scored[]) {
  return {
    system: { id: system.id, name: system.name, version: system.version, total: system.total },
    scope: "text",
    results: scored.map((s, k) => ({
      rank: k + 1,
      document: s.location,
      title: s.record.meta.title,
      region: s.record.meta.region,
      year: s.record.meta.year,
      total: s.score.total,
      max: s.score.max,
      tree: s.score.tree,
      items: s.score.items.map((i) => ({
        ...i,
        methodLabel: METHOD_LABEL[i.method as keyof typeof METHOD_LABEL],
        statusLabel: STATUS[i.status],
      })),
    })),
  };
}

/** Returns the exit code: 0 when every input was scored, 1 when any failed, 2 on a bad system. */
export async function runAssess(cmd: AssessCommand, io: Io): Promise<number> {
  let system: IndicatorSystem;
  try {
    if (cmd.listSystems) return listSystems(io, cmd.json);
    if (!cmd.system) {
      io.stderr(
        "fazhi assess: 请给出指标体系（内置名称或 JSON 文件）和要评分的报告；--systems 列出内置指标体系",
      );
      return 2;
    }
    system = resolveSystem(cmd.system);
  } catch (error) {
    if (error instanceof SystemError) {
      io.stderr(`fazhi assess: ${error.message}`);
      return 2;
    }
    throw error;
  }
  const locations = await expandInputs(cmd.inputs);
  if (locations.length === 0) {
    io.stderr("fazhi assess: 没有找到可评分的报告（支持 .txt .html .docx .pdf）");
    return 1;
  }
  const progress = new Progress(locations.length);
  const scored: Scored[] = [];
  let failed = 0;
  for (const location of locations) {
    try {
      const record = await analyzeLocation(location, cmd.options);
      // a plan or a notice is not what the system scores; saying so is not a failure
      if (record.meta.kind !== "report") {
        io.stderr(`${location}: 不是年度报告，未评分`);
        progress.tick(location);
        continue;
      }
      const inputs = { ...emptyInputs(), document: { documentId: null, record } };
      scored.push({ location, record, score: scoreUnit(system, inputs, TEXT_BASED) });
    } catch (error) {
      failed++;
      io.stderr(describeError(location, error));
    }
    progress.tick(location);
  }
  progress.end();
  scored.sort((a, b) => b.score.total - a.score.total || a.location.localeCompare(b.location));
  io.stdout(cmd.json ? JSON.stringify(toJson(system, scored)) : renderRanking(system, scored));
  return failed ? 1 : 0;
}

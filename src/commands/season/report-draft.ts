// The draft of the coordinator's own annual report, filled from the season: the required
// parts as headings; reporting and ledger completion; the units' figures aggregated by
// indicator, each with its source report; the shortcomings the review found; last year's
// promises — for a person to finish in Word or WPS.
import { citedTitle } from "../../shared/title-marks.ts";
import { INDICATORS } from "../../rules/indicators.ts";
import type { Store } from "../../store/db.ts";
import { requirePermission, type Scope } from "../access/scope.ts";
import { dashboard } from "./dashboard.ts";
import { type Block, heading, pack, para, table, title } from "./docx.ts";
import { draftReview } from "./draft-review.ts";
import { promisesOfSeason } from "./promises.ts";

const INDICATOR = new Map(INDICATORS.map((i) => [i.id, i]));

const fmt = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(2).replace(/\.?0+$/, ""));

export async function reportDraft(store: Store, scope: Scope, seasonId: number, now: Date) {
  requirePermission(scope, "season:manage");
  const board = await dashboard(store, scope, seasonId, now);
  const { season, rates } = board;
  const accepted = board.rows.filter((r) => r.latest?.state === "accepted");

  // figures by indicator, each with its source
  const byIndicator = new Map<
    string,
    Array<{ unit: string; title: string; value: number; unitOf: string; quote: string }>
  >();
  for (const r of accepted) {
    const record = r.latest?.record;
    if (!record) continue;
    for (const f of record.facts) {
      if (!f.indicator) continue;
      const list = byIndicator.get(f.indicator) ?? [];
      list.push({
        unit: r.unit.unit_name,
        title: record.meta.title ?? r.latest?.name ?? "",
        value: f.value,
        unitOf: f.unit,
        quote: f.quote,
      });
      byIndicator.set(f.indicator, list);
    }
  }
  const figureRows = [...byIndicator].map(([id, list]) => {
    const def = INDICATOR.get(id);
    const units = new Set(list.map((x) => x.unitOf));
    const total =
      def?.kind !== "rate" && units.size === 1
        ? `${fmt(list.reduce((s, x) => s + x.value, 0))}${[...units][0]}`
        : "—";
    const sources = list.map((x) => `${x.unit}${citedTitle(x.title)}：${fmt(x.value)}${x.unitOf}`).join("；");
    return [def?.label ?? id, def?.area ?? "", total, sources];
  });

  // ledger completion by area (the supervision ledgers of the platform)
  const tasks = await store.db
    .selectFrom("tasks")
    .select(["area", (eb) => eb.fn.countAll<number>().as("total")])
    .select((eb) =>
      eb.fn.sum<number>(eb.case().when("status", "=", "closed").then(1).else(0).end()).as("closed"),
    )
    .groupBy("area")
    .orderBy("area")
    .execute();

  // shortcomings the review found, by kind
  const findings = new Map<string, Set<string>>();
  for (const r of board.rows) {
    if (!r.latest) continue;
    for (const f of draftReview(r.latest.record, season.year).findings) {
      if (f.severity === "info") continue;
      findings.set(f.ruleLabel, (findings.get(f.ruleLabel) ?? new Set()).add(r.unit.unit_name));
    }
  }
  const promises = await promisesOfSeason(store, scope, seasonId);

  const name = `${season.year}年度法治政府建设情况报告（草稿）`;
  const blocks: Block[] = [
    title(name),
    para(
      `${season.year}年，全市各地各部门深入推进法治政府建设。现将有关情况报告如下。（本稿由平台根据报告季数据生成，请补充完善。）`,
    ),
    heading(`一、${season.year}年度推进法治政府建设的主要举措和成效`),
    heading("（一）年度报告工作", 2),
    para(
      `本年度应报送单位${board.rows.length}个，按时报送${rates.timely.numerator}个，${rates.timely.label}${rates.timely.percent ?? 0}%；按时向社会公开${rates.published.numerator}个，${rates.published.label}${rates.published.percent ?? 0}%。`,
    ),
    heading("（二）督办台账完成情况（按领域）", 2),
    tasks.length
      ? table(
          ["领域", "任务数", "已办结", "完成率"],
          tasks.map((t) => [
            t.area ?? "未分类",
            Number(t.total),
            Number(t.closed ?? 0),
            `${Number(t.total) ? ((Number(t.closed ?? 0) / Number(t.total)) * 100).toFixed(1) : "0.0"}%`,
          ]),
        )
      : para("本年度平台无督办台账数据。"),
    heading("（三）主要数据（按指标汇总）", 2),
    figureRows.length
      ? table(["指标", "领域", "合计", "来源报告"], figureRows)
      : para("已通过的报告中未识别到指标数据。"),
    heading("二、存在的不足和原因"),
    ...(findings.size
      ? [...findings].map(([label, units], i) =>
          para(`${i + 1}. ${label}（涉及：${[...units].join("、")}）。`),
        )
      : [para("审查未发现共性问题。")]),
    heading("三、党政主要负责人履行推进法治建设第一责任人职责情况"),
    para("（待填写）"),
    heading(`四、${season.year + 1}年度推进法治政府建设的主要安排`),
    heading("（一）上年度工作安排落实情况", 2),
    ...(promises.length
      ? [
          table(
            ["单位", "上年安排", "落实情况", "对应内容"],
            promises.flatMap((p) =>
              p.items.map((i) => [p.unitName, i.promise, i.addressed ? "已落实" : "未提及", i.match ?? ""]),
            ),
          ),
        ]
      : [para("无上年度已通过的报告可供对照。")]),
    heading("（二）下一年度工作安排", 2),
    para("（待填写）"),
    heading("五、其他需要报告的事项"),
    para("（待填写）"),
  ];
  return { filename: `${name}.docx`, bytes: await pack(name, blocks) };
}

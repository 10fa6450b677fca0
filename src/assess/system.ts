// An indicator system is data: a tree of indicators with points, each leaf naming how it is
// scored. This schema checks a system once, when it is loaded; the engine trusts it after.
import { z } from "zod";
import { INDICATORS } from "../rules/indicators.ts";

const PARTS = ["achievements", "shortcomings", "first_responsible", "next_year"] as const;
const SEVERITIES = ["error", "warning", "info"] as const;
const KNOWN_INDICATORS = new Set(INDICATORS.map((i) => i.id));

const points = z.number().positive("分值须大于 0").max(1000, "分值不能超过 1000");
/** deductions per finding or overdue task */
const per = z.number().positive("每项扣分须大于 0");

/** a catalogue indicator compared with thresholds: full points at `full`, none at `zero`, linear between */
const factMethod = z.object({
  kind: z.literal("fact"),
  indicator: z.string().refine((id) => KNOWN_INDICATORS.has(id), {
    message: "不是指标目录（src/rules/indicators.ts）中的指标",
  }),
  full: z.number(),
  zero: z.number(),
  /** which fact counts when the report states several (default: the first) */
  pick: z.enum(["first", "max", "min"]).default("first"),
});

/** a measure named in the report text: `need` distinct patterns found gives full points */
const textMethod = z.object({
  kind: z.literal("text"),
  patterns: z
    .array(
      z.string().refine(
        (p) => {
          try {
            new RegExp(p, "u");
            return true;
          } catch {
            return false;
          }
        },
        { message: "正则表达式无效" },
      ),
    )
    .min(1, "至少填写一个措施用语"),
  need: z.number().int("须为整数").positive("须大于 0").default(1),
});

/** required parts of the annual report present */
const partsMethod = z.object({
  kind: z.literal("parts"),
  parts: z
    .array(z.enum(PARTS))
    .min(1, "至少选择一项")
    .default([...PARTS]),
});

/** review findings deduct points each, down to zero */
const findingsMethod = z.object({
  kind: z.literal("findings"),
  rules: z.array(z.string().regex(/^[a-z]+:[a-z-]+$/)).optional(),
  severities: z.array(z.enum(SEVERITIES)).default(["error", "warning"]),
  per,
});

/** the report season: the report submitted / published by its deadline */
const seasonMethod = z.object({
  kind: z.literal("season"),
  check: z.enum(["submitted_on_time", "published_on_time"]),
});

/** the ledger: the unit's task completion rate, or deductions per overdue task */
const ledgerMethod = z.discriminatedUnion("measure", [
  z.object({
    kind: z.literal("ledger"),
    measure: z.literal("completion_rate"),
    full: z.number(),
    zero: z.number(),
  }),
  z.object({ kind: z.literal("ledger"), measure: z.literal("overdue"), per }),
]);

/** an evaluator enters points with a reason and evidence (材料填报, then review) */
const manualMethod = z.object({ kind: z.literal("manual"), guidance: z.string().max(500).optional() });

/** a satisfaction survey's figure entered, scored against thresholds like a fact */
const surveyMethod = z.object({
  kind: z.literal("survey"),
  label: z.string().max(60).default("满意度"),
  full: z.number(),
  zero: z.number(),
});

export const methodSchema = z.discriminatedUnion("kind", [
  factMethod,
  textMethod,
  partsMethod,
  findingsMethod,
  seasonMethod,
  ledgerMethod,
  manualMethod,
  surveyMethod,
]);
export type Method = z.output<typeof methodSchema>;
export type MethodKind = Method["kind"];

export interface IndicatorNode {
  code: string;
  name: string;
  points: number;
  method?: Method;
  children?: IndicatorNode[];
}

const nodeSchema: z.ZodType<IndicatorNode, unknown> = z.lazy(() =>
  z
    .object({
      code: z.string().regex(/^[0-9A-Za-z.-]{1,20}$/, "编号只能含数字、字母、点和连字符"),
      name: z.string().min(1, "请填写名称").max(120, "名称不能超过 120 字"),
      points,
      method: methodSchema.optional(),
      children: z.array(nodeSchema).min(1).optional(),
    })
    .refine((n) => Boolean(n.method) !== Boolean(n.children), {
      message: "每个指标要么有下级指标，要么有评分方法（二者取一）",
    }),
);

export const systemSchema = z
  .object({
    /** stable name, e.g. "shifan-2021"; `fazhi assess <name>` */
    id: z.string().regex(/^[a-z0-9-]{2,40}$/, "名称只能含小写字母、数字和连字符"),
    name: z.string().min(1, "请填写名称").max(120, "名称不能超过 120 字"),
    version: z.string().min(1, "请填写版本").max(20, "版本不能超过 20 字"),
    /** what the system is built on (the published document) */
    basis: z.string().max(2000),
    /** what is the project's own choice (weights, thresholds) */
    assumption: z.string().max(2000),
    total: points,
    indicators: z.array(nodeSchema).min(1),
  })
  .superRefine((system, ctx) => {
    const codes = new Set<string>();
    const walk = (nodes: IndicatorNode[], path: (string | number)[], expected: number, what: string) => {
      const sum = nodes.reduce((s, n) => s + n.points, 0);
      if (Math.abs(sum - expected) > 1e-6)
        ctx.addIssue({ code: "custom", path, message: `${what}的分值合计 ${sum}，应为 ${expected}` });
      nodes.forEach((n, i) => {
        if (codes.has(n.code))
          ctx.addIssue({ code: "custom", path: [...path, i, "code"], message: `编号 ${n.code} 重复` });
        codes.add(n.code);
        if (n.children) walk(n.children, [...path, i, "children"], n.points, `指标 ${n.code} 的下级指标`);
        if (n.method?.kind === "findings" && n.method.per > n.points)
          ctx.addIssue({
            code: "custom",
            path: [...path, i, "method", "per"],
            message: "每项扣分超过该指标分值",
          });
      });
    };
    walk(system.indicators, ["indicators"], system.total, "一级指标");
  });

export type IndicatorSystem = z.output<typeof systemSchema>;

/** A problem of a system: where (the path into its JSON) and what, in Chinese. */
export interface SystemIssue {
  path: (string | number)[];
  message: string;
}

const zhMessages = z.locales.zhCN().localeError;

/** Check a system against the schema: the server and the web editor call this same function. */
export function checkSystem(
  value: unknown,
): { ok: true; system: IndicatorSystem } | { ok: false; issues: SystemIssue[] } {
  const result = systemSchema.safeParse(value, { error: zhMessages });
  if (result.success) return { ok: true, system: result.data };
  return {
    ok: false,
    issues: result.error.issues.map((i) => ({
      path: i.path.filter((p): p is string | number => typeof p !== "symbol"),
      message: i.message,
    })),
  };
}

/** The leaves of a system in order, each with the path of names above it. */
export function leaves(
  system: IndicatorSystem,
): { node: IndicatorNode & { method: Method }; path: string[] }[] {
  const out: { node: IndicatorNode & { method: Method }; path: string[] }[] = [];
  const walk = (nodes: IndicatorNode[], path: string[]) => {
    for (const n of nodes) {
      if (n.method) out.push({ node: n as IndicatorNode & { method: Method }, path });
      else if (n.children) walk(n.children, [...path, n.name]);
    }
  };
  walk(system.indicators, []);
  return out;
}

/** The required parts of the annual report, as a `parts` item names them. */
export const PART_LABEL: Record<(typeof PARTS)[number], string> = {
  achievements: "主要举措和成效",
  shortcomings: "存在的不足和原因",
  first_responsible: "党政主要负责人履行第一责任人职责情况",
  next_year: "下一年度主要安排",
};

export const METHOD_LABEL: Record<MethodKind, string> = {
  fact: "报告数据（指标阈值）",
  text: "报告文本（措施是否提及）",
  parts: "年度报告必备内容",
  findings: "审查问题扣分",
  season: "报告报送与公开时限",
  ledger: "督办台账",
  manual: "人工评分",
  survey: "满意度调查",
};

/** Methods read from the report alone: what an offline, third-party evaluation can score. */
export const TEXT_BASED: ReadonlySet<MethodKind> = new Set(["fact", "text", "parts", "findings"]);

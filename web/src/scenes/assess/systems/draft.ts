// The system being edited: a plain tree addressed by index paths, changed by pure functions,
// and checked by the server's own schema (checkSystem) after every change.
import {
  checkSystem,
  type IndicatorNode,
  type IndicatorSystem,
  type Method,
  type MethodKind,
  type SystemIssue,
} from "../../../../../src/assess/system.ts";

export type { IndicatorNode, IndicatorSystem, Method, MethodKind, SystemIssue };
export type Path = number[];

export const keyOf = (path: Path) => path.join("-");
export const pathOf = (key: string): Path => (key === "" ? [] : key.split("-").map(Number));
/** The JSON path of a node, as the schema's issues name it: indicators.0.children.2 */
export const jsonPathOf = (path: Path) =>
  path.map((i, depth) => (depth === 0 ? `indicators.${i}` : `children.${i}`)).join(".");

export function nodeAt(system: IndicatorSystem, path: Path): IndicatorNode | null {
  let nodes: IndicatorNode[] | undefined = system.indicators;
  let node: IndicatorNode | null = null;
  for (const i of path) {
    node = nodes?.[i] ?? null;
    nodes = node?.children;
  }
  return node;
}

/** A copy of the system with the list that holds `path` changed by `fn` (the top list for []). */
function withSiblings(
  system: IndicatorSystem,
  parent: Path,
  fn: (nodes: IndicatorNode[]) => IndicatorNode[],
): IndicatorSystem {
  const walk = (nodes: IndicatorNode[], rest: Path): IndicatorNode[] => {
    if (rest.length === 0) return fn(nodes);
    return nodes.map((n, i) =>
      i === rest[0] ? { ...n, children: walk(n.children ?? [], rest.slice(1)) } : n,
    );
  };
  return { ...system, indicators: walk(system.indicators, parent) };
}

export function updateNode(system: IndicatorSystem, path: Path, change: Partial<IndicatorNode>) {
  return withSiblings(system, path.slice(0, -1), (nodes) =>
    nodes.map((n, i) => (i === path[path.length - 1] ? { ...n, ...change } : n)),
  );
}

export const removeNode = (system: IndicatorSystem, path: Path) =>
  withSiblings(system, path.slice(0, -1), (nodes) => nodes.filter((_, i) => i !== path[path.length - 1]));

/** Move a node one place up (-1) or down (+1) among its siblings. */
export const moveNode = (system: IndicatorSystem, path: Path, by: -1 | 1) =>
  withSiblings(system, path.slice(0, -1), (nodes) => {
    const i = path[path.length - 1];
    const j = i + by;
    if (j < 0 || j >= nodes.length) return nodes;
    const out = [...nodes];
    [out[i], out[j]] = [out[j], out[i]];
    return out;
  });

const newLeaf = (code: string): IndicatorNode => ({
  code,
  name: "新指标",
  points: 1,
  method: { kind: "manual" },
});

/** Add a child under `path` ([] adds a first-level indicator); a leaf hands its method down. */
export function addChild(system: IndicatorSystem, path: Path): { system: IndicatorSystem; added: Path } {
  const parent = path.length ? nodeAt(system, path) : null;
  const siblings = parent ? (parent.children ?? []) : system.indicators;
  const code = `${parent ? `${parent.code}.` : ""}${siblings.length + 1}`;
  const child = parent && !parent.children ? { ...newLeaf(code), method: parent.method } : newLeaf(code);
  const next = path.length
    ? updateNode(system, path, { method: undefined, children: [...siblings, child] })
    : { ...system, indicators: [...system.indicators, child] };
  return { system: next, added: [...path, siblings.length] };
}

/** The parameters a method of each kind starts with (the schema's defaults, spelled out). */
export const NEW_METHOD: Record<MethodKind, Method> = {
  fact: { kind: "fact", indicator: "litigation.head_appearance_rate", full: 90, zero: 50, pick: "first" },
  text: { kind: "text", patterns: ["关键词"], need: 1 },
  parts: { kind: "parts", parts: ["achievements", "shortcomings", "first_responsible", "next_year"] },
  findings: { kind: "findings", per: 1, severities: ["error", "warning"] },
  season: { kind: "season", check: "submitted_on_time" },
  ledger: { kind: "ledger", measure: "completion_rate", full: 100, zero: 60 },
  manual: { kind: "manual" },
  survey: { kind: "survey", label: "满意度（%)", full: 90, zero: 60 },
};

/** A new system's internal key, unique by the moment it is made (the schema's rule: lowercase
 *  letters, digits, hyphens, at most 40): a copy's key starts with its source's. The screen
 *  never shows it; two copies of one system are two systems, not a clash of versions. */
export const freshId = (from = "system") =>
  `${from.replace(/[^a-z0-9-]/g, "").slice(0, 30) || "system"}-${Date.now().toString(36)}`;

/** A system read from a file whose key the schema would refuse gets a fresh one: the key is
 *  not on the form, so its problem could not be mended there. */
export const withValidId = (system: IndicatorSystem): IndicatorSystem =>
  typeof system.id === "string" && /^[a-z0-9-]{2,40}$/.test(system.id)
    ? system
    : { ...system, id: freshId() };

/** A blank system (its key made when it is started: freshId). */
export const BLANK: IndicatorSystem = {
  id: "new-system",
  name: "新指标体系",
  version: "1",
  basis: "",
  assumption: "",
  total: 100,
  indicators: [{ code: "A", name: "一级指标", points: 100, method: { kind: "manual" } }],
};

/** The schema's problems by JSON path ("indicators.0.children.1.points"; "" for the whole). */
export function problems(system: IndicatorSystem): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const result = checkSystem(system);
  if (result.ok) return out;
  for (const issue of result.issues) {
    const key = issue.path.join(".");
    out.set(key, [...(out.get(key) ?? []), issue.message]);
  }
  return out;
}

/** The problems at or below a JSON path (a tree node shows it has some). */
export const problemsUnder = (all: Map<string, string[]>, prefix: string) =>
  [...all.keys()].some((k) => k === prefix || k.startsWith(`${prefix}.`));

/** The next version's name: 2024.1 → 2024.2, v3 → v4, anything else gets ".1". */
export const nextVersion = (v: string) => {
  const m = /^(.*?)(\d+)$/.exec(v);
  return (m ? `${m[1]}${Number(m[2]) + 1}` : `${v}.1`).slice(0, 20);
};

export function downloadJson(system: IndicatorSystem) {
  const blob = new Blob([`${JSON.stringify(system, null, 2)}\n`], { type: "application/json" });
  const a = document.createElement("a");
  a.href = URL.createObjectURL(blob);
  // named as the coordinator knows it (部门法治政府建设年度考核评分表-2024.2.json); the key is
  // inside, so the file comes back as the same system (a new version of it) when imported
  a.download = `${(system.name || "指标体系").replace(/[\\/:*?"<>|]/g, "")}-${system.version}.json`;
  a.click();
  // revoked once the download has started with it
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
}

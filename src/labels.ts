// Every internal code a user could meet, in Chinese, from one place: document kinds and issuer
// levels, indicator ids (the catalogue's names), review rule ids (each rule's title), audit
// actions and entities. The server's presenters, the CLI and the exports take their words from
// here, and the web app gets them through the API (never by importing this module, which pulls
// in the review rules), so no screen shows `reconsideration.received`, `review:missing-part` or
// `login-failed`.
import { ROLE_LABEL } from "./commands/access/policy.ts";
import { RULES } from "./review/index.ts";
import { beijingDate } from "./shared/beijing-time.ts";
import { titleMarks } from "./shared/title-marks.ts";
import {
  AUDIT_ACTION_ALONE,
  AUDIT_ACTION_VERB,
  AUDIT_ENTITY_NOUN,
  AUDIT_FIELD_NOUN,
  AUDIT_FIELDS_NAMED,
  TASK_ROLE_WORD,
  TASK_STATUS_WORD,
} from "./rules/audit-labels.ts";
import { OTHER_FINDINGS } from "./rules/finding-titles.ts";
import { INDICATORS } from "./rules/indicators.ts";
import { LEVEL_PREFIX, NOT_LEVEL_PREFIX } from "./rules/issuers.ts";
import { organOfName, PARTY_DEPARTMENT_NAME } from "./rules/other-organs.ts";
import { isSharedName, parentOf, regionByCode } from "./structure/regions.ts";
import type { DocKind, Level, OrganFilterKind, OrganKind } from "./types.ts";

export const KIND_LABEL: Readonly<Record<DocKind, string>> = {
  report: "年度报告",
  plan: "方案计划",
  other: "其他文件",
};

export const LEVEL_LABEL: Readonly<Record<Level, string>> = {
  central: "中央",
  province: "省级",
  city: "市级",
  county: "县级",
  township: "乡镇级",
  department: "部门",
};

/** The kind of organ a document's issuer is, other than a government and its departments. */
export const ORGAN_LABEL: Readonly<Record<OrganKind, string>> = {
  party: "党委",
  congress: "人大",
  cppcc: "政协",
  court: "人民法院",
  procuratorate: "人民检察院",
  supervision: "监察机关",
};

/** One of the Party committee's departments (组织部, 宣传部, 政法委), apart from the committee. */
export const PARTY_DEPARTMENT_LABEL = "党委部门";

/** The kind of organ an issuer's name says it is (长治市人民检察院 → 人民检察院; 长治市委组织部 →
 *  党委部门, 长治市委 → 党委), by the table the engine reads organs with; null for a government, a
 *  department or no issuer. */
export const organLabel = (issuer: string | null): string | null => {
  const kind = organFilterKindOf(issuer);
  return kind ? organKindLabel(kind) : null;
};

/** The kind a reader tells an issuer's organ by (the library's tag and filter): the engine's
 *  kind, a Party organ named as one of the committee's departments apart (party_department). */
export const organFilterKindOf = (issuer: string | null): OrganFilterKind | null => {
  const organ = organOfName(issuer);
  return organ === "party" && PARTY_DEPARTMENT_NAME.test(issuer ?? "") ? "party_department" : organ;
};

/** A kind of organ's name, as the library's tag and its filter both show it: the engine's kinds,
 *  and the Party committee's departments apart from the committee. */
export const organKindLabel = (kind: OrganFilterKind): string =>
  kind === "party_department" ? PARTY_DEPARTMENT_LABEL : ORGAN_LABEL[kind];

/** A document kind's name; an unknown code reads as 其他文件. */
export const kindLabel = (kind: string): string => KIND_LABEL[kind as DocKind] ?? KIND_LABEL.other;
/** What a document is called when no title was read: its place, year and kind (清镇市2022年年度报告),
 *  as a reader would name it; null when neither its place nor its year is known. */
export function composedTitle(d: {
  region: string | null;
  year: number | null;
  kind: string;
}): string | null {
  if (!d.region && !d.year) return null;
  return `${d.region ?? ""}${d.year ? `${d.year}年` : ""}${kindLabel(d.kind)}`;
}
/** What the library calls a document: the title read from it (its book-title marks as a reader
 *  writes them: titleMarks), else its composed title; null when it has neither (callers name the
 *  fallback their page needs). */
export const documentName = (d: {
  title: string | null;
  region: string | null;
  year: number | null;
  kind: string;
}): string | null => (d.title !== null ? titleMarks(d.title) : composedTitle(d));
/** Where a document comes from, as a reader places it: its area (a department's: the area of the
 *  government it belongs to, 长治市); a department whose area was not read (its name gives only
 *  its level, 市司法局) by that level as its name writes it (市级部门); null when unknown. */
export function placeLabel(d: { region: string | null; level: string | null; issuer: string | null }) {
  if (d.region) return d.region;
  if (d.level !== "department") return null;
  const first = d.issuer?.[0] ?? "";
  return first in LEVEL_PREFIX && !NOT_LEVEL_PREFIX.test(d.issuer ?? "") ? `${first}级部门` : "部门";
}
/** An issuer level's name, or null when the level is unknown. */
export const levelLabel = (level: string | null): string | null =>
  level ? (LEVEL_LABEL[level as Level] ?? null) : null;

/** An area as the database keeps it: its name, and its division code where known (0021). */
export interface AreaRef {
  name: string;
  code: string | null;
}

/** What filters and groupings tell areas apart by: the code where known, else the name. */
export const areaKey = (a: AreaRef): string => a.code ?? a.name;

/** A stored row's region as an area (null when the row has none). */
export const rowArea = (r: { region: string | null; region_code: string | null }): AreaRef | null =>
  r.region ? { name: r.region, code: r.region_code } : null;

/** Labels for the regions of rows shown together (a page, a chart, the published reports). */
export const regionLabels = (rows: Array<{ region: string | null; region_code: string | null }>) =>
  areaLabels(rows.flatMap((r) => rowArea(r) ?? []));

/**
 * Names for areas shown together: the name, and where two of them share it (鼓楼区 of 福州市 and
 * of 南京市) the city each lies in — 鼓楼区（福州市）. An area whose code is unknown keeps its bare
 * name: no city is guessed for it.
 */
export function areaLabels(shown: Iterable<AreaRef>): (a: AreaRef) => string {
  const keys = new Map<string, Set<string>>();
  for (const a of shown) keys.set(a.name, (keys.get(a.name) ?? new Set<string>()).add(areaKey(a)));
  return (a) => ((keys.get(a.name)?.size ?? 0) > 1 ? withParent(a) : a.name);
}

/** Names for registry units shown together: where two of them share a name in different
 *  divisions (鼓楼区司法局 of 福州市 and of 南京市), each with its division's city —
 *  鼓楼区司法局（福州市）; a unit whose division is not known keeps its bare name. */
export const unitLabels = (shown: Array<{ name: string; area_code: string | null }>) => {
  const label = areaLabels(shown.map((u) => ({ name: u.name, code: u.area_code })));
  return (u: { name: string; area_code: string | null }) => label({ name: u.name, code: u.area_code });
};

/** An area's name written so that it says which division it is, as a unit's name is read (the
 *  assessment's units): a shared name after its city (福州市鼓楼区), another as it is. A shared
 *  name whose code is unknown stays bare. */
export function fullAreaName(a: AreaRef): string {
  if (!isSharedName(a.name)) return a.name;
  const parent = parentName(a);
  return parent ? `${parent}${a.name}` : a.name;
}

function withParent(a: AreaRef): string {
  const parent = parentName(a);
  return parent ? `${a.name}（${parent}）` : a.name;
}

/** The name of the division an area lies in, by its code; none when the code is not known. */
function parentName(a: AreaRef): string | undefined {
  const division = a.code ? regionByCode(a.code) : undefined;
  return division ? parentOf(division)?.name : undefined;
}

export const INDICATOR_LABEL: Readonly<Record<string, string>> = Object.fromEntries(
  INDICATORS.map((i) => [i.id, i.label]),
);
/** Every finding's kind: the review rules' titles and those of findings raised elsewhere. */
export const RULE_LABEL: Readonly<Record<string, string>> = Object.fromEntries(
  [...RULES, ...OTHER_FINDINGS].map((r) => [r.id, r.title]),
);
/** What each finding means, in a sentence (a unit's draft check shows it). */
export const RULE_DESCRIPTION: Readonly<Record<string, string>> = Object.fromEntries(
  [...RULES, ...OTHER_FINDINGS].map((r) => [r.id, r.describe]),
);

/** The indicator's name; an id the catalogue no longer has reads as 未归类, never as the id. */
export const indicatorLabel = (id: string | null | undefined): string =>
  id ? (INDICATOR_LABEL[id] ?? "未归类") : "未归类";
export const ruleLabel = (id: string): string => RULE_LABEL[id] ?? "其他问题";

export interface AuditRow {
  username: string | null;
  /** the actor's display name (the account's, by its id; for a failed login, by the username typed) */
  actor_name?: string | null;
  /** another account has the same display name: the username tells them apart */
  actor_shared?: boolean | null;
  /** the object's name as it stands now, where the entry records none (listAudit) */
  object_name?: string | null;
  action: string;
  entity: string;
  entity_id: string | null;
  before: unknown;
  after: unknown;
}

const record = (v: unknown): Record<string, unknown> => {
  if (typeof v === "string") {
    try {
      return record(JSON.parse(v));
    } catch {
      return {};
    }
  }
  return v && typeof v === "object" && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
};

/** The name an object is known by, from what the log recorded about it. */
function objectName(entity: string, before: Record<string, unknown>, after: Record<string, unknown>) {
  const r = { ...before, ...after };
  const name =
    r.display_name ?? r.displayName ?? r.title ?? r.name ?? (entity === "user" ? r.username : null);
  return typeof name === "string" && name ? `「${name}」` : "";
}

function word(field: string, entity: string, v: unknown): string {
  if (v === null || v === undefined || v === "") return "无";
  if (Array.isArray(v)) return v.map((x) => word(field, entity, x)).join("、") || "无";
  if (field === "status" && entity === "task") return TASK_STATUS_WORD[String(v)] ?? "其他";
  // a task's role is its unit's part (lead/cooperate), not an account's role: read as the
  // account's it was always 其他 (创建了督办任务…（角色 其他）)
  if (field === "role" && entity === "task") return TASK_ROLE_WORD[String(v)] ?? "其他";
  if (field === "role") return ROLE_LABEL[v as keyof typeof ROLE_LABEL] ?? "其他";
  if (field === "percent") return `${v}%`;
  // A moment the log kept as ISO (UTC): the day it was in Beijing, not the UTC day its text starts with.
  if (typeof v === "string" && /^\d{4}-\d\d-\d\dT/.test(v)) return beijingDate(v);
  if (typeof v === "object") return "";
  return String(v);
}

/** What changed, in words: “状态 进行中 → 已办结；进度 60% → 100%”. Only fields with a name. */
export function auditChanges(e: Pick<AuditRow, "entity" | "before" | "after">, name = ""): string {
  const before = record(e.before);
  const after = record(e.after);
  const parts: string[] = [];
  for (const [field, noun] of Object.entries(AUDIT_FIELD_NOUN)) {
    if (field === "status" && e.entity !== "task") continue;
    const has = (o: Record<string, unknown>) => Object.hasOwn(o, field);
    if (has(before) && has(after)) {
      const [a, b] = [word(field, e.entity, before[field]), word(field, e.entity, after[field])];
      if (a !== b) parts.push(`${noun} ${a} → ${b}`);
    } else if (has(after) && after[field] !== null && after[field] !== "") {
      const value = word(field, e.entity, after[field]);
      // what the object's name already says is not said again: 「2023年度…」（年度 2023）
      if (AUDIT_FIELDS_NAMED.has(field) && name.includes(value)) continue;
      parts.push(`${noun} ${value}`);
    }
  }
  return parts.join("；");
}

/** Who did it, as people know them: the display name, with the username only when another
 * account has the same display name; a login attempt with a username no account has names that
 * username; no actor at all is the system (a scheduled job). */
function actorName(e: AuditRow, after: Record<string, unknown>): string {
  const username = e.username ?? (typeof after.username === "string" ? after.username : null);
  if (e.actor_name) return e.actor_shared && username ? `${e.actor_name}（${username}）` : e.actor_name;
  if (e.username) return e.username;
  if (e.action.startsWith("login-") && username) return `用户名“${username}”`;
  return "系统";
}

/** The entry as a sentence without its time: “张三 创建了账号「李四」”. */
export function auditSentence(e: AuditRow): string {
  const before = record(e.before);
  const after = record(e.after);
  const who = actorName(e, after);
  const verb = AUDIT_ACTION_VERB[e.action] ?? "操作了";
  if (AUDIT_ACTION_ALONE.has(e.action)) return `${who} ${verb}`;
  const noun = AUDIT_ENTITY_NOUN[e.entity] ?? "对象";
  // the object's present name first (a submitted report's entry records its file's name); the
  // row's number only when the object has no name at all (deleted since)
  const name =
    (e.object_name ? `「${e.object_name}」` : "") ||
    objectName(e.entity, before, after) ||
    (e.entity_id ? `（编号 ${e.entity_id}）` : "");
  const changes = auditChanges(e, name);
  const object = `${noun}${name}`;
  const did = verb.includes("{}") ? verb.replace("{}", object) : `${verb}${object}`;
  return `${who} ${did}${changes ? `（${changes}）` : ""}`;
}

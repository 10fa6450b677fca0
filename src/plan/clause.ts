// Responsibility clauses: "X、Y牵头,Z、W等相关单位配合", "X、Y按职责(分工)分别负责",
// "…按按职责…" typos, "、" where "," belongs, units joined by 和, "等相关单位" tails.
import {
  BARE_CLAUSE_TAIL,
  BARE_PLACE_UNIT,
  CLAUSE_LABELS,
  CLAUSE_ROLES,
  LEAD_MARK,
  NAME_NOTES,
  NOT_A_UNIT,
  NOTE_NOT_A_UNIT,
  TOGETHER_TAIL_VERB,
  TOGETHER_WITH,
  OFFICE_SUFFIX,
  PLACE_KINDS,
  SHARED_HEAD_KINDS,
  TIME_ITEM,
  UNIT_SUFFIX,
  UNIT_NAME_BRACKETS,
  UNIT_TAILS,
} from "../rules/clauses.ts";
import { isCollective, resolveUnit, splitPrefix } from "./units.ts";

export interface ParsedClause {
  lead: string[];
  cooperate: string[];
}

/** "市人社局和各级党校" is two units; "市住房和城乡建设局" is one. */
function splitJoined(part: string): string[] {
  const out: string[] = [];
  let rest = part;
  for (let k = rest.search(/和|及|与/); k > 0; k = rest.search(/和|及|与/)) {
    const left = rest.slice(0, k);
    const right = rest.slice(k + 1);
    if (UNIT_SUFFIX.test(left) && /^(中共|市|县|区|省|州|各)/.test(right) && right.length >= 2) {
      out.push(left);
      rest = right;
    } else break;
  }
  out.push(rest);
  return out;
}

/** Where a text splits on the given separators outside parentheses: "各县(市、区)政府" is one. */
function pieceStarts(segment: string, separators: string): number[] {
  const starts = [0];
  let depth = 0;
  for (let i = 0; i < segment.length; i++) {
    const c = segment[i];
    if (c === "(" || c === "（") depth++;
    else if ((c === ")" || c === "）") && depth > 0) depth--;
    else if (depth === 0 && separators.includes(c)) starts.push(i + 1);
  }
  return starts;
}

/** Splits a list on 、 , ; outside parentheses. */
function splitList(segment: string): string[] {
  const starts = pieceStarts(segment, "、,;");
  return starts.map((s, k) => segment.slice(s, k + 1 < starts.length ? starts[k + 1] - 1 : segment.length));
}

const UNIT_NAME_BRACKET_MARK = new RegExp(`[${Object.keys(UNIT_NAME_BRACKETS).join("")}]`, "g");
const asParenthesis = (c: string) => UNIT_NAME_BRACKETS[c] ?? c;

/** The units a list names: "市司法局、市财政局等相关单位" → 市司法局, 市财政局. */
export function units(segment: string): string[] {
  const out: string[] = [];
  let before: string | undefined;
  for (const item of splitList(segment.replace(UNIT_NAME_BRACKET_MARK, asParenthesis)))
    for (const joined of splitJoined(item)) {
      const name = withoutAlias(
        joined
          .trim()
          .replace(/^(由|请|会同)/, "")
          .replace(UNIT_TAILS, "")
          .replace(NAME_NOTES, "")
          .trim(),
      );
      // a deadline written in the list (县司法局法制股,2016年6月底前完成) is no unit
      if (TIME_ITEM.test(name) && !UNIT_SUFFIX.test(name)) continue;
      const u = withSharedHead(name, before);
      before = name;
      if (u.length >= 2) out.push(u);
    }
  return out;
}

/** A unit written with its other name in brackets is the unit (县发改局(县营商环境建设局) →
 * 县发改局): the bracket names a unit by itself; 各县(市、区)政府 and 委党校(行政学院) stay whole. */
function withoutAlias(name: string): string {
  const m = /^(.{2,}?)[(（]([^()（）]{2,})[)）]$/.exec(name);
  if (!m || resolveUnit(name).known) return name;
  const [, outer, inner] = m;
  return UNIT_SUFFIX.test(outer) && UNIT_SUFFIX.test(inner) && splitPrefix(inner).prefix !== ""
    ? outer
    : name;
}

/** A bare kind after a collective takes its head: 镇 after 各街道 → 各镇; a place's unit after
 * a collective of another place takes the head before that place: 街道办事处 after 各镇人民政府
 * → 各街道办事处. */
function withSharedHead(name: string, before: string | undefined): string {
  if (!before?.startsWith("各")) return name;
  if (SHARED_HEAD_KINDS.test(name))
    for (let cut = 1; cut < before.length; cut++)
      if (SHARED_HEAD_KINDS.test(before.slice(cut))) return before.slice(0, cut) + name;
  if (BARE_PLACE_UNIT.test(name))
    for (let cut = 1; cut < before.length; cut++)
      if (PLACE_KINDS.test(before.slice(cut))) return before.slice(0, cut) + name;
  return name;
}

/** "牵头单位:X;配合单位:Y" — labels before the units, as work plans (工作要点) write them.
 * 责任单位 leads alone; after 牵头单位 its units carry the task out under the lead (cooperate). */
function parseLabelled(clause: string): ParsedClause | null {
  const labels = [...clause.matchAll(CLAUSE_LABELS)];
  if (labels.length === 0) return null;
  const lead: string[] = [];
  const cooperate: string[] = [];
  let ledBy = false;
  labels.forEach((m, k) => {
    // a deadline's label ends the units before it (…;完成时限:2024年12月)
    if (m.groups?.due) return;
    const from = (m.index ?? 0) + m[0].length;
    const to = k + 1 < labels.length ? (labels[k + 1].index ?? clause.length) : clause.length;
    const list = m.groups?.cooperate || (m.groups?.responsible && ledBy) ? cooperate : lead;
    if (m.groups?.lead) ledBy = true;
    const segment = clause.slice(from, to).replace(/[;。,\s]+$/, "");
    // roles written inside a label's units decide for them (责任单位:县司法局牵头,县政府各部门配合)
    const roled = withRoles(segment);
    if (roled) {
      for (const u of roled.lead) if (!lead.includes(u)) lead.push(u);
      for (const u of roled.cooperate) if (!cooperate.includes(u)) cooperate.push(u);
      return;
    }
    for (const u of units(segment)) if (!list.includes(u)) list.push(u);
  });
  return { lead, cooperate };
}

export function parseClause(clause: string): ParsedClause {
  return markedClause(clause) ?? parseLabelled(clause) ?? parseRoles(clause);
}

/** Stands for a (牵头) mark while a list is split. */
const MARKED = "\u0003";
const LEAD_MARKS = new RegExp(LEAD_MARK.source, "g");

/** A list marking its lead (市政务服务局(牵头)、市司法局): the marked units lead, the others
 *  cooperate. The mark ends its unit even when no 、 follows (市市场监管局(牵头)市直各执法部门: a
 *  PDF's cell broken after the mark). */
export function markedList(list: string): ParsedClause {
  const lead: string[] = [];
  const cooperate: string[] = [];
  for (const u of units(list.replace(LEAD_MARKS, `${MARKED}、`)))
    if (u.includes(MARKED)) lead.push(u.replaceAll(MARKED, "").trim());
    else cooperate.push(u);
  return { lead, cooperate };
}

/** A clause that is such a list, alone or after one 责任单位/牵头单位 label, up to a deadline's
 *  label (责任单位:市司法局(牵头),市财政局;完成时限:…); null when other labels or role words
 *  divide it. */
function markedClause(clause: string): ParsedClause | null {
  if (!LEAD_MARK.test(clause)) return null;
  let from = 0;
  let to = clause.length;
  for (const m of clause.matchAll(CLAUSE_LABELS)) {
    const at = m.index ?? 0;
    if (m.groups?.due) {
      to = Math.min(to, at);
      continue;
    }
    if (at > from || m.groups?.cooperate) return null;
    from = at + m[0].length;
  }
  const list = clause.slice(from, to).replace(/[;。,\s]+$/, "");
  CLAUSE_ROLES.lastIndex = 0;
  if (CLAUSE_ROLES.test(list.replace(LEAD_MARKS, ""))) return null;
  return markedList(list);
}

/** A labelled segment's units when role words split them, each role piece being units only
 * ("县司法局牵头,县政府各部门配合"); null for a plain list. */
function withRoles(segment: string): ParsedClause | null {
  return isRolePiece(segment) ? parseRoles(segment) : null;
}

function parseRoles(clause: string): ParsedClause {
  const lead: string[] = [];
  const cooperate: string[] = [];
  let from = 0;
  let ledBy = false;
  const add = (list: string[], segment: string) => {
    for (const u of units(segment)) if (!list.includes(u)) list.push(u);
  };
  CLAUSE_ROLES.lastIndex = 0;
  for (let m = CLAUSE_ROLES.exec(clause); m; m = CLAUSE_ROLES.exec(clause)) {
    const segment = clause.slice(from, m.index);
    const list = m.groups?.cooperate || (m.groups?.responsible && ledBy) ? cooperate : lead;
    if (m.groups?.lead) ledBy = true;
    // X会同Y负责: X takes the role, Y cooperates
    const together = segment.indexOf(TOGETHER_WITH);
    if (together > 0 && !/[,;]/.test(segment.slice(together))) {
      add(list, segment.slice(0, together));
      add(cooperate, segment.slice(together + TOGETHER_WITH.length));
    } else add(list, segment);
    from = m.index + m[0].length;
  }
  // a last piece 会同Y(等部门)实施 after the roles: Y cooperates
  const tail = clause
    .slice(from)
    .replace(/^[\s,;、]+/, "")
    .replace(/[\s。;]+$/, "");
  if (from > 0 && tail.startsWith(TOGETHER_WITH))
    add(cooperate, tail.slice(TOGETHER_WITH.length).replace(TOGETHER_TAIL_VERB, ""));
  return { lead, cooperate };
}

/** A name a responsibility clause could hold: a known or collective unit, or a short name
 * ending as units do. */
function unitLike(name: string): boolean {
  if (resolveUnit(name).known && !isCollective(name)) return true;
  if (NOT_A_UNIT.test(name)) return false;
  return isCollective(name) || (UNIT_SUFFIX.test(name) && name.length <= 20);
}

/** A piece that is units and role words only, ending with a role: "市司法局、市财政局配合". */
function isRolePiece(piece: string): boolean {
  let from = 0;
  let roles = 0;
  CLAUSE_ROLES.lastIndex = 0;
  for (let m = CLAUSE_ROLES.exec(piece); m; m = CLAUSE_ROLES.exec(piece)) {
    const named = units(piece.slice(from, m.index));
    if (named.length === 0 || !named.every(unitLike)) return false;
    roles++;
    from = m.index + m[0].length;
  }
  return roles > 0 && piece.slice(from).trim() === "";
}

/** A unit a closing note names without role words: known (or a collective), or ending as units
 * do and saying where it is (市营商办, 县委编办) or being a department's office (法规与标准处). A
 * note's other words (以下简称…, 含开发区, 试行) are no unit. */
function noteUnit(name: string): boolean {
  if (resolveUnit(name).known) return true;
  if (!unitLike(name) || NOTE_NOT_A_UNIT.test(name)) return false;
  return splitPrefix(name).prefix !== "" || (name.length >= 3 && OFFICE_SUFFIX.test(name));
}

/** A closing note that names the responsible units only, with at most a deadline or term after
 * them — the usual form of 工作要点: (市司法局,长期), (各县区政府、市政府各部门,2025年3月31日前),
 * (市委组织部、市委党校). `dueAt`: where its tail starts; null when it is not such a note. */
export function unitNote(note: string): { dueAt: number | null } | null {
  const starts = pieceStarts(note, ",;");
  const piece = (k: number) =>
    note.slice(starts[k], k + 1 < starts.length ? starts[k + 1] - 1 : note.length).trim();
  let k = starts.length - 1;
  let dueAt: number | null = null;
  if (k > 0 && BARE_CLAUSE_TAIL.test(piece(k))) dueAt = starts[k--];
  for (; k >= 0; k--) {
    const named = units(piece(k));
    if (named.length === 0 || !named.every(noteUnit)) return null;
  }
  return { dueAt };
}

/** A responsibility clause closing a measure's last sentence without brackets:
 * "…制度,市司法局牵头,各县(区)政府配合,2024年11月底前完成". `start` is the clause's offset
 * in the sentence; `dueAt` where its deadline tail starts, if it has one. */
export function bareRoleClause(sentence: string): { start: number; dueAt: number | null } | null {
  const starts = pieceStarts(sentence, ",;");
  const piece = (k: number) =>
    sentence.slice(starts[k], k + 1 < starts.length ? starts[k + 1] - 1 : sentence.length).trim();
  let k = starts.length - 1;
  let dueAt: number | null = null;
  if (BARE_CLAUSE_TAIL.test(piece(k))) dueAt = starts[k--];
  let first: number | null = null;
  for (; k >= 0 && isRolePiece(piece(k)); k--) first = k;
  if (first === null) return null;
  const start = starts[first];
  return { start, dueAt: dueAt === null ? null : dueAt - start };
}

// Responsibility clauses: "X、Y牵头,Z、W等相关单位配合", "X、Y按职责(分工)分别负责",
// "…按按职责…" typos, "、" where "," belongs, units joined by 和, "等相关单位" tails.
import { CLAUSE_LABELS, CLAUSE_ROLES, UNIT_SUFFIX, UNIT_TAILS } from "../rules/clauses.ts";

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

/** Splits a list on 、 , ; outside parentheses: "各县(市、区)政府" is one unit. */
function splitList(segment: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < segment.length; i++) {
    const c = segment[i];
    if (c === "(" || c === "（") depth++;
    else if ((c === ")" || c === "）") && depth > 0) depth--;
    else if (depth === 0 && (c === "、" || c === "," || c === ";")) {
      out.push(segment.slice(from, i));
      from = i + 1;
    }
  }
  out.push(segment.slice(from));
  return out;
}

/** The units a list names: "市司法局、市财政局等相关单位" → 市司法局, 市财政局. */
export function units(segment: string): string[] {
  const out: string[] = [];
  for (const item of splitList(segment))
    for (const joined of splitJoined(item)) {
      const u = joined
        .trim()
        .replace(/^(由|请|会同)/, "")
        .replace(UNIT_TAILS, "")
        .trim();
      if (u.length >= 2) out.push(u);
    }
  return out;
}

/** "牵头单位:X;配合单位:Y" — labels before the units, as work plans (工作要点) write them. */
function parseLabelled(clause: string): ParsedClause | null {
  const labels = [...clause.matchAll(CLAUSE_LABELS)];
  if (labels.length === 0) return null;
  const lead: string[] = [];
  const cooperate: string[] = [];
  labels.forEach((m, k) => {
    // a deadline's label ends the units before it (…;完成时限:2024年12月)
    if (m.groups?.due) return;
    const from = (m.index ?? 0) + m[0].length;
    const to = k + 1 < labels.length ? (labels[k + 1].index ?? clause.length) : clause.length;
    const list = m.groups?.cooperate ? cooperate : lead;
    for (const u of units(clause.slice(from, to).replace(/[;。]\s*$/, "")))
      if (!list.includes(u)) list.push(u);
  });
  return { lead, cooperate };
}

export function parseClause(clause: string): ParsedClause {
  const labelled = parseLabelled(clause);
  if (labelled) return labelled;
  const lead: string[] = [];
  const cooperate: string[] = [];
  let from = 0;
  CLAUSE_ROLES.lastIndex = 0;
  for (let m = CLAUSE_ROLES.exec(clause); m; m = CLAUSE_ROLES.exec(clause)) {
    const segment = clause.slice(from, m.index);
    const list = m.groups?.cooperate ? cooperate : lead;
    for (const u of units(segment)) if (!list.includes(u)) list.push(u);
    from = m.index + m[0].length;
  }
  return { lead, cooperate };
}

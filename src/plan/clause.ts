// Responsibility clauses: "X、Y牵头,Z、W等相关单位配合", "X、Y按职责(分工)分别负责",
// "…按按职责…" typos, "、" where "," belongs, units joined by 和, "等相关单位" tails.
import { CLAUSE_ROLES, UNIT_SUFFIX, UNIT_TAILS } from "../rules/clauses.ts";

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

function units(segment: string): string[] {
  return segment
    .split(/[、,;]/)
    .flatMap(splitJoined)
    .map((u) =>
      u
        .trim()
        .replace(/^(由|请|会同)/, "")
        .replace(UNIT_TAILS, "")
        .trim(),
    )
    .filter((u) => u.length >= 2);
}

export function parseClause(clause: string): ParsedClause {
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

// Assigns a catalogue indicator to a fact from its subject and the clause around it.
import { INDICATORS, type QuantityKind } from "../rules/indicators.ts";

function kindOf(unit: string): QuantityKind {
  if (unit === "%" || unit === "‰" || unit === "‱") return "rate";
  if (unit === "元") return "money";
  return "count";
}

export function classifyIndicator(subject: string, clause: string, unit: string): string | null {
  const kind = kindOf(unit);
  const context = `${clause} ${subject}`;
  for (const def of INDICATORS) {
    if (def.kind !== "any" && def.kind !== kind) continue;
    // a rate is identified by its own name in the subject, not by a word earlier in the clause
    const where = def.kind === "rate" ? subject : context;
    if (def.all.every((re) => re.test(where)) && !(def.none?.test(where) ?? false)) return def.id;
  }
  return null;
}

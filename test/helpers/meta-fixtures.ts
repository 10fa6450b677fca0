// Documents of test/fixtures/meta/, one folder per class (annual reports, plans, other genres,
// department, central, autonomous and township issuers, title shapes), read through the real
// decoders, with the expected metadata of expected.json. heldout/ has the same classes. A field absent from a case is not
// checked; a null is expected to be null.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { analyzeBytes } from "../../src/pipeline.ts";
import type { AnalysisRecord, Meta } from "../../src/types.ts";

export const META_FIXTURES = new URL("../fixtures/meta/", import.meta.url).pathname;
export const META_FIELDS = ["kind", "title", "region", "level", "issuer"] as const;
export type MetaField = (typeof META_FIELDS)[number];

export interface MetaCase {
  file: string;
  group: string;
  /** heldout/: written before the engine was run on them, to measure on unseen material */
  heldout: boolean;
  expected: Partial<Record<MetaField, string | null>>;
  meta: Meta;
  record: AnalysisRecord;
}

export interface Mismatch {
  file: string;
  field: MetaField;
  expected: string | null | undefined;
  actual: string | null | undefined;
}

export async function loadMetaCases(): Promise<MetaCase[]> {
  const table = JSON.parse(readFileSync(join(META_FIXTURES, "expected.json"), "utf8")) as Record<
    string,
    MetaCase["expected"]
  >;
  const cases: MetaCase[] = [];
  for (const [file, expected] of Object.entries(table)) {
    const bytes = new Uint8Array(readFileSync(join(META_FIXTURES, file)));
    const record = await analyzeBytes(bytes, file);
    const parts = file.split("/");
    const heldout = parts[0] === "heldout";
    cases.push({ file, group: parts[heldout ? 1 : 0], heldout, expected, meta: record.meta, record });
  }
  return cases;
}

export function mismatches(c: MetaCase): Mismatch[] {
  const out: Mismatch[] = [];
  for (const field of META_FIELDS) {
    if (!(field in c.expected)) continue;
    const actual = (c.meta as unknown as Record<string, string | null | undefined>)[field];
    if (actual !== c.expected[field]) out.push({ file: c.file, field, expected: c.expected[field], actual });
  }
  return out;
}

/** Per class: cases read entirely right, and fields right over fields checked. */
export function scoreByGroup(
  cases: MetaCase[],
): Map<string, { cases: number; right: number; fields: number; fieldsRight: number }> {
  const out = new Map<string, { cases: number; right: number; fields: number; fieldsRight: number }>();
  for (const c of cases) {
    const s = out.get(c.group) ?? { cases: 0, right: 0, fields: 0, fieldsRight: 0 };
    const wrong = mismatches(c).length;
    const checked = META_FIELDS.filter((f) => f in c.expected).length;
    s.cases++;
    if (wrong === 0) s.right++;
    s.fields += checked;
    s.fieldsRight += checked - wrong;
    out.set(c.group, s);
  }
  return out;
}

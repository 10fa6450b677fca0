// The report a round's unit is scored on, found automatically: by the division's code where the
// unit's division and the report's are both known, by name otherwise — and never one of two
// divisions sharing a name guessed (鼓楼区 of 福州市 or of 南京市): then none, and the office
// picks the report by hand.
import { areaLabels } from "../../labels.ts";
import {
  GOVERNMENT_TITLE,
  OTHER_ORGAN_TITLE,
  ORGANS_READ_SINCE,
  organOfName,
} from "../../rules/other-organs.ts";
import { isSharedName } from "../../structure/regions.ts";
import type { UnitDivision } from "../units/division.ts";
import type { Db } from "./rows.ts";

export interface ReportMatch {
  documentId: number | null;
  /** the divisions of the reports the names found (鼓楼区（福州市）), when they were several:
   *  nothing was chosen */
  ambiguous: string[];
}

interface Candidate {
  id: number;
  title: string | null;
  region: string | null;
  region_code: string | null;
  level: string | null;
  issuer: string | null;
  engine_version: string;
}

/** A government's own report: not a department's or a township's, nor one of another organ of
 *  its area (长治市人民检察院, 人大常委会, 依法治市办), which the record names as its issuer at the
 *  area's level (a report of 市委市政府 jointly is the government's: its issuer is the area). A
 *  record stored before the engine named other organs (ORGANS_READ_SINCE) gave them the area as
 *  issuer: its title tells them apart, as it did then. */
const ofGovernment = (d: Candidate) =>
  d.level !== "department" &&
  d.level !== "township" &&
  (versionBefore(d.engine_version, ORGANS_READ_SINCE)
    ? GOVERNMENT_TITLE.test(d.title ?? "") || !OTHER_ORGAN_TITLE.test(d.title ?? "")
    : organOfName(d.issuer) === null);

/** Whether version `a` (0.2.15) is before `b` (0.2.16), part by part as numbers. */
function versionBefore(a: string, b: string): boolean {
  const x = a.split(".").map(Number);
  const y = b.split(".").map(Number);
  for (let k = 0; k < Math.max(x.length, y.length); k++)
    if ((x[k] ?? 0) !== (y[k] ?? 0)) return (x[k] ?? 0) < (y[k] ?? 0);
  return false;
}

/** The report names the unit: its area is the name (鼓楼区), its issuer, or its title contains it. */
const namesUnit = (d: Candidate, names: string[]) =>
  names.some((n) => d.region === n || d.issuer === n || (d.title ?? "").includes(n));

/** A report whose division is not known but whose area's name is no other division's. */
const soleArea = (d: Candidate) => d.region === null || !isSharedName(d.region);

/**
 * The unit's report for the year, the newest of those that are the unit's. With the unit's
 * division known: the reports of that division that name the unit (for its government, the
 * government's reports), and those of no known division that name it, whose area's name is not
 * shared. Without it: the reports that name the unit, when they are all of one division.
 */
export async function matchReport(
  db: Db,
  unit: { names: string[]; division: UnitDivision },
  year: number,
): Promise<ReportMatch> {
  const names = [...new Set(unit.names.filter(Boolean))];
  const { code, government } = unit.division;
  const rows: Candidate[] = await db
    .selectFrom("documents")
    .select(["id", "title", "region", "region_code", "level", "issuer", "engine_version"])
    .where("kind", "=", "report")
    .where("year", "=", year)
    .where((eb) =>
      eb.or([
        ...(code ? [eb("region_code", "=", code)] : []),
        ...names.flatMap((name) => [
          eb("region", "=", name),
          eb("issuer", "=", name),
          eb("title", "like", `%${name}%`),
        ]),
      ]),
    )
    .orderBy("id", "desc")
    .execute();
  // a government's report, not one of its departments' (清镇市司法局's title names 清镇市 too)
  const ofUnit = (d: Candidate) => (government ? ofGovernment(d) : true);
  if (code) {
    const hit = rows.find(
      (d) =>
        ofUnit(d) &&
        (d.region_code === code
          ? government || namesUnit(d, names)
          : d.region_code === null && namesUnit(d, names) && soleArea(d)),
    );
    return { documentId: hit?.id ?? null, ambiguous: [] };
  }
  const found = rows.filter((d) => ofUnit(d) && namesUnit(d, names));
  const divisions = new Map(found.map((d) => [d.region_code ?? `?${d.region ?? ""}`, d]));
  if (divisions.size <= 1) return { documentId: found[0]?.id ?? null, ambiguous: [] };
  const areas = [...divisions.values()].map((d) => ({ name: d.region ?? "未识别", code: d.region_code }));
  return { documentId: null, ambiguous: areas.map(areaLabels(areas)) };
}

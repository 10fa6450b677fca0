// Which division a unit is of, for finding its documents by the division's code rather than by
// a name several divisions share (鼓楼区 of 福州市, 南京市, 徐州市 and 开封市).
import { divisionInName, gbCode } from "../../structure/regions.ts";

/** A unit's division: its GB/T 2260 code (null when not known — a shared name with nothing to
 *  say which), and whether the unit is that division's government (its report is the area's). */
export interface UnitDivision {
  code: string | null;
  government: boolean;
}

/** What the unit's name is after its divisions: nothing (鼓楼区) or the government's name. */
const GOVERNMENT = /^(?:人民)?政府$|^$/;

/**
 * The division of a unit named so: the one its name says (福州市鼓楼区人民政府: 350102), else the
 * unit register's area code (鼓楼区司法局, registered from 福州市鼓楼区's plan). A government is
 * recognised by its name alone (鼓楼区, 鼓楼区人民政府).
 */
export function unitDivision(names: string[], registeredCode: string | null): UnitDivision {
  const read = names.map(divisionInName);
  const named = read.find((r) => r?.region.code);
  const code = named?.region.code ? gbCode(named.region.code) : registeredCode;
  const government = read.some((r) => r !== null && GOVERNMENT.test(r.rest));
  return { code, government };
}

// A registry unit as the unit picker lists it.
import type { Unit } from "../../api.ts";

/**
 * A unit as an option: its label, then its short name (how plans write it) where that says what
 * the name does not. Two units listed that share a name carry their city (鼓楼区司法局（福州市）):
 * the short name after that (（区司法局）) made two brackets and said nothing new — 鼓楼区司法局 is
 * a 区司法局 — so it goes; a short name the name does not end with joins the city's bracket.
 */
export function unitOption(u: Pick<Unit, "key" | "name" | "shortName"> & { label?: string }) {
  const label = u.label ?? u.name;
  if (u.name === u.shortName) return { value: u.key, label };
  if (label === u.name) return { value: u.key, label: `${u.name}（${u.shortName}）` };
  // the short name without its level word (区, 市, 县): 司法局, 政府办公室
  const told = u.name.endsWith(u.shortName.slice(1));
  return { value: u.key, label: told ? label : label.replace(/）$/, `，${u.shortName}）`) };
}

// The unit registry: owners and accounts resolved to one row per unit.
export { type OwnerContext, type ResolvedOwner, resolveOwnerName, type UnitRef } from "../../plan/owners.ts";
export {
  getUnit,
  homeArea,
  listUnits,
  registeredUnit,
  registerNames,
  resolveOwner,
  resolveOwners,
  type UnitRow,
  unitForAccount,
  unitsWithoutAccount,
} from "./registry.ts";

// The scoring engine: indicator systems as checked data, and a pure function that scores one
// unit's inputs against a system, every point with its evidence.
export {
  parseSystem,
  readSystemFile,
  resolveSystem,
  SHIPPED_DIR,
  SystemError,
  shippedSystems,
} from "./load.ts";
export { scoreUnit, summarise } from "./score.ts";
export {
  checkSystem,
  type IndicatorNode,
  type IndicatorSystem,
  leaves,
  METHOD_LABEL,
  type Method,
  type MethodKind,
  type SystemIssue,
  systemSchema,
  TEXT_BASED,
} from "./system.ts";
export * from "./types.ts";

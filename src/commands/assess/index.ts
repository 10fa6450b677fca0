// Assessment commands: systems, rounds, scoring, entries, appeals, results. Each takes the
// caller's scope and checks its permission; the engine itself lives in src/assess/.
export { decideAppeal, fileAppeal, listAppeals } from "./appeals.ts";
export { recomputeOpenRounds, recomputeRound } from "./compute.ts";
export { type Entry, effective, enterItem, evidenceFile, storeEvidenceFile, traceItem } from "./items.ts";
export { roundResults, type UnitResult, unitResult } from "./results.ts";
export { type CitedDocument, citedDocuments } from "./sources.ts";
export { advanceRound, createRound, listRounds, type NewRound, setUnitDocument } from "./rounds.ts";
export { getSystem, listSystems, saveSystem, type SystemSummary } from "./systems.ts";

// The annual report season: collect, review, return, publish, verify, follow up.
export { CARRIED_STATE_LABEL } from "./carried.ts";
export { dashboard, type SeasonReminder, seasonReminders } from "./dashboard.ts";
export { defaultDeadlines, today } from "./dates.ts";
export { type DraftReview, draftReview } from "./draft-review.ts";
export { type Fetched, type Fetcher, guardedFetch } from "./fetcher.ts";
export { reviewOpinion } from "./opinion.ts";
export { promisesOfSeason } from "./promises.ts";
export { publicReport, publicReports } from "./public.ts";
export { checkAllPublications, checkPublication, recordPublication, type WatchDeps } from "./publication.ts";
export { reportDraft } from "./report-draft.ts";
export { addComment, decide } from "./review.ts";
export {
  createSeason,
  listSeasons,
  type SeasonChange,
  type SeasonInput as SeasonInputBody,
  unitCandidates,
  updateSeason,
} from "./seasons.ts";
export { PUBLICATION_LABEL, UNIT_STATUSES, type UnitStatus } from "./status.ts";
export { checkDraft, diffWithPrevious, getSubmission, listVersions, submitReport } from "./submissions.ts";

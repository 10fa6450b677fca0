// Dates of the season, as the office counts them: calendar days in Beijing time.
import { today } from "../tasks/tasks.ts";

export { today };

/** The day (YYYY-MM-DD, Beijing time) a moment falls on. */
export const dayOf = (at: Date | string) => today(at instanceof Date ? at : new Date(at));

export { defaultDeadlines } from "../../shared/season-deadlines.ts";

export const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

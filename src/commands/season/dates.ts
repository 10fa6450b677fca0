// Dates of the season, as the office counts them: calendar days in Beijing time.
import { today } from "../tasks/tasks.ts";

export { today };

/** The day (YYYY-MM-DD, Beijing time) a moment falls on. */
export const dayOf = (at: Date | string) => today(at instanceof Date ? at : new Date(at));

/** The defaults of the rules: report by 31 March, publish by 1 April of the following year. */
export function defaultDeadlines(year: number) {
  return { submitDeadline: `${year + 1}-03-31`, publishDeadline: `${year + 1}-04-01` };
}

export const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

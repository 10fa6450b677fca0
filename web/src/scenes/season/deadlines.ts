// A season's deadlines as the office sets them: the day each falls on (the rules' default when
// left empty) and a warning for a day already past — a season opened with past deadlines makes
// every unit overdue the moment it opens, and nothing said so.
import { defaultDeadlines } from "../../../../src/shared/season-deadlines.ts";

export interface DeadlineCheck {
  submit: string;
  publish: string;
  /** one sentence per deadline already past, to show and to confirm */
  past: string[];
}

/** `submit`/`publish` as chosen (YYYY-MM-DD) or empty for the default; `today` YYYY-MM-DD. */
export function checkDeadlines(
  year: number,
  chosen: { submit?: string | null; publish?: string | null },
  today: string,
): DeadlineCheck {
  const defaults = defaultDeadlines(year);
  const submit = chosen.submit || defaults.submitDeadline;
  const publish = chosen.publish || defaults.publishDeadline;
  const past = [
    submit < today ? `报送截止日期 ${submit} 已过，各单位一开启即为逾期` : "",
    publish < today ? `公开截止日期 ${publish} 已过` : "",
  ].filter(Boolean);
  return { submit, publish, past };
}

/**
 * The year the dialog offers first: the earliest one whose report is not yet due (today
 * YYYY-MM-DD). Last year's until its 31 March, then this year's — offered last year's in
 * December, the office opened a season that was overdue the moment it opened.
 */
export function defaultSeasonYear(today: string): number {
  const year = Number(today.slice(0, 4));
  return today <= defaultDeadlines(year - 1).submitDeadline ? year - 1 : year;
}

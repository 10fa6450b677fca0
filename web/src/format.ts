// The app's one way to write a moment or a day: 2026-03-05 14:07 and 2026-03-05, as deadlines,
// periods and the server's dates are written everywhere else (toLocaleString gave 2026/3/5
// 14:07:09 in some places and not in others). Always Beijing time, whatever the browser's zone,
// through the formatter the server writes its dates with (src/shared/beijing-time.ts): a browser
// set to UTC dated a report version 12-04 beside its 首次报送 12-05.
import { beijingDate, beijingDateTime, beijingYear } from "../../src/shared/beijing-time.ts";

/** A moment (an ISO time from the API) as `YYYY-MM-DD HH:mm`, Beijing time. */
export const formatDateTime = (at: string | Date): string => beijingDateTime(at);

/** A day as `YYYY-MM-DD` (a moment is taken in Beijing time). */
export const formatDate = (at: string | Date): string =>
  // a day already (a deadline) is that day, not a moment to move into Beijing time
  typeof at === "string" && /^\d{4}-\d{2}-\d{2}$/.test(at) ? at : beijingDate(at);

/** Today (YYYY-MM-DD) and this year, Beijing time. */
export const todayBeijing = (): string => beijingDate(new Date());
export const thisYearBeijing = (): number => beijingYear(new Date());

/** A failed upload's reason beside its file: the server names the file first (“bad.pdf: 文件已
 *  损坏…”, as the command line prints it), which the row already shows. */
export const uploadReason = (message: string, name: string): string => {
  // “name: ” as the server writes it, “name：” as the client does (a network failure): the
  // separator's own length, or the reason's first character went with it
  const prefix = [`${name}: `, `${name}：`].find((p) => message.startsWith(p));
  return prefix ? message.slice(prefix.length) : message;
};

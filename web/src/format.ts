// The app's one way to write a moment or a day: 2026-03-05 14:07 and 2026-03-05, as deadlines,
// periods and the server's dates are written everywhere else (toLocaleString gave 2026/3/5
// 14:07:09 in some places and not in others).
import dayjs from "dayjs";

/** A moment (an ISO time from the API) as `YYYY-MM-DD HH:mm`, in the reader's time zone. */
export const formatDateTime = (at: string | Date): string => dayjs(at).format("YYYY-MM-DD HH:mm");

/** A day as `YYYY-MM-DD` (a moment is taken in the reader's time zone). */
export const formatDate = (at: string | Date): string => dayjs(at).format("YYYY-MM-DD");

/** A failed upload's reason beside its file: the server names the file first (“bad.pdf: 文件已
 *  损坏…”, as the command line prints it), which the row already shows. */
export const uploadReason = (message: string, name: string): string =>
  message.startsWith(`${name}: `) || message.startsWith(`${name}：`)
    ? message.slice(name.length + 2)
    : message;

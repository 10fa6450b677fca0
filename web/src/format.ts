// The app's one way to write a moment or a day: 2026-03-05 14:07 and 2026-03-05, as deadlines,
// periods and the server's dates are written everywhere else (toLocaleString gave 2026/3/5
// 14:07:09 in some places and not in others).
import dayjs from "dayjs";

/** A moment (an ISO time from the API) as `YYYY-MM-DD HH:mm`, in the reader's time zone. */
export const formatDateTime = (at: string | Date): string => dayjs(at).format("YYYY-MM-DD HH:mm");

/** A day as `YYYY-MM-DD` (a moment is taken in the reader's time zone). */
export const formatDate = (at: string | Date): string => dayjs(at).format("YYYY-MM-DD");

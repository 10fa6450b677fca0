// The one way a moment becomes a day or a time the user reads, on the server (Word/Excel
// exports, audit sentences, notifications, the command line) and in the browser (web/src/
// format.ts): Beijing time, whatever zone the browser or the server runs in. Government work
// here runs on Beijing time; a browser set to UTC once dated a report version 12-04 beside its
// 首次报送 12-05 on the same screen.

/** The office's time zone. China has no daylight saving, but Intl keeps the rule in one place. */
export const OFFICE_TIME_ZONE = "Asia/Shanghai";

// Built once: an Intl.DateTimeFormat is costly to make and these run for every row of a list.
const PARTS = new Intl.DateTimeFormat("en-CA", {
  timeZone: OFFICE_TIME_ZONE,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
  hourCycle: "h23",
});

interface Parts {
  year: string;
  month: string;
  day: string;
  hour: string;
  minute: string;
  second: string;
}

/** The calendar fields of a moment in Beijing time (all zero-padded strings). */
export function beijingParts(at: string | Date | number): Parts {
  const out: Record<string, string> = {};
  for (const p of PARTS.formatToParts(at instanceof Date ? at : new Date(at))) out[p.type] = p.value;
  // Older engines wrote midnight as hour 24 (the hour12:false bug); it is 00 of the same day.
  if (out.hour === "24") out.hour = "00";
  return out as unknown as Parts;
}

/** The day (YYYY-MM-DD) a moment falls on in Beijing. */
export function beijingDate(at: string | Date | number): string {
  const p = beijingParts(at);
  return `${p.year}-${p.month}-${p.day}`;
}

/** A moment as `YYYY-MM-DD HH:mm`, Beijing time. */
export function beijingDateTime(at: string | Date | number): string {
  const p = beijingParts(at);
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}`;
}

/** A moment as `YYYY-MM-DD HH:mm:ss`, Beijing time (where seconds matter: a lock's holder). */
export function beijingDateTimeSeconds(at: string | Date | number): string {
  const p = beijingParts(at);
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}:${p.second}`;
}

/** The year (Beijing time) a moment falls in. */
export const beijingYear = (at: string | Date | number): number => Number(beijingParts(at).year);

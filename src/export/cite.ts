// A cited passage as a printed page shows it: the document's words at the span with a little of
// the sentence around them, so that a reader without the app sees what a score rests on.
// The cutting itself is shared with every other place that quotes (src/shared/passage.ts).

/** The cited passage with its sentence (kept under this name for the export's callers). */
export { citedPassage as excerpt } from "../shared/passage.ts";

/** The web app's page of a document opened at a span (DocumentScene reads ?at=start-end). */
export const passageUrl = (baseUrl: string, documentId: number, start: number, end: number) =>
  `${baseUrl.replace(/\/+$/u, "")}/documents/${documentId}?at=${start}-${end}`;

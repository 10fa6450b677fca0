// A version's text with the coordinator's comments marked at their spans; selecting a passage
// hands it to the comment form.
import { Tooltip } from "antd";
import type { SubmissionJson } from "./types.ts";

type Comment = SubmissionJson["comments"][number];

function pieces(text: string, comments: Comment[]) {
  const out: Array<{ text: string; comment: Comment | null }> = [];
  let at = 0;
  for (const c of [...comments].sort((a, b) => a.start - b.start)) {
    if (c.start < at) continue; // overlapping comments: the first one is marked
    if (c.start > at) out.push({ text: text.slice(at, c.start), comment: null });
    out.push({ text: text.slice(c.start, c.end), comment: c });
    at = c.end;
  }
  if (at < text.length) out.push({ text: text.slice(at), comment: null });
  return out;
}

export function AnnotatedText({
  text,
  comments,
  onSelect,
}: {
  text: string;
  comments: Comment[];
  onSelect?: (quote: string) => void;
}) {
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: selecting text to quote it is reading, not a control
    <div
      className="annotated-text"
      style={{
        whiteSpace: "pre-wrap",
        lineHeight: 1.9,
        maxHeight: 480,
        overflow: "auto",
        padding: 12,
        background: "#fafafa",
      }}
      onMouseUp={() => {
        const quote = window.getSelection()?.toString().trim();
        if (quote && onSelect) onSelect(quote);
      }}
    >
      {pieces(text, comments).map((p, i) =>
        p.comment ? (
          <Tooltip key={`${p.comment.id}`} title={p.comment.text}>
            <mark className="comment-mark" style={{ background: "#ffe58f" }}>
              {p.text}
            </mark>
          </Tooltip>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: the pieces of one text never reorder
          <span key={i}>{p.text}</span>
        ),
      )}
    </div>
  );
}

// A version's text with the coordinator's comments marked at their spans; selecting a passage
// hands it to the comment form.
import { Tooltip } from "antd";
import { useMemo } from "react";
import { TextBlocks } from "../../components/TextBlocks.tsx";
import { markPieces, placePieces, textBlocks } from "../document/tables.ts";
import type { SubmissionJson } from "./types.ts";

type Comment = SubmissionJson["comments"][number];

export function AnnotatedText({
  text,
  comments,
  onSelect,
}: {
  text: string;
  comments: Comment[];
  onSelect?: (quote: string) => void;
}) {
  // statistics tables drawn as tables, as in the document view
  const blocks = useMemo(
    () => placePieces(textBlocks(text), markPieces(text.length, comments)),
    [text, comments],
  );
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
      <TextBlocks
        blocks={blocks}
        piece={(p) =>
          p.mark ? (
            <Tooltip key={p.start} title={p.mark.text}>
              <mark className="comment-mark" style={{ background: "#ffe58f" }}>
                {text.slice(p.start, p.end)}
              </mark>
            </Tooltip>
          ) : (
            <span key={p.start}>{text.slice(p.start, p.end)}</span>
          )
        }
      />
    </div>
  );
}

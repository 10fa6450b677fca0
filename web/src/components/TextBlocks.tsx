// A record's text drawn in its blocks: runs of lines as they are (in the parent's pre-wrap), and
// statistics tables as bordered tables, each cell holding its marked pieces (the cutting is
// scenes/document/tables.ts). Used by the document view, the review of submitted reports and the
// published reports.
import { type ReactNode, useMemo } from "react";
import { markPieces, type Placed, placePieces, type Range, textBlocks } from "../scenes/document/tables.ts";

const BORDER = "1px solid #d9d9d9";
const CELL: React.CSSProperties = { border: BORDER, padding: "2px 10px", verticalAlign: "top" };

export function TextBlocks<P extends Range>({
  blocks,
  piece,
}: {
  blocks: Placed<P>[];
  /** one piece, with its marks */
  piece: (p: P) => ReactNode;
}) {
  return (
    <>
      {blocks.map((b) => {
        if (b.kind === "text") return <span key={b.start}>{b.pieces.map(piece)}</span>;
        const [first, ...rest] = b.rows;
        const row = (r: (typeof b.rows)[number], head: boolean) => (
          <tr key={r.start}>
            {r.cells.map((c, i) => {
              const Cell = head ? "th" : "td";
              return (
                <Cell
                  // biome-ignore lint/suspicious/noArrayIndexKey: a row's cells never reorder (filler cells share an offset)
                  key={i}
                  colSpan={c.span > 1 ? c.span : undefined}
                  style={{
                    ...CELL,
                    textAlign: head ? "center" : c.number ? "right" : "left",
                    fontWeight: head ? 600 : undefined,
                    background: head ? "#f5f5f5" : undefined,
                  }}
                >
                  {c.pieces.map(piece)}
                </Cell>
              );
            })}
          </tr>
        );
        return (
          <table
            key={b.start}
            className="text-table"
            style={{
              borderCollapse: "collapse",
              margin: "6px 0",
              lineHeight: 1.6,
              fontVariantNumeric: "tabular-nums",
              whiteSpace: "normal",
            }}
          >
            {b.header ? <thead>{row(first, true)}</thead> : null}
            <tbody>{(b.header ? rest : b.rows).map((r) => row(r, false))}</tbody>
          </table>
        );
      })}
    </>
  );
}

/** A text without marks, its tables drawn as tables (in a pre-wrap parent). */
export function PlainText({ text }: { text: string }) {
  const blocks = useMemo(() => placePieces(textBlocks(text), markPieces(text.length, [])), [text]);
  return (
    <TextBlocks blocks={blocks} piece={(p) => <span key={p.start}>{text.slice(p.start, p.end)}</span>} />
  );
}

// A passage of a document with the cited span highlighted, read from the stored text.
import { useEffect, useState } from "react";
import { type DocumentDetail, getJson } from "../../api.ts";

const texts = new Map<number, Promise<string>>();
const textOf = (id: number) => {
  let p = texts.get(id);
  if (!p) {
    p = getJson<DocumentDetail>(`/api/documents/${id}`).then((d) => d.record.text);
    texts.set(id, p);
  }
  return p;
};

export function Passage({ documentId, start, end }: { documentId: number; start: number; end: number }) {
  const [text, setText] = useState<string | null>(null);
  useEffect(() => {
    textOf(documentId)
      .then(setText)
      .catch(() => setText(null));
  }, [documentId]);
  if (text === null) return null;
  const from = Math.max(0, start - 40);
  const to = Math.min(text.length, end + 40);
  return (
    <div className="passage" style={{ background: "#fafafa", padding: 8, lineHeight: 1.8 }}>
      {from > 0 ? "…" : ""}
      {text.slice(from, start)}
      <mark>{text.slice(start, end)}</mark>
      {text.slice(end, to)}
      {to < text.length ? "…" : ""}
      <a href={`/documents/${documentId}`} style={{ marginLeft: 8 }}>
        在文档中查看
      </a>
    </div>
  );
}

// The evidence behind an item: passages highlighted, tasks, files, findings, entries; or a
// plain statement that there is none.
import { Empty, List, Tag } from "antd";
import { Passage } from "./Passage.tsx";
import type { TraceJson } from "./types.ts";

const KIND_LABEL: Record<string, string> = {
  span: "报告原文",
  finding: "审查问题",
  task: "督办任务",
  file: "证明材料",
  season: "报告季",
  entry: "录入",
};

export function EvidenceList({
  itemId,
  evidence,
}: {
  itemId: number;
  evidence: TraceJson["item"]["evidence"];
}) {
  if (evidence.length === 0)
    return <Empty className="no-evidence" description="无依据：该项没有找到可作为依据的来源" />;
  return (
    <List
      size="small"
      dataSource={evidence}
      renderItem={(e) => (
        <List.Item className={`evidence evidence-${e.kind}`}>
          <div style={{ width: "100%" }}>
            <Tag>{KIND_LABEL[e.kind]}</Tag>
            {e.kind === "file" ? (
              <a href={`/api/assess/items/${itemId}/files/${e.sha256}`}>{e.name}</a>
            ) : e.kind === "task" ? (
              <span>
                {e.title}：{e.note}
              </span>
            ) : (
              <span>{e.kind === "span" ? e.note : e.text}</span>
            )}
            {(e.kind === "span" || e.kind === "finding") &&
            e.documentId &&
            e.start !== null &&
            e.end !== null ? (
              <Passage documentId={e.documentId} start={e.start} end={e.end} />
            ) : null}
          </div>
        </List.Item>
      )}
    />
  );
}

// The comments made on the unit's earlier versions, shown with the version under review: what
// was asked before the return, and whether the passage it concerned still stands as it was
// (原文未改动: the issue may remain) or was rewritten (原文已修改: check that it now answers).
import { List, Tag, Typography } from "antd";
import type { SubmissionJson } from "./types.ts";

type Earlier = SubmissionJson["earlierComments"][number];

export function EarlierComments({ comments }: { comments: Earlier[] }) {
  if (comments.length === 0) return null;
  return (
    <List
      size="small"
      className="earlier-comments"
      header={
        <span>
          此前版本的批注
          <Typography.Text type="secondary">
            （逐条对照本版：原文未改动的，意见可能尚未处理；原文已修改的，请核对是否已按意见修改）
          </Typography.Text>
        </span>
      }
      dataSource={comments}
      renderItem={(c) => (
        <List.Item className={`earlier-comment earlier-comment-${c.state}`}>
          <span>
            <Tag>第 {c.version} 版批注</Tag>
            <Tag color={c.state === "unchanged" ? "orange" : "green"} className="earlier-state">
              {c.stateLabel}
            </Tag>
            「{c.quote}」：{c.text}
            {c.author ? `（${c.author}）` : ""}
          </span>
        </List.Item>
      )}
    />
  );
}

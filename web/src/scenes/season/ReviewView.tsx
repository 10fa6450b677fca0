// The automatic review of a draft or version: required parts, issuer and year, findings.
import { Alert, Descriptions, List, Space, Table, Tag } from "antd";
import { SEVERITY_LABEL } from "../../api.ts";
import type { DraftReview } from "./types.ts";
import { titleMarks } from "../../../../src/shared/title-marks.ts";

type Copied = NonNullable<DraftReview["copied"]>;

/** Copied passages side by side: this report and the report it repeats. */
function CopiedView({ copied }: { copied: Copied }) {
  return (
    <div className="copied" style={{ marginBottom: 12 }}>
      <h4>
        重复文字 {(copied.share * 100).toFixed(1)}%（
        {copied.sources.map((s) => `${s.label} ${(s.share * 100).toFixed(1)}%`).join("、")}）
      </h4>
      <Table
        size="small"
        pagination={{ pageSize: 5 }}
        rowKey="start"
        dataSource={copied.passages}
        columns={[
          { title: "本报告", dataIndex: "quote", width: "45%" },
          { title: "来源报告", dataIndex: "source", width: "10%" },
          {
            title: "来源原文",
            dataIndex: "sourceQuote",
            width: "45%",
            render: (q: string) => q || "（其他单位的报告，不显示原文）",
          },
        ]}
      />
    </div>
  );
}

const SEVERITY_COLOR: Record<string, string> = { error: "red", warning: "orange", info: "blue" };

export function ReviewView({ review, onJump }: { review: DraftReview; onJump?: (start: number) => void }) {
  return (
    <div className="draft-review">
      {review.tampered ? (
        <Alert
          type="error"
          showIcon
          message="页面疑似被篡改或植入广告，请核对原文后再报送"
          style={{ marginBottom: 12 }}
        />
      ) : null}
      <Descriptions size="small" column={3} bordered style={{ marginBottom: 12 }}>
        <Descriptions.Item label="标题">
          {review.title ? titleMarks(review.title) : "未识别"}
        </Descriptions.Item>
        <Descriptions.Item label="地区">{review.region ?? "未识别"}</Descriptions.Item>
        <Descriptions.Item label="年度">{review.year ?? "未识别"}</Descriptions.Item>
      </Descriptions>
      <Space wrap style={{ marginBottom: 12 }}>
        {review.parts.map((p) => (
          <Tag key={p.part} color={p.present ? "green" : "red"} className="part-tag">
            {p.present ? "已包含" : "缺失"}：{p.label}
          </Tag>
        ))}
      </Space>
      {review.copied?.passages.length ? <CopiedView copied={review.copied} /> : null}
      <List
        size="small"
        bordered
        locale={{ emptyText: "自动审查未发现问题" }}
        dataSource={review.findings}
        renderItem={(f) => (
          <List.Item
            className="review-finding"
            style={{ cursor: f.start !== null && onJump ? "pointer" : undefined }}
            onClick={() => f.start !== null && onJump?.(f.start)}
          >
            <Space align="start">
              <Tag color={SEVERITY_COLOR[f.severity]}>{SEVERITY_LABEL[f.severity] ?? f.severity}</Tag>
              <span>
                {f.message}
                {f.context ? (
                  // where it is: a unit's check shows no text, and 异常字符「?」 twice said nothing
                  <span className="finding-context" style={{ display: "block", color: "#666", fontSize: 12 }}>
                    原文：{f.context.before}
                    <mark>{f.context.text}</mark>
                    {f.context.after}
                  </span>
                ) : null}
              </span>
            </Space>
          </List.Item>
        )}
      />
    </div>
  );
}

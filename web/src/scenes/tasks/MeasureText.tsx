// The plan's own words behind a task: the full measure with its clause marked, and a link that
// opens the plan at that place.
import { FileSearchOutlined } from "@ant-design/icons";
import { Card, Tag, Typography } from "antd";
import type { TaskDetail } from "../../api.ts";
import { navigate } from "../../router.ts";

export function MeasureText({
  measure: m,
  units,
}: {
  measure: NonNullable<TaskDetail["measure"]>;
  units: TaskDetail["units"];
}) {
  const at = m.clause ? m.text.lastIndexOf(m.clause) : -1;
  const href = `/documents/${m.documentId}?at=${m.start}-${m.end}`;
  return (
    <Card
      size="small"
      title="措施原文"
      className="measure-text"
      extra={
        <a
          href={href}
          className="measure-source"
          onClick={(e) => {
            e.preventDefault();
            navigate(href);
          }}
        >
          <FileSearchOutlined /> 在方案中查看
        </a>
      }
    >
      <Typography.Paragraph style={{ whiteSpace: "pre-wrap", marginBottom: 8 }}>
        {at >= 0 ? (
          <>
            {m.text.slice(0, at)}
            <mark className="measure-clause">{m.clause}</mark>
            {m.text.slice(at + (m.clause?.length ?? 0))}
          </>
        ) : (
          m.text
        )}
      </Typography.Paragraph>
      {m.clause ? (
        <div>
          <Typography.Text type="secondary">责任条款：</Typography.Text>
          {m.clause}
        </div>
      ) : null}
      {units.length > 1 ? (
        <div style={{ marginTop: 8 }}>
          <Typography.Text type="secondary">本措施的责任单位：</Typography.Text>
          {units.map((u) => (
            <Tag key={u.id} color={u.role === "lead" ? "blue" : undefined}>
              {u.unitName}（{u.role === "lead" ? "牵头" : "配合"}）
            </Tag>
          ))}
        </div>
      ) : null}
    </Card>
  );
}

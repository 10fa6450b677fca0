// What a version shows besides its text: the diff with the previous version and last year's
// promises with the figures across years.
import { Empty, List, Table, Tag } from "antd";
import { useJson } from "../../useJson.ts";
import type { DiffJson, UnitPromises } from "./types.ts";

const OP_STYLE: Record<string, React.CSSProperties> = {
  added: { background: "#f6ffed", borderLeft: "3px solid #52c41a" },
  removed: { background: "#fff1f0", borderLeft: "3px solid #ff4d4f", textDecoration: "line-through" },
  same: { color: "#888" },
};

export function DiffView({ submissionId }: { submissionId: number }) {
  const { data } = useJson<DiffJson>(`/api/season/submissions/${submissionId}/diff`);
  if (!data) return null;
  if (data.previousVersion === null) return <Empty description="这是第一版，没有可比较的上一版" />;
  const changed = data.lines.filter((l) => l.op !== "same");
  return (
    <div className="version-diff">
      <p>
        第 {data.previousVersion} 版 → 第 {data.version} 版：新增{" "}
        {changed.filter((l) => l.op === "added").length} 段，删除{" "}
        {changed.filter((l) => l.op === "removed").length} 段
      </p>
      {data.lines.map((l, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: diff lines are fixed once loaded
        <div key={i} className={`diff-${l.op}`} style={{ padding: "2px 8px", ...OP_STYLE[l.op] }}>
          {l.op === "added" ? "+ " : l.op === "removed" ? "− " : "  "}
          {l.text}
        </div>
      ))}
    </div>
  );
}

export function PromisesView({ seasonId, unitKey }: { seasonId: number; unitKey: string }) {
  const { data } = useJson<{ units: UnitPromises[] }>(
    `/api/seasons/${seasonId}/promises?unit=${encodeURIComponent(unitKey)}`,
  );
  const mine = data?.units[0];
  if (!data) return null;
  if (!mine) return <Empty description="没有上一年度已通过的报告可供对照" />;
  return (
    <div className="promises">
      <h4>上年度《{mine.lastTitle}》中的工作安排</h4>
      <List
        size="small"
        bordered
        dataSource={mine.items}
        renderItem={(i) => (
          <List.Item>
            <div>
              <Tag color={i.addressed ? "green" : "red"}>{i.addressed ? "已落实" : "未提及"}</Tag>
              {i.promise}
              {i.match ? <div style={{ color: "#555", marginTop: 4 }}>对应内容：{i.match}</div> : null}
            </div>
          </List.Item>
        )}
      />
      <h4 style={{ marginTop: 16 }}>指标数据逐年对照</h4>
      <Table
        size="small"
        rowKey="indicator"
        pagination={false}
        dataSource={mine.figures}
        columns={[
          { title: "指标", dataIndex: "label" },
          {
            title: "上年",
            dataIndex: "last",
            render: (v: number | null, r) => (v === null ? "—" : `${v}${r.unit}`),
          },
          {
            title: "本年",
            dataIndex: "current",
            render: (v: number | null, r) => (v === null ? "—" : `${v}${r.unit}`),
          },
          {
            title: "变化",
            dataIndex: "change",
            render: (v: number | null) => (v === null ? "—" : v > 0 ? `+${v}` : v),
          },
        ]}
      />
    </div>
  );
}

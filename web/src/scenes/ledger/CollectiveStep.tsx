// The collective owners of a plan (市直各相关单位, 各县市区政府), each with the units it is to be
// expanded into: picked from the suggestions or typed; none keeps the phrase as one task.
import { Button, Select, Space, Table, Tag } from "antd";
import type { LedgerDraft } from "../../api.ts";

type Collective = LedgerDraft["collectives"][number];

export function CollectiveStep({
  collectives,
  value,
  onChange,
}: {
  collectives: Collective[];
  value: Record<string, string[]>;
  onChange: (v: Record<string, string[]>) => void;
}) {
  if (collectives.length === 0) return <span>本方案没有集合称谓，无需展开。</span>;
  const set = (phrase: string, units: string[]) => onChange({ ...value, [phrase]: units });
  return (
    <Table<Collective>
      rowKey="phrase"
      size="small"
      pagination={false}
      dataSource={collectives}
      className="collective-step"
      columns={[
        {
          title: "集合称谓",
          key: "phrase",
          width: 190,
          render: (_, c) => (
            <Space direction="vertical" size={0}>
              <strong>{c.phrase}</strong>
              <span>
                <Tag>{c.hint}</Tag>
                {c.tasks} 项任务
              </span>
            </Space>
          ),
        },
        {
          title: "展开为（不选则保持为一项任务）",
          key: "units",
          render: (_, c) => (
            <Space direction="vertical" style={{ width: "100%" }}>
              <Select
                mode="tags"
                aria-label={`${c.phrase}展开为`}
                style={{ width: "100%" }}
                placeholder="选择或输入单位名称"
                value={value[c.phrase] ?? []}
                onChange={(units: string[]) => set(c.phrase, units)}
                options={c.suggestions.map((s) => ({ value: s, label: s }))}
                maxTagCount={8}
                tokenSeparators={["，", ",", "、"]}
              />
              {c.suggestions.length ? (
                <Space size="small">
                  <Button size="small" type="link" onClick={() => set(c.phrase, c.suggestions)}>
                    全选建议的 {c.suggestions.length} 个单位
                  </Button>
                  <Button size="small" type="link" onClick={() => set(c.phrase, [])}>
                    清空
                  </Button>
                </Space>
              ) : null}
            </Space>
          ),
        },
      ]}
    />
  );
}

// 计划台账: a plan's measures by area with lead and cooperating units and deadlines, and a
// per-unit view of what each department leads or supports.
import { Alert, Button, Card, Collapse, Empty, Select, Space, Spin, Table, Tabs, Tag, Tooltip } from "antd";
import { useEffect, useState } from "react";
import {
  canManage,
  type DocumentList,
  getJson,
  type Ledger,
  type LedgerRow,
  type UnitSummary,
} from "../../api.ts";
import { usePageTitle } from "../../components/PrintHeader.tsx";
import { navigate } from "../../router.ts";
import { useSession } from "../../session.tsx";
import { CreateLedgerDialog } from "./CreateLedgerDialog.tsx";

const measureColumns = [
  { title: "序号", dataIndex: "no", width: 64, render: (n: number) => `（${n}）` },
  { title: "措施", dataIndex: "title" },
  { title: "牵头单位", dataIndex: "lead", render: (u: string[]) => u.join("、") },
  { title: "配合单位", dataIndex: "cooperate", render: (u: string[]) => u.join("、") || "—" },
  {
    title: "完成时限",
    key: "due",
    width: 150,
    render: (_: unknown, r: LedgerRow) =>
      r.due ? (
        <span>
          {r.due}
          {r.dueSource === "默认" ? (
            // the word the 督办 pages use; a bare 默认 left a clerk asking "default of what?"
            <Tooltip title="本项措施未写明时限，按方案的总体完成时限">
              <Tag className="due-default" style={{ marginLeft: 4 }}>
                方案默认
              </Tag>
            </Tooltip>
          ) : null}
        </span>
      ) : r.term ? (
        <Tag color={r.termKind === "长期" ? "blue" : "cyan"}>{r.term}</Tag>
      ) : (
        <Tag>未明确</Tag>
      ),
  },
];

export default function LedgerScene({ id }: { id: number | null }) {
  const { user } = useSession();
  const [plans, setPlans] = useState<DocumentList | null>(null);
  const [ledger, setLedger] = useState<Ledger | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [creating, setCreating] = useState<number | null>(null);

  useEffect(() => {
    void getJson<DocumentList>("/api/documents?kind=plan&pageSize=200").then(setPlans);
  }, []);
  useEffect(() => {
    setLedger(null);
    setError(null);
    if (id === null) return;
    getJson<Ledger>(`/api/documents/${id}/ledger`)
      .then(setLedger)
      .catch((e: Error) => setError(e.message));
  }, [id]);
  useEffect(() => {
    if (id === null && plans?.items.length) navigate(`/ledger/${plans.items[0].id}`);
  }, [id, plans]);

  usePageTitle(ledger ? `计划台账：${ledger.title ?? "实施方案"}` : null);
  return (
    <Space direction="vertical" size="large" style={{ width: "100%" }}>
      <Card size="small">
        <Space wrap>
          <Select
            placeholder="选择实施方案"
            style={{ minWidth: 420 }}
            value={id ?? undefined}
            onChange={(v) => navigate(`/ledger/${v}`)}
            options={(plans?.items ?? []).map((p) => ({ value: p.id, label: p.displayTitle ?? p.name }))}
          />
          {id !== null ? <Button href={`/api/export/ledger.xlsx?id=${id}`}>导出 Excel 台账</Button> : null}
          {id !== null && canManage(user) ? (
            <Button type="primary" onClick={() => setCreating(id)}>
              生成督办台账
            </Button>
          ) : null}
        </Space>
      </Card>
      <CreateLedgerDialog documentId={creating} onClose={() => setCreating(null)} />
      {error ? <Alert type="error" message={error} /> : null}
      {plans && plans.items.length === 0 ? <Empty description="还没有实施方案，请先在文档库上传" /> : null}
      {id !== null && !ledger && !error ? <Spin /> : null}
      {ledger ? (
        <Tabs
          items={[
            {
              key: "areas",
              label: `按领域（${ledger.rows.length} 项措施）`,
              children: (
                <Collapse
                  defaultActiveKey={ledger.areas.slice(0, 1)}
                  items={ledger.areas.map((area) => {
                    const rows = ledger.rows.filter((r) => (r.area || "未分类") === area);
                    return {
                      key: area,
                      forceRender: true, // printed whole: folded areas are in the page, shown on paper
                      label: `${area}（${rows.length}）`,
                      children: (
                        <Table<LedgerRow>
                          rowKey="no"
                          size="small"
                          pagination={false}
                          dataSource={rows}
                          columns={measureColumns}
                        />
                      ),
                    };
                  })}
                />
              ),
            },
            {
              key: "units",
              label: `按单位（${ledger.units.length}）`,
              children: (
                <Table<UnitSummary>
                  rowKey="key"
                  size="small"
                  dataSource={ledger.units}
                  pagination={{ pageSize: 50 }}
                  columns={[
                    { title: "单位", dataIndex: "name" },
                    { title: "规范名称", dataIndex: "canonical" },
                    { title: "牵头", dataIndex: "leads", width: 70, sorter: (a, b) => a.leads - b.leads },
                    {
                      title: "配合",
                      dataIndex: "cooperates",
                      width: 70,
                      sorter: (a, b) => a.cooperates - b.cooperates,
                    },
                    { title: "最早时限", dataIndex: "earliestDue", width: 120 },
                    {
                      title: "类别",
                      key: "class",
                      width: 100,
                      render: (_: unknown, u) =>
                        u.collective ? (
                          <Tag>集合称谓</Tag>
                        ) : u.known ? (
                          <Tag color="blue">单位库</Tag>
                        ) : (
                          <Tag color="orange">未登记</Tag>
                        ),
                    },
                    {
                      title: "涉及措施",
                      dataIndex: "measures",
                      render: (m: number[]) => m.map((n) => `（${n}）`).join(""),
                    },
                  ]}
                />
              ),
            },
          ]}
        />
      ) : null}
    </Space>
  );
}

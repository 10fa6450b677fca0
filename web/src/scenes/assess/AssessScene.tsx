// 考核评估: the rounds the caller may see; the coordinator creates a round (system, year, units).
import { ApartmentOutlined } from "@ant-design/icons";
import { App, Button, Card, Form, Input, InputNumber, Select, Space, Table, Tag } from "antd";
import { useEffect, useState } from "react";
import { canManage, type Facets, getAllPages, getJson, type SessionUser, send } from "../../api.ts";
import { thisYearBeijing } from "../../format.ts";
import { navigate } from "../../router.ts";
import { useSession } from "../../session.tsx";
import { usePagedJson } from "../../usePagedJson.ts";
import { type RoundSummaryJson, STATUS_COLOR } from "./types.ts";

interface SystemSummary {
  key: string;
  version: string;
  name: string;
}

function NewRound({ onCreated }: { onCreated: (id: number) => void }) {
  const { message } = App.useApp();
  const [systems, setSystems] = useState<SystemSummary[]>([]);
  // one option per division: two 鼓楼区 are two, each labelled with its city and chosen under a
  // name that says which (福州市鼓楼区), so the round finds that 鼓楼区's report
  const [regions, setRegions] = useState<Facets["regions"]>([]);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    // each system once, at its newest version (a round is created with the newest)
    void getAllPages<SystemSummary>("/api/assess/systems").then((all) =>
      setSystems([...new Map(all.map((s) => [s.key, s])).values()]),
    );
    void getJson<Facets>("/api/facets").then((f) => setRegions(f.regions));
  }, []);
  return (
    <Card size="small" title="新建评估轮次">
      <Form
        layout="inline"
        initialValues={{ year: thisYearBeijing() - 1 }}
        onFinish={async (v: { system: string; year: number; title?: string; units: string[] }) => {
          setBusy(true);
          try {
            const { id, notices } = await send<{ id: number; notices: string[] }>(
              "POST",
              "/api/assess/rounds",
              {
                system: v.system,
                year: v.year,
                title: v.title || null,
                units: v.units.map((name) => ({ name })),
              },
            );
            message.success("已新建评估轮次并完成自动评分");
            // a unit whose report could be either of two same-named areas' is left without one
            for (const n of notices) message.warning(n, 10);
            onCreated(id);
          } catch (e) {
            message.error((e as Error).message);
          } finally {
            setBusy(false);
          }
        }}
      >
        <Form.Item name="system" label="指标体系" rules={[{ required: true, message: "请选择指标体系" }]}>
          <Select
            style={{ width: 320 }}
            options={systems.map((s) => ({ value: s.key, label: `${s.name}（${s.version}）` }))}
          />
        </Form.Item>
        <Form.Item name="year" label="年度" rules={[{ required: true }]}>
          <InputNumber min={2000} max={2100} />
        </Form.Item>
        <Form.Item name="title" label="名称">
          <Input placeholder="默认：年度+指标体系" style={{ width: 220 }} />
        </Form.Item>
        <Form.Item name="units" label="参评单位" rules={[{ required: true, message: "请填写参评单位" }]}>
          <Select
            mode="tags"
            style={{ minWidth: 320 }}
            placeholder="输入单位名称后回车"
            options={regions.map((r) => ({ value: r.unitName, label: r.label }))}
          />
        </Form.Item>
        <Form.Item>
          <Button type="primary" htmlType="submit" loading={busy}>
            新建并评分
          </Button>
        </Form.Item>
      </Form>
    </Card>
  );
}

/** What an empty list tells each reader: who makes a round, and where (an evaluator or a unit
 * cannot create one, and a bare 还没有评估轮次 left them waiting without knowing on whom). */
export function emptyRounds(user: SessionUser | null): string {
  if (!user || user.role === "public") return "还没有公布的评估结果";
  if (canManage(user)) return "还没有评估轮次：在上方选择指标体系、年度和参评单位，点击“新建并评分”";
  return "还没有评估轮次：依法治市办新建评估轮次后，在这里查看评分";
}

export default function AssessScene() {
  const { user } = useSession();
  const rounds = usePagedJson<RoundSummaryJson>("/api/assess/rounds");
  return (
    <Space direction="vertical" size="large" style={{ width: "100%" }}>
      {canManage(user) ? (
        <>
          <Button icon={<ApartmentOutlined />} onClick={() => navigate("/assess/systems")}>
            管理指标体系
          </Button>
          <NewRound onCreated={(id) => navigate(`/assess/${id}`)} />
        </>
      ) : null}
      <Card size="small" title={user ? "评估轮次" : "已公布的评估结果"}>
        <Table
          rowKey="id"
          loading={rounds.items === null}
          dataSource={rounds.items ?? []}
          pagination={rounds.pagination}
          locale={{ emptyText: emptyRounds(user) }}
          onRow={(r) => ({ onClick: () => navigate(`/assess/${r.id}`), style: { cursor: "pointer" } })}
          columns={[
            { title: "年度", dataIndex: "year", width: 80 },
            { title: "名称", dataIndex: "title" },
            { title: "指标体系", key: "system", render: (_, r) => `${r.systemName}（${r.systemVersion}）` },
            { title: "参评单位", dataIndex: "units", width: 100 },
            {
              title: "状态",
              dataIndex: "statusLabel",
              width: 100,
              render: (label: string, r) => <Tag color={STATUS_COLOR[r.status]}>{label}</Tag>,
            },
          ]}
        />
      </Card>
    </Space>
  );
}

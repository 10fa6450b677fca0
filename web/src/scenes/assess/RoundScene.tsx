// 评估结果: ranking, radar by first-level indicator, distribution, year-over-year change, every
// unit's items (click one for its evidence), appeals, and the round's actions and downloads.
import { Alert, App, Button, Card, Descriptions, Select, Space, Spin, Table, Tabs, Tag } from "antd";
import { useCallback, useEffect, useMemo, useState } from "react";
import { getJson, type SessionUser, send } from "../../api.ts";
import { Chart } from "../../components/Chart.tsx";
import { usePageTitle } from "../../components/PrintHeader.tsx";
import { navigate } from "../../router.ts";
import { useSession } from "../../session.tsx";
import AppealsPanel from "./AppealsPanel.tsx";
import { distributionOption, radarOption, rankingOption } from "./charts.ts";
import ItemDrawer from "./ItemDrawer.tsx";
import ReportDialog from "./ReportDialog.tsx";
import { type ResultItemJson, type ResultsJson, rate, STATUS_COLOR, type UnitResultJson } from "./types.ts";

/** The roles with assess:manage (the server's policy): they score, and choose a unit's report. */
const scores = (u: SessionUser | null) =>
  u?.role === "admin" || u?.role === "coordinator" || u?.role === "evaluator";

/** The report a unit is scored on, opened in the document view; and, while the round is open,
 *  the action to choose or change it. */
function ReportCell({
  unit,
  canChoose,
  onChoose,
}: {
  unit: UnitResultJson;
  canChoose: boolean;
  onChoose: () => void;
}) {
  const href = `/documents/${unit.documentId}`;
  return (
    <div className="unit-report">
      {unit.documentId !== null && unit.documentTitle ? (
        <a
          href={href}
          title={unit.documentTitle}
          style={{ display: "block", overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap" }}
          onClick={(e) => {
            e.preventDefault();
            navigate(href);
          }}
        >
          {unit.documentTitle}
        </a>
      ) : (
        <div style={{ color: "#8c8c8c" }}>无</div>
      )}
      {canChoose ? (
        <Button size="small" type="link" style={{ padding: 0 }} onClick={onChoose}>
          {unit.documentId === null ? "选择报告" : "更换报告"}
        </Button>
      ) : null}
    </div>
  );
}

function Actions({ data, reload }: { data: ResultsJson; reload: () => void }) {
  const { message, modal } = App.useApp();
  const { user } = useSession();
  const coordinator = user?.role === "admin" || user?.role === "coordinator";
  const evaluator = coordinator || user?.role === "evaluator";
  const { id, status } = data.round;
  const act = (path: string, done: string, confirm?: string) => async () => {
    const run = async () => {
      try {
        await send("POST", `/api/assess/rounds/${id}/${path}`);
        message.success(done);
        reload();
      } catch (e) {
        message.error((e as Error).message);
      }
    };
    if (confirm) modal.confirm({ title: confirm, onOk: run, okText: "确定", cancelText: "取消" });
    else await run();
  };
  if (!user) return null;
  return (
    <Space wrap>
      {evaluator && status === "open" ? (
        <Button onClick={act("recompute", "已按当前来源重新计算")}>重新计算</Button>
      ) : null}
      {coordinator && status === "open" ? (
        <Button onClick={act("finalise", "已定稿", "定稿后评分锁定，不能再修改。确定定稿？")}>定稿</Button>
      ) : null}
      {coordinator && status === "finalised" ? (
        <Button type="primary" onClick={act("publish", "已公布", "公布后公众可以看到各单位总分。确定公布？")}>
          公布结果
        </Button>
      ) : null}
      <Button href={`/api/assess/rounds/${id}/scores.xlsx`}>下载评分表（Excel）</Button>
      <Button href={`/api/assess/rounds/${id}/report.docx`}>下载评估报告（Word）</Button>
    </Space>
  );
}

function Items({ unit, onOpen }: { unit: UnitResultJson; onOpen: (id: number) => void }) {
  return (
    <Table<ResultItemJson>
      rowKey="code"
      size="small"
      pagination={false}
      dataSource={unit.items}
      onRow={(i) => ({ onClick: () => i.id && onOpen(i.id), style: { cursor: "pointer" } })}
      columns={[
        { title: "编号", dataIndex: "code", width: 70 },
        { title: "指标", dataIndex: "name", render: (n: string, i) => `${i.path.join(" / ")} / ${n}` },
        { title: "评分方法", dataIndex: "methodLabel", width: 170 },
        { title: "得分", key: "points", width: 100, render: (_, i) => `${i.points} / ${i.max}` },
        {
          title: "状态",
          dataIndex: "statusLabel",
          width: 90,
          render: (l: string, i) => <Tag color={STATUS_COLOR[i.status]}>{l}</Tag>,
        },
        { title: "说明", dataIndex: "explanation", ellipsis: true },
      ]}
    />
  );
}

export default function RoundScene({ id }: { id: number }) {
  const { user } = useSession();
  const [data, setData] = useState<ResultsJson | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [unitId, setUnitId] = useState<number | null>(null);
  const [radarUnits, setRadarUnits] = useState<number[]>([]);
  const [itemId, setItemId] = useState<number | null>(null);
  const [choosing, setChoosing] = useState<UnitResultJson | null>(null);
  const load = useCallback(() => {
    getJson<ResultsJson>(`/api/assess/rounds/${id}`)
      .then((d) => {
        setData(d);
        setRadarUnits((prev) => (prev.length ? prev : d.units.slice(0, 2).map((u) => u.unitId)));
      })
      .catch((e: Error) => setError(e.message));
  }, [id]);
  useEffect(load, [load]);
  const radar = useMemo(
    () =>
      data
        ? radarOption(
            data.system,
            data.units.filter((u) => radarUnits.includes(u.unitId)),
          )
        : null,
    [data, radarUnits],
  );
  usePageTitle(data ? `考核评估：${data.round.title}` : null);
  if (error) return <Alert type="error" message={error} />;
  if (!data) return <Spin />;
  const unit = data.units.find((u) => u.unitId === unitId) ?? data.units[0];
  const showItems = Boolean(user) && data.units.some((u) => u.items.length > 0);
  // signed-in readers see which report each unit is scored on (the public is not told)
  const showReports = Boolean(user);
  const canChoose = scores(user) && data.round.status === "open";
  const tabs = [
    {
      key: "ranking",
      label: "排名",
      children: (
        <Space direction="vertical" style={{ width: "100%" }}>
          <Table<UnitResultJson>
            rowKey="unitId"
            className="ranking"
            pagination={false}
            dataSource={data.units}
            columns={[
              // rank and unit stay in sight while the indicators scroll sideways
              { title: "排名", dataIndex: "rank", width: 70, fixed: "left" as const },
              // a width of its own: at 1024 px the fixed columns squeezed it to a character a line
              {
                title: "单位",
                dataIndex: "unitName",
                width: 200,
                fixed: "left" as const,
                // a unit whose report of the year was not found scores 0 on every report item:
                // said beside its name, or its 0 reads as a real score
                render: (name: string, u: UnitResultJson) =>
                  u.documentId === null ? (
                    <>
                      {name}
                      <div className="no-report-note" style={{ color: "#8c8c8c", fontSize: 12 }}>
                        未找到{data.round.year}年度报告，报告类评分项均无依据
                      </div>
                    </>
                  ) : (
                    name
                  ),
              },
              ...(showReports
                ? [
                    {
                      title: "年度报告",
                      key: "report",
                      width: 220,
                      render: (_: unknown, u: UnitResultJson) => (
                        <ReportCell unit={u} canChoose={canChoose} onChoose={() => setChoosing(u)} />
                      ),
                    },
                  ]
                : []),
              { title: "总分", dataIndex: "total", width: 90 },
              { title: "得分率", key: "rate", width: 90, render: (_, u) => rate(u.total, u.max) },
              {
                title: "上年",
                dataIndex: "previousTotal",
                width: 90,
                render: (v: number | null) => v ?? "—",
              },
              {
                title: "同比",
                dataIndex: "change",
                width: 90,
                render: (v: number | null) => (v === null ? "—" : `${v >= 0 ? "+" : ""}${v}`),
              },
              ...data.system.firstLevel.map((f) => ({
                title: f.name,
                key: f.code,
                width: 110,
                render: (_: unknown, u: UnitResultJson) =>
                  u.firstLevel.find((x) => x.code === f.code)?.points ?? "—",
              })),
            ]}
            // the sum of the widths, laid out fixed: with `x: true` the table fitted the window and
            // at 1024 px squeezed the indicators' names to a character a line (a header 360 px tall)
            tableLayout="fixed"
            scroll={{ x: 630 + (showReports ? 220 : 0) + 110 * data.system.firstLevel.length }}
          />
          <Chart option={rankingOption(data.units)} height={Math.max(240, 60 + 40 * data.units.length)} />
        </Space>
      ),
    },
    {
      key: "radar",
      label: "雷达图",
      children: (
        <Space direction="vertical" style={{ width: "100%" }}>
          <Select
            mode="multiple"
            style={{ minWidth: 360 }}
            value={radarUnits}
            onChange={setRadarUnits}
            options={data.units.map((u) => ({ value: u.unitId, label: u.unitName }))}
          />
          {radar ? <Chart option={radar} height={460} /> : null}
          <div style={{ color: "#888" }}>各轴为一级指标得分率（%）</div>
        </Space>
      ),
    },
    {
      key: "distribution",
      label: "得分分布",
      children: <Chart option={distributionOption(data.distribution)} />,
    },
    ...(showItems
      ? [
          {
            key: "items",
            label: "评分明细",
            children: (
              <Space direction="vertical" style={{ width: "100%" }}>
                <Select
                  style={{ minWidth: 280 }}
                  value={unit?.unitId}
                  onChange={setUnitId}
                  options={data.units.map((u) => ({
                    value: u.unitId,
                    label: `${u.unitName}（${u.total} 分）`,
                  }))}
                />
                {unit ? <Items unit={unit} onOpen={setItemId} /> : null}
              </Space>
            ),
          },
          {
            key: "appeals",
            label: "申诉",
            children: <AppealsPanel roundId={id} onChange={load} onOpen={setItemId} />,
          },
        ]
      : []),
  ];
  return (
    <Space direction="vertical" size="large" style={{ width: "100%" }}>
      <Card
        size="small"
        title={
          <Space>
            {data.round.title}
            <Tag color={STATUS_COLOR[data.round.status]}>{data.round.statusLabel}</Tag>
          </Space>
        }
        extra={<Actions data={data} reload={load} />}
      >
        <Descriptions size="small" column={1}>
          <Descriptions.Item label="指标体系">
            {data.system.name}（版本 {data.system.version}）
          </Descriptions.Item>
          <Descriptions.Item label="分值说明">{data.system.assumption}</Descriptions.Item>
        </Descriptions>
      </Card>
      <Card size="small">
        <Tabs items={tabs} />
      </Card>
      <ReportDialog
        roundId={id}
        year={data.round.year}
        unit={choosing}
        onClose={() => setChoosing(null)}
        onChosen={load}
      />
      <ItemDrawer
        itemId={itemId}
        onClose={() => setItemId(null)}
        onChange={() => {
          load();
        }}
      />
    </Space>
  );
}

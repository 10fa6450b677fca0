// The counts by status and the two rates as reports cite them, each with the units behind it.
import { Card, Col, Popover, Row, Statistic, Table, Tag } from "antd";
import type { DashboardJson, Rate } from "./types.ts";
import { STATUS_COLOR } from "./types.ts";

function RateList({ rate }: { rate: Rate }) {
  const rows = [
    ...rate.counted.map((e) => ({ ...e, counted: true })),
    ...rate.notCounted.map((e) => ({ ...e, counted: false })),
  ];
  return (
    <Table
      className="rate-list"
      size="small"
      pagination={false}
      rowKey="unitKey"
      dataSource={rows}
      style={{ width: 420 }}
      columns={[
        { title: "单位", dataIndex: "unitName" },
        {
          title: "计入",
          dataIndex: "counted",
          render: (c: boolean) => <Tag color={c ? "green" : "red"}>{c ? "计入" : "未计入"}</Tag>,
        },
        { title: "说明", dataIndex: "detail" },
      ]}
    />
  );
}

function RateCard({ rate, id }: { rate: Rate; id: string }) {
  return (
    <Popover content={<RateList rate={rate} />} title={`${rate.label}明细`} trigger="click">
      <Card hoverable size="small" className={`rate-card rate-${id}`}>
        <Statistic
          title={`${rate.label}（点击查看明细）`}
          value={rate.percent === null ? "—" : `${rate.percent}%`}
          suffix={<span style={{ fontSize: 14 }}>{`${rate.numerator}/${rate.denominator}`}</span>}
        />
      </Card>
    </Popover>
  );
}

export function RateCards({ board }: { board: DashboardJson }) {
  return (
    <Row gutter={12} style={{ marginBottom: 16 }}>
      <Col span={6}>
        <RateCard rate={board.rates.timely} id="timely" />
      </Col>
      <Col span={6}>
        <RateCard rate={board.rates.published} id="published" />
      </Col>
      <Col span={12}>
        <Card size="small" title="各状态单位数">
          {Object.entries(board.counts).map(([status, n]) => (
            <Tag key={status} color={STATUS_COLOR[status]} className="status-count">
              {status} {n}
            </Tag>
          ))}
        </Card>
      </Col>
    </Row>
  );
}

// 公开报告: anyone, signed in or not, sees the published annual reports by region and year,
// with the result of the publication check.
import { Alert, Button, Drawer, Empty, Table, Tag } from "antd";
import { useState } from "react";
import { PlainText } from "../../components/TextBlocks.tsx";
import { useJson } from "../../useJson.ts";
import { usePagedJson } from "../../usePagedJson.ts";
import { PUBLICATION_COLOR, type PublicReportJson } from "./types.ts";

export default function PublicScene() {
  const { data, error, pagination } = usePagedJson<PublicReportJson>("/api/public/reports", 50);
  const [open, setOpen] = useState<number | null>(null);
  const one = useJson<PublicReportJson>(open ? `/api/public/reports/${open}` : null);
  if (error) return <Alert type="error" message={error} />;
  if (data && data.total === 0) return <Empty description="暂无已公开的年度报告" />;
  return (
    <div className="public-reports">
      <h2>法治政府建设年度报告公开情况</h2>
      <Table
        rowKey="submissionId"
        loading={!data}
        dataSource={data?.items ?? []}
        pagination={pagination}
        columns={[
          { title: "年度", dataIndex: "year", sorter: (a, b) => a.year - b.year },
          // 鼓楼区（福州市） where two reports on the page are of areas sharing a name
          { title: "地区", dataIndex: "regionLabel", render: (r: string | null) => r ?? "—" },
          { title: "单位", dataIndex: "unitName" },
          {
            title: "报告",
            dataIndex: "title",
            render: (t: string | null, r) => (
              <Button type="link" onClick={() => setOpen(r.submissionId)}>
                {t ?? "年度报告"}
              </Button>
            ),
          },
          { title: "公开日期", key: "on", render: (_: unknown, r) => r.publication.publishedOn ?? "—" },
          {
            title: "公开核对",
            key: "check",
            render: (_: unknown, r) =>
              r.publication.status ? (
                <Tag color={PUBLICATION_COLOR[r.publication.status]}>{r.publication.statusLabel}</Tag>
              ) : (
                "—"
              ),
          },
          {
            title: "公开网址",
            key: "url",
            render: (_: unknown, r) =>
              r.publication.url ? (
                <a href={r.publication.url} target="_blank" rel="noreferrer">
                  原文链接
                </a>
              ) : (
                "—"
              ),
          },
        ]}
      />
      <Drawer open={open !== null} width={800} onClose={() => setOpen(null)} title={one.data?.title ?? ""}>
        <div className="public-text" style={{ whiteSpace: "pre-wrap", lineHeight: 1.9 }}>
          <PlainText text={one.data?.text ?? ""} />
        </div>
      </Drawer>
    </div>
  );
}

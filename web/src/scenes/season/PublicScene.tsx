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
  // an empty page says what will be here and what brings it: a visitor (or a unit waiting for
  // its report to appear) otherwise could not tell "nothing yet" from "something is broken"
  if (data && data.total === 0)
    return (
      <Empty
        className="public-empty"
        description={
          <div style={{ maxWidth: 560, margin: "0 auto", lineHeight: 1.9 }}>
            <div style={{ fontSize: 16, color: "#333" }}>暂无已公开的年度报告</div>
            <div>这里将列出各单位向社会公开的法治政府建设年度报告，以及公开是否按时、与审定稿是否一致。</div>
            <div>
              每年报告季中，依法治市办审核通过单位报送的年度报告后，由该单位在“年度报告”中登记公开网址；经核对确认已公开的报告即显示在这里。
            </div>
          </div>
        }
      />
    );
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
            render: (t: string, r) => (
              <Button type="link" onClick={() => setOpen(r.submissionId)}>
                {t}
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

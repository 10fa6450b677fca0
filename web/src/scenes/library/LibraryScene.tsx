// 文档库: every stored document with filters and full-text search; drag-and-drop upload of
// many files with progress.
import { InboxOutlined } from "@ant-design/icons";
import {
  App,
  Switch,
  Button,
  Card,
  Input,
  Progress,
  Select,
  Space,
  Table,
  Tag,
  Tooltip,
  Typography,
  Upload,
} from "antd";
import { useCallback, useEffect, useState } from "react";
import {
  canManage,
  type DocumentList,
  type DocumentSummary,
  getJson,
  type Indicator,
  query,
  type SnippetPart,
  type UploadResult,
  send,
  type Facets,
  uploadFile,
} from "../../api.ts";
import { uploadReason } from "../../format.ts";
import { navigate, useLocation } from "../../router.ts";
import { useSession } from "../../session.tsx";
import { useLatest } from "../../useLatest.ts";
import { descriptiveName } from "./file-names.ts";

interface Pending {
  name: string;
  percent: number;
  result?: UploadResult;
}

function Snippet({ parts }: { parts: SnippetPart[] }) {
  return (
    <div className="snippet" style={{ color: "#555", fontSize: 13 }}>
      {parts.map((p, k) =>
        p.hit ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: parts never reorder
          <mark key={k}>{p.text}</mark>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: parts never reorder
          <span key={k}>{p.text}</span>
        ),
      )}
    </div>
  );
}

/** “新增 6 个文件，已存在 2 个（未重复导入）”: the same bytes are never imported twice. */
function uploadSummary({ created, existing }: { created: number; existing: number }): string {
  const again = "（未重复导入）";
  if (created && existing) return `新增 ${created} 个文件，已存在 ${existing} 个${again}`;
  if (created) return `已导入 ${created} 个文件`;
  return existing ? `${existing} 个文件已存在${again}` : "";
}

/** A row's title line: the title read from the document (as displayTitle writes it: a web
 *  page's <…> reads 《…》); when none was read, the file's name if it says what the document is
 *  (the composed 长治市2023年年度报告 beside it said less and put 未识别标题 before the name),
 *  else the composed title. */
const titleLine = (d: DocumentSummary): string =>
  d.title !== null
    ? (d.displayTitle ?? d.title)
    : descriptiveName(d.name)
      ? d.name
      : (d.displayTitle ?? d.name);

export default function LibraryScene() {
  const { message } = App.useApp();
  const { search } = useLocation();
  const { user } = useSession();
  const manage = canManage(user);
  const [filters, setFilters] = useState(() => ({
    q: search.get("q") ?? "",
    region: search.get("region") ?? undefined,
    year: search.get("year") ?? undefined,
    kind: search.get("kind") ?? undefined,
    organ: search.get("organ") ?? undefined,
    finding: search.get("finding") ?? undefined,
    indicator: search.get("indicator") ?? undefined,
    page: 1,
  }));
  const [data, setData] = useState<DocumentList | null>(null);
  const [loading, setLoading] = useState(false);
  const [facets, setFacets] = useState<Facets>({ regions: [], years: [], rules: [], kinds: [], organs: [] });
  const [indicators, setIndicators] = useState<Indicator[]>([]);
  const [pending, setPending] = useState<Pending[]>([]);

  const begin = useLatest();
  const load = useCallback(async () => {
    const newest = begin();
    setLoading(true);
    try {
      const found = await getJson<DocumentList>(`/api/documents${query({ ...filters, pageSize: 20 })}`);
      if (newest()) setData(found);
    } catch (error) {
      if (newest()) message.error((error as Error).message);
    } finally {
      if (newest()) setLoading(false);
    }
  }, [filters, message, begin]);

  // what a reader may see changes with the session: reload when it does
  useEffect(() => {
    if (user !== undefined) void load();
  }, [load, user]);
  // the region a shared link filters by is among the options even with no visible document
  const facetsUrl = `/api/facets${filters.region ? `?region=${encodeURIComponent(filters.region)}` : ""}`;
  // biome-ignore lint/correctness/useExhaustiveDependencies: only the region the page opened with
  useEffect(() => {
    void getJson<Facets>(facetsUrl).then(setFacets);
    void getJson<{ indicators: Indicator[] }>("/api/indicators").then((r) => setIndicators(r.indicators));
  }, []);

  const set = (patch: Partial<typeof filters>) =>
    setFilters((f) => ({ ...f, ...patch, page: patch.page ?? 1 }));

  const upload = async (files: File[]) => {
    const start = pending.length;
    setPending((p) => [...p, ...files.map((f) => ({ name: f.name, percent: 0 }))]);
    const counts = { created: 0, existing: 0 };
    await Promise.all(
      files.map(async (file, k) => {
        const answer = await uploadFile(file, (percent) =>
          setPending((p) => p.map((x, i) => (i === start + k ? { ...x, percent } : x))),
        );
        const result = answer.results[0];
        setPending((p) => p.map((x, i) => (i === start + k ? { ...x, percent: 100, result } : x)));
        counts.created += answer.created;
        counts.existing += answer.existing;
        if (!result.ok) message.error(result.error?.message ?? `${file.name}：上传失败`);
      }),
    );
    const summary = uploadSummary(counts);
    if (summary) message.success(summary);
    void load();
    void getJson<Facets>(facetsUrl).then(setFacets);
  };

  const columns = [
    {
      title: "文档",
      key: "title",
      render: (_: unknown, d: DocumentSummary) => (
        <div>
          <a
            href={`/documents/${d.id}`}
            onClick={(e) => {
              e.preventDefault();
              navigate(`/documents/${d.id}`);
            }}
          >
            {titleLine(d)}
          </a>
          {d.title ? null : (
            <Tooltip title="未能从文档中读出标题">
              <Tag className="untitled-tag" bordered={false} style={{ marginInlineStart: 8, color: "#999" }}>
                标题未识别
              </Tag>
            </Tooltip>
          )}
          {titleLine(d) === d.name ? null : <div style={{ color: "#999", fontSize: 12 }}>{d.name}</div>}
          {d.snippets.map((s, k) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: snippets never reorder
            <Snippet key={k} parts={s} />
          ))}
        </div>
      ),
    },
    {
      title: "类型",
      dataIndex: "kind",
      width: 96,
      // another organ's document (a court's, the congress's) says whose it is under its kind
      render: (k: string, d: DocumentSummary) => (
        <>
          <Tag color={k === "report" ? "blue" : k === "plan" ? "green" : "default"}>{d.kindLabel}</Tag>
          {d.organLabel ? (
            <Tag className="organ-tag" color="purple" style={{ marginTop: 4 }}>
              {d.organLabel}
            </Tag>
          ) : null}
        </>
      ),
    },
    {
      title: "地区",
      dataIndex: "region",
      width: 140,
      // a department's report: its area, and the department under it
      render: (r: string | null, d: DocumentSummary) =>
        d.issuer && d.issuer !== r ? (
          <span>
            {d.place ?? "—"}
            <br />
            <span style={{ color: "#888", fontSize: 12 }}>{d.issuer}</span>
          </span>
        ) : (
          (d.place ?? "—")
        ),
    },
    { title: "年度", dataIndex: "year", width: 72, render: (y: number | null) => y ?? "—" },
    {
      title: "必备内容",
      key: "sections",
      width: 100,
      render: (_: unknown, d: DocumentSummary) =>
        d.sections.total ? (
          <Tag color={d.sections.ok === d.sections.total ? "success" : "warning"}>
            {d.sections.ok}/{d.sections.total}
          </Tag>
        ) : (
          "—"
        ),
    },
    {
      title: "问题",
      dataIndex: "findings",
      width: 72,
      render: (n: number) => (n ? <Tag color="orange">{n}</Tag> : <Tag>0</Tag>),
    },
    { title: "数据项", dataIndex: "facts", width: 80 },
    { title: "措施", dataIndex: "measures", width: 72, render: (n: number) => n || "—" },
    ...(manage
      ? [
          {
            title: "公开",
            key: "public",
            width: 72,
            render: (_: unknown, d: DocumentSummary) => (
              <Switch
                size="small"
                checked={d.isPublic}
                onChange={async (published: boolean) => {
                  try {
                    await send("POST", `/api/documents/${d.id}/publish`, { published });
                    void load();
                  } catch (e) {
                    message.error((e as Error).message);
                  }
                }}
              />
            ),
          },
        ]
      : []),
  ];

  return (
    <Space direction="vertical" size="large" style={{ width: "100%" }}>
      {manage ? (
        <Card size="small">
          <Upload.Dragger
            multiple
            showUploadList={false}
            accept=".txt,.htm,.html,.docx,.doc,.wps,.ofd,.pdf,.png,.jpg,.jpeg"
            beforeUpload={(file, list) => {
              // the whole drop arrives at once; start it once
              if (file === list[0]) void upload(list as unknown as File[]);
              return false;
            }}
          >
            <p className="ant-upload-drag-icon">
              <InboxOutlined />
            </p>
            <p className="ant-upload-text">把年度报告、实施方案拖到这里，或点击选择文件</p>
            <p className="ant-upload-hint">
              支持网页、Word（.docx/.doc/.wps）、PDF（含扫描件）、OFD、图片（PNG/JPEG，文字识别）、文本（GBK/UTF-8），可一次多个
            </p>
          </Upload.Dragger>
          {pending.length > 0 && (
            <div className="upload-list" style={{ marginTop: 12 }}>
              {pending.map((p, k) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: uploads only append
                <div key={k} style={{ display: "flex", gap: 12, alignItems: "center" }}>
                  <span
                    style={{ width: 260, overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap" }}
                  >
                    {p.name}
                  </span>
                  <Progress
                    percent={p.percent}
                    size="small"
                    status={p.result ? (p.result.ok ? "success" : "exception") : "active"}
                    style={{ flex: 1 }}
                  />
                  <span
                    className="upload-status"
                    style={{ width: 320, color: p.result?.ok === false ? "#cf1322" : "#389e0d" }}
                  >
                    {p.result
                      ? p.result.ok
                        ? p.result.created
                          ? "已导入"
                          : "已存在（未重复导入）"
                        : uploadReason(p.result.error?.message ?? "导入失败", p.name)
                      : "上传中"}
                  </span>
                </div>
              ))}
            </div>
          )}
        </Card>
      ) : null}
      <Card size="small">
        <Space wrap>
          <Input.Search
            placeholder="全文检索，如：行政复议"
            allowClear
            defaultValue={filters.q}
            onSearch={(q) => set({ q })}
            style={{ width: 280 }}
            aria-label="全文检索"
          />
          <Select
            allowClear
            placeholder="地区"
            style={{ width: 140 }}
            value={filters.region}
            onChange={(region) => set({ region })}
            // one option per division: two 鼓楼区 read 鼓楼区（福州市） and 鼓楼区（南京市）
            options={facets.regions.map((r) => ({ value: r.id, label: r.label }))}
          />
          <Select
            allowClear
            placeholder="年度"
            style={{ width: 100 }}
            value={filters.year}
            onChange={(year) => set({ year })}
            options={facets.years.map((y) => ({ value: String(y), label: String(y) }))}
          />
          <Select
            allowClear
            placeholder="类型"
            style={{ width: 110 }}
            value={filters.kind}
            onChange={(kind) => set({ kind })}
            options={facets.kinds.map((k) => ({ value: k.id, label: k.label }))}
          />
          {facets.organs.length > 0 || filters.organ ? (
            // the kinds of organ other than governments the visible documents hold, named as
            // the list's tags name them (the server's labels)
            <Select
              allowClear
              className="organ-filter"
              placeholder="发文机关类别"
              aria-label="发文机关类别"
              style={{ width: 140 }}
              value={filters.organ}
              onChange={(organ) => set({ organ })}
              options={facets.organs.map((o) => ({ value: o.id, label: o.label }))}
            />
          ) : null}
          <Select
            allowClear
            placeholder="问题类型"
            style={{ width: 200 }}
            value={filters.finding}
            onChange={(finding) => set({ finding })}
            options={facets.rules.map((r) => ({ value: r.id, label: r.label }))}
          />
          <Select
            allowClear
            showSearch
            optionFilterProp="label"
            placeholder="含有指标"
            style={{ width: 220 }}
            value={filters.indicator}
            onChange={(indicator) => set({ indicator })}
            options={indicators.map((i) => ({ value: i.id, label: i.label }))}
          />
          <Tooltip title="导出当前筛选结果">
            <Button href={`/api/export/documents.xlsx${query({ ...filters, page: undefined })}`}>
              导出 Excel
            </Button>
          </Tooltip>
        </Space>
      </Card>
      <Table<DocumentSummary>
        rowKey="id"
        loading={loading}
        columns={columns}
        dataSource={data?.items ?? []}
        pagination={{
          current: filters.page,
          pageSize: 20,
          total: data?.total ?? 0,
          // a search's total above a thousand is the database's estimate
          showTotal: (t) => (data?.totalIsEstimate ? `约 ${t} 个文档` : `共 ${t} 个文档`),
          onChange: (page) => set({ page }),
        }}
      />
      <Typography.Text type="secondary">
        数据来自各地政府公开发布的文件；每个数字都可以在文档详情中点开查看出处。
      </Typography.Text>
    </Space>
  );
}

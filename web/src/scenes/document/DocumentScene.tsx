// 文档详情: the original text with noise greyed out, every fact highlighted (click for value,
// unit and indicator), headings as a navigable outline, and the review beside it.
import {
  Alert,
  Button,
  Card,
  Col,
  Descriptions,
  Empty,
  List,
  Popover,
  Row,
  Space,
  Spin,
  Tag,
  Typography,
} from "antd";
import { useEffect, useMemo, useRef, useState } from "react";
import { type DocumentDetail, getJson, SEVERITY_LABEL } from "../../api.ts";
import { usePageTitle } from "../../components/PrintHeader.tsx";
import { navigate, useLocation } from "../../router.ts";
import { useSession } from "../../session.tsx";
import { TextBlocks } from "../../components/TextBlocks.tsx";
import { findingContext } from "../../../../src/shared/passage.ts";
import { cutPieces, type Piece, positionLabel } from "./segments.ts";
import { placePieces, textBlocks } from "./tables.ts";
import { titleMarks } from "../../../../src/shared/title-marks.ts";

const PART_LABEL: Record<string, string> = {
  achievements: "主要举措和成效",
  shortcomings: "存在的不足和原因",
  first_responsible: "第一责任人履职情况",
  next_year: "下一年度工作安排",
};
const SEVERITY_COLOR: Record<string, string> = { error: "red", warning: "orange", info: "blue" };
const NOISE_STYLE: Record<string, React.CSSProperties> = {
  boilerplate: { color: "#b0b0b0" },
  spam: { color: "#b0b0b0", textDecoration: "line-through", background: "#fff1f0" },
  garbage: { color: "#b0b0b0", background: "#fff7e6" },
};

/** The piece that starts there, or the next one drawn (a table's edge is no piece). */
function pieceAt(text: HTMLElement | null, start: number) {
  return (
    text?.querySelector(`[data-start="${start}"]`) ??
    [...(text?.querySelectorAll<HTMLElement>("span[data-start]") ?? [])].find(
      (el) => Number(el.dataset.start) >= start,
    )
  );
}

/** Brings a passage to the middle of the text's own scroll box; the page moves only when the
 * passage, where the box's scroll leaves it, is out of the window (the page scrolled down to a
 * long findings list; a passage near the text's start, the box at its top, above the window).
 * Not `scrollIntoView`, which scrolls every scrolling ancestor: it centred the passage in the
 * window too, and the page moved under the pointer at each click on a finding. */
function showInText(box: HTMLElement | null, el: Element | null | undefined, behavior: ScrollBehavior) {
  if (!box || !el) return;
  const b = box.getBoundingClientRect();
  const r = el.getBoundingClientRect();
  const wanted = box.scrollTop + (r.top - b.top) - (box.clientHeight - r.height) / 2;
  // the box cannot scroll past its ends: where the passage lands is computed from the clamped top
  const top = Math.min(Math.max(0, wanted), Math.max(0, box.scrollHeight - box.clientHeight));
  box.scrollTo({ top, behavior });
  const landed = r.top - (top - box.scrollTop);
  if (landed < 0 || landed + Math.min(r.height, window.innerHeight) > window.innerHeight)
    window.scrollBy({ top: landed + r.height / 2 - window.innerHeight / 2, behavior });
}

function FactCard({ fact, text }: { fact: DocumentDetail["record"]["facts"][number]; text: string }) {
  return (
    <Descriptions size="small" column={1} bordered style={{ width: 320 }} className="fact-card">
      <Descriptions.Item label="原文">{fact.quote}</Descriptions.Item>
      <Descriptions.Item label="数值">{fact.value.toLocaleString("zh-CN")}</Descriptions.Item>
      <Descriptions.Item label="单位">{fact.unit}</Descriptions.Item>
      {fact.approx ? <Descriptions.Item label="近似">{fact.approx}</Descriptions.Item> : null}
      <Descriptions.Item label="统计对象">{fact.subject}</Descriptions.Item>
      <Descriptions.Item label="指标">{fact.indicatorLabel}</Descriptions.Item>
      <Descriptions.Item label="位置">{positionLabel(text, fact.start)}</Descriptions.Item>
    </Descriptions>
  );
}

export default function DocumentScene({ id }: { id: number }) {
  const { user } = useSession();
  const [doc, setDoc] = useState<DocumentDetail | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [selected, setSelected] = useState<{ start: number; end: number } | null>(null);
  const textRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    setDoc(null);
    getJson<DocumentDetail>(`/api/documents/${id}`)
      .then(setDoc)
      .catch((e: Error) => setError(e.message));
  }, [id]);

  // opened at a span (?at=start-end: a fact's 出处, a task's measure): cut there, show it highlighted
  const { search } = useLocation();
  const at = /^(\d+)-(\d+)$/.exec(search.get("at") ?? "");
  const atStart = at ? Number(at[1]) : null;
  const atEnd = at ? Number(at[2]) : null;
  const tables = useMemo(() => (doc ? textBlocks(doc.record.text) : []), [doc]);
  const blocks = useMemo(
    () =>
      doc
        ? placePieces(
            tables,
            cutPieces(doc.record, atStart !== null && atEnd !== null ? [atStart, atEnd] : []),
          )
        : [],
    [doc, tables, atStart, atEnd],
  );

  useEffect(() => {
    if (!doc || atStart === null || atEnd === null) return;
    const [start, end] = [atStart, atEnd];
    setSelected({ start, end });
    requestAnimationFrame(() => showInText(textRef.current, pieceAt(textRef.current, start), "auto"));
  }, [doc, atStart, atEnd]);

  const jumpTo = (start: number, end: number) => {
    setSelected({ start, end });
    showInText(textRef.current, pieceAt(textRef.current, start), "smooth");
  };

  // the title as read, its book-title marks as a reader writes them (a page's <…> reads 《…》)
  const readTitle = doc ? (doc.record.meta.title ?? doc.title) : null;
  usePageTitle(doc ? (readTitle ? titleMarks(readTitle) : (doc.displayTitle ?? doc.name)) : null);
  if (error) return <Alert type="error" message={error} showIcon />;
  if (!doc) return <Spin />;
  const { record } = doc;
  const severityOrder = ["error", "warning", "info"];
  const findings = [...record.findings].sort(
    (a, b) => severityOrder.indexOf(a.severity) - severityOrder.indexOf(b.severity),
  );

  const piece = (p: Piece) => {
    const text = record.text.slice(p.start, p.end);
    const isSelected =
      selected !== null &&
      p.start >= selected.start &&
      p.end <= selected.end &&
      selected.end > selected.start;
    const style: React.CSSProperties = {
      ...(p.noise ? NOISE_STYLE[p.noise] : {}),
      ...(isSelected ? { outline: "2px solid #1677ff", background: "#e6f4ff" } : {}),
      ...(p.heading !== null ? { fontWeight: 600 } : {}),
    };
    if (p.fact !== null) {
      const fact = record.facts[p.fact];
      return (
        <Popover
          key={p.start}
          content={<FactCard fact={fact} text={record.text} />}
          trigger="click"
          title="数据出处"
        >
          {/* biome-ignore lint/a11y/useSemanticElements: a fact stays inline text in the flowing document; Enter works as a click */}
          <span
            className="fact"
            data-start={p.start}
            data-fact={p.fact}
            style={{
              ...style,
              background: isSelected ? "#91caff" : "#fff566",
              cursor: "pointer",
              padding: 0,
            }}
            role="button"
            tabIndex={0}
            onClick={() => setSelected({ start: fact.start, end: fact.end })}
            onKeyDown={(e) => e.key === "Enter" && setSelected({ start: fact.start, end: fact.end })}
          >
            {text}
          </span>
        </Popover>
      );
    }
    return (
      <span
        key={p.start}
        data-start={p.start}
        data-noise={p.noise ?? undefined}
        style={style}
        id={p.heading !== null ? `h${p.start}` : undefined}
      >
        {text}
      </span>
    );
  };

  return (
    <Row gutter={16}>
      <Col span={5} className="no-print">
        <Card
          size="small"
          title="大纲"
          style={{ position: "sticky", top: 16, maxHeight: "calc(100vh - 120px)", overflow: "auto" }}
        >
          {record.outline.length === 0 ? (
            <Empty description="未识别到标题" />
          ) : (
            <div className="outline">
              {record.outline.map((h) => (
                <div key={h.start} style={{ paddingLeft: Math.max(0, h.level - 1) * 12, margin: "2px 0" }}>
                  <a
                    href={`#h${h.start}`}
                    onClick={(e) => {
                      e.preventDefault();
                      jumpTo(h.start, h.start + h.marker.length + h.title.length);
                    }}
                    style={{ fontSize: 13 }}
                  >
                    {h.inferred ? <Tag color="orange">{h.inferredMarker}</Tag> : h.marker}
                    {h.title.length > 24 ? `${h.title.slice(0, 24)}…` : h.title}
                  </a>
                </div>
              ))}
            </div>
          )}
        </Card>
      </Col>
      <Col span={12}>
        <Card
          size="small"
          title={
            // the engine's title (the record is the latest analysis); the file name only says
            // which upload it was, so it stands aside when no title was found
            (readTitle ? titleMarks(readTitle) : null) || (
              <span>
                {doc.displayTitle ?? "未识别标题"}{" "}
                <Typography.Text type="secondary">
                  {/* the file's name only when it says more than the title shown (a demo
                      file is named by that title: 长治市2023年年度报告.txt) */}
                  {doc.displayTitle && doc.name.replace(/\.[^.]+$/, "") === doc.displayTitle
                    ? "（未识别标题）"
                    : `（${doc.displayTitle ? "未识别标题，" : ""}文件：${doc.name}）`}
                </Typography.Text>
              </span>
            )
          }
          extra={
            <Space>
              {doc.kind === "plan" && doc.measures > 0 ? (
                <Button onClick={() => navigate(`/ledger/${doc.id}`)}>查看台账</Button>
              ) : null}
              <Button href={`/api/documents/${doc.id}/original`}>下载原件</Button>
            </Space>
          }
        >
          <div
            ref={textRef}
            className="doc-text"
            style={{
              whiteSpace: "pre-wrap",
              lineHeight: 1.9,
              fontSize: 15,
              maxHeight: "calc(100vh - 180px)",
              overflow: "auto",
            }}
          >
            <TextBlocks blocks={blocks} piece={piece} />
          </div>
        </Card>
      </Col>
      <Col span={7}>
        <Space direction="vertical" style={{ width: "100%" }}>
          <Card size="small" title="基本信息">
            <Descriptions size="small" column={1}>
              <Descriptions.Item label="类型">{doc.kindLabel}</Descriptions.Item>
              <Descriptions.Item label="地区">
                {doc.region ?? doc.place ?? "未识别"}
                {/* 市级部门 says its level already */}
                {(doc.region || !doc.place) && doc.levelLabel ? `（${doc.levelLabel}）` : ""}
              </Descriptions.Item>
              {/* names repeat (永定区 of 龙岩市 and of 张家界市): the division it lies in says which;
                  records analysed before engine 0.2.13 have none */}
              {record.meta.division?.parent ? (
                <Descriptions.Item label="上级区划">{record.meta.division.parent.name}</Descriptions.Item>
              ) : null}
              {doc.issuer && doc.issuer !== doc.region ? (
                <Descriptions.Item label="发文单位">{doc.issuer}</Descriptions.Item>
              ) : null}
              {doc.organLabel ? (
                <Descriptions.Item label="发文机关类别">{doc.organLabel}</Descriptions.Item>
              ) : null}
              <Descriptions.Item label="年度">{doc.year ?? "—"}</Descriptions.Item>
              <Descriptions.Item label="发布日期">{doc.published ?? "—"}</Descriptions.Item>
              <Descriptions.Item label="文字">
                {record.meta.script === "traditional" ? "繁体" : "简体"}
              </Descriptions.Item>
              {/* which analysis staff are reading; the public has no use for the engine's version */}
              {user ? (
                <Descriptions.Item label="分析引擎">
                  {doc.engineVersion}（共 {doc.analyses.length} 次分析）
                </Descriptions.Item>
              ) : null}
            </Descriptions>
          </Card>
          {record.sectionsPresent ? (
            <Card size="small" title="必备内容">
              {Object.keys(PART_LABEL)
                .map(
                  (part) =>
                    [part, record.sectionsPresent?.[part as keyof typeof record.sectionsPresent]] as const,
                )
                .filter((e): e is [string, NonNullable<(typeof e)[1]>] => Boolean(e[1]))
                .map(([part, p]) => (
                  <div key={part}>
                    <Tag color={p.present ? "success" : "error"}>{p.present ? "有" : "缺"}</Tag>
                    {p.present && p.start !== null ? (
                      <a
                        href={`#p${p.start}`}
                        onClick={(e) => {
                          e.preventDefault();
                          jumpTo(p.start ?? 0, (p.start ?? 0) + 1);
                        }}
                      >
                        {PART_LABEL[part]}
                      </a>
                    ) : (
                      PART_LABEL[part]
                    )}
                  </div>
                ))}
            </Card>
          ) : null}
          <Card size="small" title={`审查问题（${findings.length}）`} className="findings">
            <List
              size="small"
              dataSource={findings}
              locale={{ emptyText: "未发现问题" }}
              renderItem={(f) => (
                <List.Item
                  className="finding"
                  style={{ cursor: f.start !== undefined ? "pointer" : "default" }}
                  onClick={() => f.start !== undefined && jumpTo(f.start, f.end ?? f.start + 1)}
                >
                  <Space align="start">
                    <Tag color={SEVERITY_COLOR[f.severity]}>{SEVERITY_LABEL[f.severity]}</Tag>
                    <Space direction="vertical" size={0}>
                      <Typography.Text style={{ fontSize: 13 }}>{f.message}</Typography.Text>
                      <FindingPlace text={record.text} start={f.start} end={f.end} />
                    </Space>
                  </Space>
                </List.Item>
              )}
            />
          </Card>
          <Card size="small" title={`数据（${doc.facts}）`}>
            <Typography.Text type="secondary">
              正文中黄色标记的数字可点击查看出处和指标。
              {doc.facts > record.facts.length
                ? `数据较多，正文只标出前 ${record.facts.length} 项；全部请在“对比”中按指标查看或导出。`
                : ""}
            </Typography.Text>
          </Card>
        </Space>
      </Col>
    </Row>
  );
}

/** Where a finding stands, in the words around it (as the review opinion quotes it): the same
 *  message at two places (异常字符「?」) is otherwise two identical lines. */
function FindingPlace({ text, start, end }: { text: string; start?: number; end?: number }) {
  const at = findingContext(text, start ?? null, end ?? (start === undefined ? null : start + 1));
  if (!at?.text.trim()) return null;
  return (
    <Typography.Text type="secondary" className="finding-place" style={{ fontSize: 12 }}>
      原文：{at.before}
      <mark>{at.text}</mark>
      {at.after}
    </Typography.Text>
  );
}

// One unit's report in the season: its versions, the text with comments, the automatic review,
// the diff, last year's promises; the coordinator comments, returns or accepts; both download
// the review opinion (Word) or print it.
import { App, Button, Drawer, Input, List, Select, Space, Tabs, Tag } from "antd";
import { useState } from "react";
import { type PageOf, send } from "../../api.ts";
import { useJson } from "../../useJson.ts";
import { AnnotatedText } from "./AnnotatedText.tsx";
import { EarlierComments } from "./EarlierComments.tsx";
import { ReviewView } from "./ReviewView.tsx";
import { openProblems, type SubmissionJson, type VersionJson } from "./types.ts";
import { DiffView, PromisesView } from "./VersionTabs.tsx";
import { formatDate } from "../../format.ts";

interface Props {
  seasonId: number;
  unit: { key: string; name: string } | null;
  manage: boolean;
  onClose: () => void;
  onChanged: () => void;
}

export function SubmissionDrawer({ seasonId, unit, manage, onClose, onChanged }: Props) {
  const { message, modal } = App.useApp();
  // the newest 200 versions (newest first)
  const versions = useJson<PageOf<VersionJson>>(
    unit ? `/api/seasons/${seasonId}/units/${encodeURIComponent(unit.key)}/versions?pageSize=200` : null,
  );
  const [selected, setSelected] = useState<number | null>(null);
  const latest = versions.data?.items[0]?.id ?? null;
  const id = selected ?? latest;
  const sub = useJson<SubmissionJson>(id ? `/api/season/submissions/${id}` : null);
  const [quote, setQuote] = useState("");
  const [note, setNote] = useState("");
  const [reason, setReason] = useState("");

  const act = async (fn: () => Promise<unknown>, done: string) => {
    try {
      await fn();
      message.success(done);
      versions.reload();
      sub.reload();
      onChanged();
    } catch (e) {
      message.error((e as Error).message);
    }
  };
  const s = sub.data;
  const open = s !== null && s.state === "submitted" && manage && id === latest;

  return (
    <Drawer
      open={unit !== null}
      width={960}
      onClose={onClose}
      title={unit ? `${unit.name} · 年度报告` : ""}
      destroyOnHidden
    >
      {versions.data?.items.length === 0 ? <p>尚未报送</p> : null}
      {s ? (
        <>
          <Space wrap style={{ marginBottom: 12 }}>
            <Select
              className="version-select"
              value={id}
              style={{ width: 240 }}
              onChange={setSelected}
              options={(versions.data?.items ?? []).map((v) => ({
                value: v.id,
                label: `第 ${v.version} 版 · ${v.stateLabel} · ${v.submittedAt ? formatDate(v.submittedAt) : ""}`,
              }))}
            />
            <Tag color={s.state === "accepted" ? "green" : s.state === "returned" ? "orange" : "blue"}>
              {s.stateLabel}
            </Tag>
            {s.reason ? <span className="return-reason">退回理由：{s.reason}</span> : null}
            <a href={`/api/season/submissions/${s.id}/opinion.docx`} download className="opinion-download">
              下载审查意见书（Word）
            </a>
            <a href={`/season/opinion/${s.id}`} target="_blank" rel="noreferrer">
              打印审查意见书
            </a>
          </Space>
          <Tabs
            items={[
              {
                key: "text",
                label: s.earlierComments.length
                  ? `正文与批注（${s.comments.length}，此前版本 ${s.earlierComments.length}）`
                  : `正文与批注（${s.comments.length}）`,
                children: (
                  <>
                    <AnnotatedText
                      text={s.text}
                      comments={s.comments}
                      onSelect={open ? setQuote : undefined}
                    />
                    <List
                      size="small"
                      header="批注"
                      dataSource={s.comments}
                      locale={{ emptyText: "暂无批注" }}
                      renderItem={(c) => (
                        <List.Item className="comment-item">
                          <span>
                            「{c.quote}」：{c.text}（{c.author ?? ""}）
                          </span>
                        </List.Item>
                      )}
                    />
                    <EarlierComments comments={s.earlierComments} />
                    {open ? (
                      <Space direction="vertical" style={{ width: "100%" }} className="comment-form">
                        <Input.TextArea
                          aria-label="引用原文"
                          placeholder="引用原文（在上方正文中选中文字即可填入）"
                          value={quote}
                          onChange={(e) => setQuote(e.target.value)}
                          autoSize
                        />
                        <Input.TextArea
                          aria-label="批注意见"
                          placeholder="批注意见"
                          value={note}
                          onChange={(e) => setNote(e.target.value)}
                          autoSize
                        />
                        <Button
                          onClick={() =>
                            act(async () => {
                              await send("POST", `/api/season/submissions/${s.id}/comments`, {
                                quote,
                                text: note,
                              });
                              setQuote("");
                              setNote("");
                            }, "已添加批注")
                          }
                        >
                          添加批注
                        </Button>
                      </Space>
                    ) : null}
                  </>
                ),
              },
              { key: "review", label: "自动审查", children: <ReviewView review={s.review} /> },
              { key: "diff", label: "与上一版比较", children: <DiffView submissionId={s.id} /> },
              {
                key: "promises",
                label: "上年安排落实",
                children: <PromisesView seasonId={seasonId} unitKey={s.unitKey} />,
              },
            ]}
          />
          {open ? (
            <Space style={{ marginTop: 16 }} className="decision">
              <Input
                aria-label="退回理由"
                placeholder="退回理由"
                style={{ width: 420 }}
                value={reason}
                onChange={(e) => setReason(e.target.value)}
              />
              <Button
                danger
                onClick={() =>
                  act(
                    () =>
                      send("POST", `/api/season/submissions/${s.id}/decision`, {
                        decision: "return",
                        reason,
                      }),
                    "已退回",
                  )
                }
              >
                退回
              </Button>
              <Button
                type="primary"
                onClick={() =>
                  // an acceptance is final (no return after it) and tells the unit to publish:
                  // asked once, with what the automatic check still holds against the report
                  modal.confirm({
                    title: `确认${s.unitName}的第 ${s.version} 版报告审核通过？`,
                    content: acceptNotice(s),
                    okText: "审核通过",
                    cancelText: "取消",
                    onOk: () =>
                      act(
                        () =>
                          send("POST", `/api/season/submissions/${s.id}/decision`, { decision: "accept" }),
                        "已通过",
                      ),
                  })
                }
              >
                审核通过
              </Button>
            </Space>
          ) : null}
        </>
      ) : null}
    </Drawer>
  );
}

/** What an acceptance means, said before it is given: final, the unit notified, the report due
 *  for publication; and the automatic check's 错误 if any remain. */
function acceptNotice(s: SubmissionJson): string {
  const open = openProblems(s.review);
  return [
    open.length ? `自动审查仍有${open.join("、")}。` : "",
    `通过后不能再退回；单位将收到通知，须在 ${formatDate(s.season.publishDeadline)} 前公开报告。`,
  ].join("");
}

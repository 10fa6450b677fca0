// A unit's submission: choose the report file (any format the engine reads) or give its URL,
// see the automatic review of the draft, then submit it as a new version.
import { App, Button, Card, Input, Space, Upload } from "antd";
import { useState } from "react";
import { send as sendJson, sendForm } from "../../api.ts";
import { ReviewView } from "./ReviewView.tsx";
import { blockingText, type DraftReview, errorCount } from "./types.ts";

export function SubmitPanel({ seasonId, onSubmitted }: { seasonId: number; onSubmitted: () => void }) {
  const { message, modal } = App.useApp();
  const [file, setFile] = useState<File | null>(null);
  const [url, setUrl] = useState("");
  const [review, setReview] = useState<DraftReview | null>(null);
  const [busy, setBusy] = useState(false);

  const form = () => {
    const f = new FormData();
    if (url.trim()) f.append("url", url.trim());
    if (file) f.append("files", file, file.name);
    return f;
  };
  const chosen = () => {
    if (file || url.trim()) return true;
    message.warning("请选择报告文件或填写报告网址");
    return false;
  };
  const check = async (): Promise<DraftReview | null> => {
    setBusy(true);
    try {
      const res = await sendForm<{ review: DraftReview }>(`/api/seasons/${seasonId}/check`, form());
      setReview(res.review);
      return res.review;
    } catch (e) {
      message.error((e as Error).message);
      return null;
    } finally {
      setBusy(false);
    }
  };
  const send = async () => {
    setBusy(true);
    try {
      const res = await sendForm<{ version: number }>(`/api/seasons/${seasonId}/submissions`, form());
      message.success(`已报送（第 ${res.version} 版）`);
      setFile(null);
      setReview(null);
      onSubmitted();
    } catch (e) {
      message.error((e as Error).message);
    } finally {
      setBusy(false);
    }
  };
  // A draft whose check finds 错误 goes only after the unit says so (warnings need no word);
  // a draft not checked yet is checked first, and its findings stay on screen beside the question.
  const submit = async () => {
    if (!chosen()) return;
    const checked = review ?? (await check());
    if (!checked) return;
    const errors = errorCount(checked);
    if (errors === 0) return send();
    modal.confirm({
      title: "自动审查发现错误，仍要提交？",
      className: "submit-errors-confirm",
      content: `报送前自动审查发现 ${errors} 个错误，建议修改后再提交。提交后即进入审核，如需修改须待退回后重新报送。`,
      okText: "仍然提交",
      cancelText: "返回修改",
      onOk: send,
    });
  };

  return (
    <Card size="small" title="报送年度报告" className="submit-panel" style={{ marginBottom: 16 }}>
      <Space wrap>
        <Upload
          maxCount={1}
          beforeUpload={(f) => {
            setFile(f);
            setReview(null);
            return false;
          }}
          onRemove={() => {
            setFile(null);
            setReview(null);
          }}
          fileList={file ? [{ uid: "draft", name: file.name, status: "done" }] : []}
        >
          <Button>选择报告文件（网页、Word、PDF、图片、文本）</Button>
        </Upload>
        <span>或报告网址</span>
        {/* 280 px: at 1024 px the file button, the address and both buttons share one line */}
        <Input
          style={{ width: 280 }}
          placeholder="https://"
          value={url}
          onChange={(e) => {
            setUrl(e.target.value);
            setReview(null);
          }}
        />
        <Button loading={busy} onClick={() => chosen() && check()}>
          自动审查
        </Button>
        <Button type="primary" loading={busy} onClick={submit}>
          提交报告
        </Button>
      </Space>
      {review ? (
        <div style={{ marginTop: 12 }}>
          <h4>
            报送前自动审查结果{review.blocking ? `（${blockingText(review)}）` : "（未发现须修改的问题）"}
          </h4>
          <ReviewView review={review} />
        </div>
      ) : null}
    </Card>
  );
}

export function PublicationForm({
  seasonId,
  current,
  onRecorded,
}: {
  seasonId: number;
  current: string | null;
  onRecorded: () => void;
}) {
  const { message } = App.useApp();
  const [url, setUrl] = useState(current ?? "");
  const [busy, setBusy] = useState(false);
  return (
    <Card size="small" title="登记公开网址" className="publication-form" style={{ marginBottom: 16 }}>
      <Space>
        <Input
          style={{ width: 420 }}
          placeholder="报告在政府网站公开的网址"
          value={url}
          onChange={(e) => setUrl(e.target.value)}
        />
        <Button
          type="primary"
          loading={busy}
          onClick={async () => {
            setBusy(true);
            try {
              const res = await sendJson<{ statusLabel: string | null }>(
                "POST",
                `/api/seasons/${seasonId}/publication`,
                {
                  url: url.trim(),
                },
              );
              message.success(`已登记并核对：${res.statusLabel ?? ""}`);
              onRecorded();
            } catch (e) {
              message.error((e as Error).message);
            } finally {
              setBusy(false);
            }
          }}
        >
          登记并核对
        </Button>
      </Space>
    </Card>
  );
}

// One task: its state, the record of updates with evidence, and the actions the signed-in
// user may take (report, ask for closure; accept, return, extend, reassign, close, reopen).
import {
  App,
  Button,
  DatePicker,
  Descriptions,
  Drawer,
  Form,
  Input,
  InputNumber,
  Space,
  Tag,
  Timeline,
  Upload,
} from "antd";
import type { UploadFile } from "antd";
import { useCallback, useEffect, useState } from "react";
import { canManage, getJson, send, sendForm, type TaskDetail as Detail } from "../../api.ts";
import { useSession } from "../../session.tsx";
import { STATUS_COLOR } from "./types.ts";

export function TaskDrawer({
  id,
  onClose,
  onChanged,
}: {
  id: number | null;
  onClose: () => void;
  onChanged: () => void;
}) {
  const { message } = App.useApp();
  const { user } = useSession();
  const [detail, setDetail] = useState<Detail | null>(null);
  const [files, setFiles] = useState<UploadFile[]>([]);
  const [form] = Form.useForm();

  const load = useCallback(async () => {
    if (id === null) return;
    setDetail(await getJson<Detail>(`/api/tasks/${id}`));
  }, [id]);
  useEffect(() => {
    setDetail(null);
    setFiles([]);
    form.resetFields();
    void load();
  }, [load, form]);

  const act = async (fn: () => Promise<unknown>, done: string) => {
    try {
      await fn();
      message.success(done);
      await load();
      onChanged();
    } catch (e) {
      message.error((e as Error).message);
    }
  };
  const ask = (label: string, required = true) =>
    new Promise<string | null>((resolve) => {
      const v = window.prompt(label) ?? null;
      resolve(v === null || (required && !v.trim()) ? null : v);
    });

  const t = detail?.task;
  const manage = canManage(user);
  const report = manage || user?.role === "unit";
  return (
    <Drawer
      open={id !== null}
      onClose={onClose}
      width={640}
      title={t ? `${t.measureNo ? `(${t.measureNo}) ` : ""}${t.title}` : "任务"}
    >
      {t ? (
        <Space direction="vertical" style={{ width: "100%" }} size="middle">
          <Descriptions size="small" column={2} bordered>
            <Descriptions.Item label="责任单位">{t.unitName}</Descriptions.Item>
            <Descriptions.Item label="角色">{t.role === "lead" ? "牵头" : "配合"}</Descriptions.Item>
            <Descriptions.Item label="完成时限">
              {t.due ?? "未明确"}
              {t.dueInherited ? "(默认)" : ""}
            </Descriptions.Item>
            <Descriptions.Item label="状态">
              <Tag color={STATUS_COLOR[t.display]} className="task-status">
                {t.display}
              </Tag>
              {t.percent}%
            </Descriptions.Item>
            <Descriptions.Item label="领域" span={2}>
              {t.area ?? "—"}
            </Descriptions.Item>
          </Descriptions>
          <Timeline
            items={detail.updates.map((u) => ({
              children: (
                <div>
                  <b>{u.kindLabel}</b> · {u.author ?? "系统"} ·{" "}
                  {new Date(u.createdAt).toLocaleString("zh-CN")}
                  {u.percent !== null ? ` · ${u.percent}%` : ""}
                  <div>{u.text}</div>
                  {detail.attachments
                    .filter((a) => a.updateId === u.id)
                    .map((a) => (
                      <div key={a.id}>
                        <a href={`/api/attachments/${a.id}`}>📎 {a.name}</a>
                      </div>
                    ))}
                </div>
              ),
            }))}
          />
          {report && t.status !== "closed" ? (
            <Form
              form={form}
              layout="vertical"
              className="progress-form"
              onFinish={(v: { text?: string; percent?: number }) =>
                act(async () => {
                  const fd = new FormData();
                  fd.append("text", v.text ?? "");
                  if (v.percent !== undefined && v.percent !== null) fd.append("percent", String(v.percent));
                  for (const f of files) if (f.originFileObj) fd.append("files", f.originFileObj, f.name);
                  await sendForm(`/api/tasks/${t.id}/progress`, fd);
                  form.resetFields();
                  setFiles([]);
                }, "进展已报送")
              }
            >
              <Form.Item label="工作进展" name="text">
                <Input.TextArea rows={3} placeholder="本阶段完成的工作" />
              </Form.Item>
              <Form.Item label="完成比例(%)" name="percent">
                <InputNumber min={0} max={100} />
              </Form.Item>
              <Form.Item label="证明材料(PDF、OFD、Word、WPS、Excel、图片、文本)">
                <Upload
                  multiple
                  accept=".pdf,.ofd,.docx,.doc,.wps,.xlsx,.png,.jpg,.jpeg,.txt"
                  fileList={files}
                  beforeUpload={() => false}
                  onChange={({ fileList }) => setFiles(fileList)}
                >
                  <Button>选择文件</Button>
                </Upload>
              </Form.Item>
              <Space>
                <Button type="primary" htmlType="submit">
                  报送进展
                </Button>
                {t.status !== "pending_review" ? (
                  <Button
                    onClick={() =>
                      act(
                        () =>
                          send("POST", `/api/tasks/${t.id}/request-closure`, {
                            text: form.getFieldValue("text") ?? "",
                          }),
                        "已申请办结",
                      )
                    }
                  >
                    申请办结
                  </Button>
                ) : null}
              </Space>
            </Form>
          ) : null}
          {manage ? (
            <Space wrap className="review-actions">
              {t.status === "pending_review" ? (
                <>
                  <Button
                    type="primary"
                    onClick={() =>
                      act(
                        () =>
                          send("POST", `/api/tasks/${t.id}/review`, {
                            decision: "accept",
                            comment: "审核通过",
                          }),
                        "已办结",
                      )
                    }
                  >
                    通过办结
                  </Button>
                  <Button
                    danger
                    onClick={async () => {
                      const c = await ask("退回原因");
                      if (c)
                        await act(
                          () => send("POST", `/api/tasks/${t.id}/review`, { decision: "return", comment: c }),
                          "已退回",
                        );
                    }}
                  >
                    退回
                  </Button>
                </>
              ) : null}
              {t.status !== "closed" ? (
                <>
                  <DatePicker
                    placeholder="延期至"
                    onChange={async (d) => {
                      if (!d) return;
                      const r = await ask("延期原因");
                      if (r)
                        await act(
                          () =>
                            send("POST", `/api/tasks/${t.id}/extend`, {
                              due: d.format("YYYY-MM-DD"),
                              reason: r,
                            }),
                          "已延期",
                        );
                    }}
                  />
                  <Button
                    onClick={async () => {
                      const unit = await ask("改派给(单位名称)");
                      const r = unit ? await ask("改派原因") : null;
                      if (unit && r)
                        await act(
                          () => send("POST", `/api/tasks/${t.id}/reassign`, { unitName: unit, reason: r }),
                          "已改派",
                        );
                    }}
                  >
                    改派
                  </Button>
                  <Button
                    onClick={() =>
                      act(
                        () => send("POST", `/api/tasks/${t.id}/close`, { reason: "督办确认办结" }),
                        "已办结",
                      )
                    }
                  >
                    直接办结
                  </Button>
                </>
              ) : (
                <Button
                  onClick={async () => {
                    const r = await ask("重新打开的原因");
                    if (r)
                      await act(() => send("POST", `/api/tasks/${t.id}/reopen`, { reason: r }), "已重新打开");
                  }}
                >
                  重新打开
                </Button>
              )}
            </Space>
          ) : null}
        </Space>
      ) : null}
    </Drawer>
  );
}

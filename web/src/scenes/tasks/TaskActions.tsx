// The office's actions on one task, each in its own dialog: accept (with a comment) or return
// (with a reason), extend, reassign (unit, role, cooperating units added), close, reopen, 催办.
import { App, AutoComplete, Button, Form, Input, Radio, Select, Space } from "antd";
import { useState } from "react";
import { type ChaseResult, send, type Task } from "../../api.ts";
import { ActionModal, DueField, dueOf, ReasonField } from "./ActionModal.tsx";
import { chaseMessage } from "./chase-message.ts";

type Dialog = "accept" | "return" | "extend" | "reassign" | "close" | "reopen" | "chase" | null;

/** What a chase did, in one line. */
export const chaseSummary = (r: ChaseResult) =>
  `已催办 ${r.units.length} 个单位的 ${r.tasks} 项任务${r.mailed ? `，已发送邮件 ${r.mailed} 封` : ""}${r.mailNote ? `（${r.mailNote}）` : ""}`;

export function MessageField() {
  return (
    <Form.Item
      name="message"
      label="催办内容"
      rules={[{ required: true, whitespace: true, message: "请填写催办内容" }]}
    >
      <Input.TextArea rows={4} maxLength={2000} showCount placeholder="如：请于本周五前报送工作进展。" />
    </Form.Item>
  );
}

export function TaskActions({
  task: t,
  today,
  units,
  onDone,
}: {
  task: Task;
  today: string;
  /** unit names to offer when reassigning (the ledger's units) */
  units: string[];
  onDone: () => Promise<void>;
}) {
  const { message } = App.useApp();
  const [dialog, setDialog] = useState<Dialog>(null);
  const close = () => setDialog(null);
  const post = (path: string, body: object, done: string) => async () => {
    await send("POST", `/api/tasks/${t.id}/${path}`, body);
    message.success(done);
    close();
    await onDone();
  };
  const unitOptions = units.map((u) => ({ value: u, label: u }));
  const open = t.status !== "closed";
  return (
    <Space wrap className="review-actions">
      {t.status === "pending_review" ? (
        <>
          <Button type="primary" onClick={() => setDialog("accept")}>
            通过办结
          </Button>
          <Button danger onClick={() => setDialog("return")}>
            退回
          </Button>
        </>
      ) : null}
      {open ? (
        <>
          <Button onClick={() => setDialog("chase")}>催办</Button>
          <Button onClick={() => setDialog("extend")}>延期</Button>
          <Button onClick={() => setDialog("reassign")}>改派</Button>
          <Button onClick={() => setDialog("close")}>直接办结</Button>
        </>
      ) : (
        <Button onClick={() => setDialog("reopen")}>重新打开</Button>
      )}
      <ActionModal<{ comment?: string }>
        open={dialog === "accept"}
        title="通过办结申请"
        okText="通过办结"
        onCancel={close}
        onSubmit={(v) => post("review", { decision: "accept", comment: v.comment ?? "" }, "已办结")()}
      >
        <Form.Item name="comment" label="审核意见（可选）">
          <Input.TextArea rows={3} maxLength={2000} placeholder="如：材料齐全，同意办结。" />
        </Form.Item>
      </ActionModal>
      <ActionModal<{ reason: string }>
        open={dialog === "return"}
        title="退回办结申请"
        okText="退回"
        danger
        onCancel={close}
        onSubmit={(v) => post("review", { decision: "return", comment: v.reason }, "已退回")()}
      >
        <ReasonField label="退回原因" />
      </ActionModal>
      <ActionModal<{ due: { format(f: string): string }; reason: string }>
        open={dialog === "extend"}
        title={`延期（原时限：${t.due ?? t.term ?? "未明确"}）`}
        okText="延期"
        onCancel={close}
        onSubmit={(v) => post("extend", { due: dueOf(v), reason: v.reason }, "已延期")()}
      >
        <DueField today={today} after={t.due} />
        <ReasonField label="延期原因" />
      </ActionModal>
      <ActionModal<{
        unitName: string;
        role: "lead" | "cooperate";
        addCooperating?: string[];
        reason: string;
      }>
        open={dialog === "reassign"}
        title="改派"
        okText="改派"
        initialValues={{ unitName: t.unitName, role: t.role }}
        onCancel={close}
        onSubmit={(v) => post("reassign", { ...v, addCooperating: v.addCooperating ?? [] }, "已改派")()}
      >
        <Form.Item
          name="unitName"
          label="责任单位"
          rules={[{ required: true, whitespace: true, min: 2, message: "请填写责任单位" }]}
        >
          <AutoComplete options={unitOptions} filterOption placeholder="单位名称" />
        </Form.Item>
        <Form.Item name="role" label="角色">
          <Radio.Group
            options={[
              { value: "lead", label: "牵头" },
              { value: "cooperate", label: "配合" },
            ]}
          />
        </Form.Item>
        <Form.Item name="addCooperating" label="增加配合单位（可选）">
          <Select mode="tags" options={unitOptions} placeholder="选择或输入单位名称" />
        </Form.Item>
        <ReasonField label="改派原因" />
      </ActionModal>
      <ActionModal<{ reason: string }>
        open={dialog === "close"}
        title="直接办结"
        okText="办结"
        onCancel={close}
        onSubmit={(v) => post("close", v, "已办结")()}
      >
        <ReasonField label="办结说明" />
      </ActionModal>
      <ActionModal<{ reason: string }>
        open={dialog === "reopen"}
        title="重新打开"
        okText="重新打开"
        onCancel={close}
        onSubmit={(v) => post("reopen", v, "已重新打开")()}
      >
        <ReasonField label="重新打开的原因" />
      </ActionModal>
      <ActionModal<{ message: string }>
        open={dialog === "chase"}
        title={`催办：${t.unitName}`}
        okText="催办"
        initialValues={{ message: chaseMessage([t], today) }}
        onCancel={close}
        onSubmit={async (v) => {
          const r = await send<ChaseResult>("POST", "/api/tasks/chase", { ids: [t.id], message: v.message });
          message.success(chaseSummary(r));
          close();
          await onDone();
        }}
      >
        <MessageField />
      </ActionModal>
    </Space>
  );
}

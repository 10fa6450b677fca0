// A dialog for one action on tasks: a form checked before it is sent (required reason, a date
// after today, …); the server's refusal is shown and the dialog stays open to correct it.
import { App, DatePicker, Form, Input, Modal } from "antd";
import { type ReactNode, useState } from "react";

export function ActionModal<T extends object>({
  open,
  title,
  okText,
  danger,
  initialValues,
  onCancel,
  onSubmit,
  children,
}: {
  open: boolean;
  title: string;
  okText: string;
  danger?: boolean;
  initialValues?: Partial<T>;
  onCancel: () => void;
  /** sends the action; resolves when done (the dialog then closes), throws to keep it open */
  onSubmit: (values: T) => Promise<void>;
  children: ReactNode;
}) {
  const { message } = App.useApp();
  const [form] = Form.useForm<T>();
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    let values: T;
    try {
      values = await form.validateFields();
    } catch {
      return; // the form shows what is missing
    }
    setBusy(true);
    try {
      await onSubmit(values);
    } catch (e) {
      message.error((e as Error).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal
      open={open}
      title={title}
      okText={okText}
      cancelText="取消"
      okButtonProps={{ danger }}
      confirmLoading={busy}
      destroyOnHidden
      onCancel={onCancel}
      onOk={submit}
      className="action-modal"
    >
      <Form form={form} layout="vertical" preserve={false} initialValues={initialValues}>
        {children}
      </Form>
    </Modal>
  );
}

/** A required free-text reason (return, extend, reassign, close, reopen). */
export function ReasonField({ label = "原因", name = "reason" }: { label?: string; name?: string }) {
  return (
    <Form.Item
      name={name}
      label={label}
      rules={[{ required: true, whitespace: true, message: `请填写${label}` }]}
    >
      <Input.TextArea rows={3} maxLength={2000} showCount />
    </Form.Item>
  );
}

interface Day {
  format(f: string): string;
}
const ymd = (d: Day) => d.format("YYYY-MM-DD");

/** A new deadline: after today (Beijing time, from the server) and after the current one. */
export function DueField({ today, after }: { today: string; after?: string | null }) {
  const floor = after && after > today ? after : today;
  return (
    <Form.Item
      name="due"
      label="新的完成时限"
      rules={[
        { required: true, message: "请选择新的完成时限" },
        {
          validator: async (_, v: Day | undefined) => {
            if (!v) return;
            if (ymd(v) <= today) throw new Error("新的时限应晚于今天");
            if (after && ymd(v) <= after) throw new Error(`新的时限应晚于原时限 ${after}`);
          },
        },
      ]}
    >
      <DatePicker disabledDate={(d: Day) => ymd(d) <= floor} style={{ width: 200 }} />
    </Form.Item>
  );
}

export const dueOf = (v: { due: Day }) => ymd(v.due);

/** A click on a table row that is not on its selection checkbox (which only selects). */
export const outsideSelection = (e: { target: EventTarget }) =>
  !(e.target as HTMLElement).closest(".ant-table-selection-column");

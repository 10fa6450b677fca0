// 调整时限 (the office): the selected tasks, or every open task of the ledger, moved by N months
// or set to a date, with a reason; one task's deadline the same way.
import { App, DatePicker, Form, Input, InputNumber, Modal, Radio } from "antd";
import type { Dayjs } from "dayjs";
import { send } from "../../api.ts";

interface Values {
  scope: "selected" | "all";
  how: "months" | "to";
  months?: number;
  to?: Dayjs;
  reason: string;
}

export function ShiftDeadlinesDialog({
  ledgerId,
  selected,
  open,
  onClose,
  onDone,
}: {
  ledgerId: number;
  /** the tasks chosen in the list (may be none: then all open tasks) */
  selected: number[];
  open: boolean;
  onClose: () => void;
  onDone: () => void;
}) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const submit = async () => {
    const v = await form.validateFields();
    try {
      const r = await send<{ changed: number; skipped: number }>(
        "POST",
        `/api/ledgers/${ledgerId}/deadlines`,
        {
          taskIds: v.scope === "selected" ? selected : null,
          ...(v.how === "months" ? { months: v.months } : { to: v.to?.format("YYYY-MM-DD") }),
          reason: v.reason,
        },
      );
      message.success(
        `已调整 ${r.changed} 项任务的时限${r.skipped ? `，${r.skipped} 项（已办结或无时限）未调整` : ""}`,
      );
      onDone();
    } catch (e) {
      message.error((e as Error).message);
    }
  };
  return (
    <Modal
      open={open}
      title={selected.length === 1 ? "调整任务时限" : "批量调整时限"}
      okText="调整"
      cancelText="取消"
      onOk={submit}
      onCancel={onClose}
      destroyOnHidden
      className="shift-deadlines"
    >
      <Form
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{ scope: selected.length ? "selected" : "all", how: "months", months: 6 }}
      >
        <Form.Item name="scope" label="范围">
          <Radio.Group
            options={[
              { value: "selected", label: `所选 ${selected.length} 项`, disabled: selected.length === 0 },
              { value: "all", label: "本台账全部未办结任务" },
            ]}
          />
        </Form.Item>
        <Form.Item name="how" label="方式">
          <Radio.Group
            options={[
              { value: "months", label: "顺延（或提前）若干个月" },
              { value: "to", label: "改为指定日期" },
            ]}
          />
        </Form.Item>
        {/* the scene mounts this dialog afresh for each opening (a key), so the form's state
            never comes from an earlier opening */}
        <Form.Item noStyle shouldUpdate={(a: Values, b: Values) => a.how !== b.how}>
          {({ getFieldValue }) =>
            getFieldValue("how") === "to" ? (
              <Form.Item name="to" label="新的时限" rules={[{ required: true, message: "请选择日期" }]}>
                <DatePicker />
              </Form.Item>
            ) : (
              <Form.Item
                name="months"
                label="月数"
                extra="负数表示提前；月末的时限仍为月末"
                rules={[{ required: true, message: "请填写月数" }]}
              >
                <InputNumber min={-120} max={120} addonAfter="个月" />
              </Form.Item>
            )
          }
        </Form.Item>
        <Form.Item
          name="reason"
          label="理由"
          rules={[{ required: true, whitespace: true, message: "请说明理由" }]}
        >
          <Input.TextArea rows={2} placeholder="如：按市委依法治市办部署统一顺延" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

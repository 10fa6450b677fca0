// Opening a season: the year, the units from the account registry, the two deadlines.
import { App, Checkbox, Form, Input, InputNumber, Modal } from "antd";
import { send } from "../../api.ts";
import { useJson } from "../../useJson.ts";

interface Values {
  year: number;
  submitDeadline?: string;
  publishDeadline?: string;
  units: string[];
  /** units without an account yet, comma-separated */
  others?: string;
}

export function NewSeasonDialog({
  open,
  onClose,
  onCreated,
}: {
  open: boolean;
  onClose: () => void;
  onCreated: (id: number) => void;
}) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const candidates = useJson<{ units: Array<{ key: string; name: string }> }>(
    open ? "/api/season/unit-candidates" : null,
  );
  const year = Form.useWatch("year", form);
  const submit = async () => {
    const v = await form.validateFields();
    try {
      const res = await send<{ season: { id: number } }>("POST", "/api/seasons", {
        year: v.year,
        submitDeadline: v.submitDeadline || null,
        publishDeadline: v.publishDeadline || null,
        units: [
          ...v.units,
          ...(v.others ?? "")
            .split(/[,，、\s]+/)
            .map((u) => u.trim())
            .filter(Boolean),
        ],
      });
      message.success("报告季已开启");
      onCreated(res.season.id);
    } catch (e) {
      message.error((e as Error).message);
    }
  };
  return (
    <Modal
      open={open}
      title="开启报告季"
      okText="开启"
      cancelText="取消"
      onOk={submit}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" initialValues={{ year: new Date().getFullYear() - 1, units: [] }}>
        <Form.Item name="year" label="报告年度" rules={[{ required: true }]}>
          <InputNumber min={2000} max={2100} />
        </Form.Item>
        <Form.Item name="submitDeadline" label="报送截止日期" extra={`默认 ${(year ?? 0) + 1}-03-31`}>
          <Input placeholder="YYYY-MM-DD" />
        </Form.Item>
        <Form.Item name="publishDeadline" label="公开截止日期" extra={`默认 ${(year ?? 0) + 1}-04-01`}>
          <Input placeholder="YYYY-MM-DD" />
        </Form.Item>
        <Form.Item
          name="units"
          label="报送单位"
          rules={[{ required: true, message: "请至少选择一个报送单位" }]}
        >
          <Checkbox.Group
            options={(candidates.data?.units ?? []).map((u) => ({ label: u.name, value: u.name }))}
          />
        </Form.Item>
        <Form.Item name="others" label="其他报送单位" extra="尚未开设账号的部门、区县、乡镇，用逗号分隔">
          <Input placeholder="如：市教育局，某某区人民政府" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

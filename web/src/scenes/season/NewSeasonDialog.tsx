// Opening a season: the year, the units from the account registry, the two deadlines (picked
// on a calendar; a day already past is told under its field and confirmed before opening).
import { App, Checkbox, DatePicker, Form, Input, InputNumber, Modal } from "antd";
import type { Dayjs } from "dayjs";
import { send } from "../../api.ts";
import { todayBeijing } from "../../format.ts";
import { useJson } from "../../useJson.ts";
import { checkDeadlines, defaultSeasonYear } from "./deadlines.ts";

interface Values {
  year: number;
  submitDeadline?: Dayjs | null;
  publishDeadline?: Dayjs | null;
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
  const { message, modal } = App.useApp();
  const [form] = Form.useForm<Values>();
  const candidates = useJson<{ units: Array<{ key: string; name: string; label: string }> }>(
    open ? "/api/season/unit-candidates" : null,
  );
  const year = Form.useWatch("year", form) ?? 0;
  const today = todayBeijing();
  const ymd = (d?: Dayjs | null) => (d ? d.format("YYYY-MM-DD") : null);
  const deadlines = checkDeadlines(
    year,
    {
      submit: ymd(Form.useWatch("submitDeadline", form)),
      publish: ymd(Form.useWatch("publishDeadline", form)),
    },
    today,
  );
  const defaults = checkDeadlines(year, {}, today);
  const pastWarning = (which: "报送" | "公开") => {
    const text = deadlines.past.find((p) => p.startsWith(which));
    return text ? { validateStatus: "warning" as const, help: `${text}（今天是 ${today}）` } : {};
  };
  const create = async (v: Values) => {
    try {
      const res = await send<{ season: { id: number } }>("POST", "/api/seasons", {
        year: v.year,
        submitDeadline: ymd(v.submitDeadline),
        publishDeadline: ymd(v.publishDeadline),
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
  const submit = async () => {
    const v = await form.validateFields();
    const { past } = checkDeadlines(
      v.year,
      { submit: ymd(v.submitDeadline), publish: ymd(v.publishDeadline) },
      today,
    );
    if (past.length === 0) return create(v);
    modal.confirm({
      title: "截止日期已过，仍要开启报告季？",
      className: "past-deadline-confirm",
      content: `${past.join("；")}。可返回修改截止日期。`,
      okText: "仍然开启",
      cancelText: "返回修改",
      onOk: () => create(v),
    });
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
      <Form form={form} layout="vertical" initialValues={{ year: defaultSeasonYear(today), units: [] }}>
        <Form.Item name="year" label="报告年度" rules={[{ required: true }]}>
          <InputNumber min={2000} max={2100} />
        </Form.Item>
        {(
          [
            ["submitDeadline", "报送", defaults.submit],
            ["publishDeadline", "公开", defaults.publish],
          ] as const
        ).map(([name, which, fallback]) => (
          <Form.Item
            key={name}
            name={name}
            label={`${which}截止日期`}
            extra={`不选则为 ${fallback}`}
            {...pastWarning(which)}
          >
            <DatePicker placeholder="选择日期" style={{ width: 200 }} />
          </Form.Item>
        ))}
        <Form.Item
          name="units"
          label="报送单位"
          rules={[{ required: true, message: "请至少选择一个报送单位" }]}
        >
          <Checkbox.Group
            options={(candidates.data?.units ?? []).map((u) => ({ label: u.label, value: u.key }))}
          />
        </Form.Item>
        <Form.Item name="others" label="其他报送单位" extra="尚未开设账号的部门、区县、乡镇，用逗号分隔">
          <Input placeholder="如：市教育局，某某区人民政府" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

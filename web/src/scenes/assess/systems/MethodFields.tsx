// The parameters of a leaf's scoring method, one set of fields per kind, each with the schema's
// problems beside it.
import { Checkbox, Form, Input, InputNumber, Select } from "antd";
import type { ReactNode } from "react";
import { PART_LABEL } from "../../../../../src/assess/system.ts";
import type { Indicator } from "../../../api.ts";
import type { Method } from "./draft.ts";

/** A labelled field with its problems (messages of the JSON path and below) under it. */
export function Field({ label, errors, children }: { label: string; errors: string[]; children: ReactNode }) {
  return (
    <Form.Item
      label={label}
      validateStatus={errors.length ? "error" : undefined}
      help={errors.length ? errors.join(";") : undefined}
    >
      {children}
    </Form.Item>
  );
}

const PICK = { first: "报告中的第一个数据", max: "取最大值", min: "取最小值" };
const CHECK = { submitted_on_time: "年度报告按时报送", published_on_time: "年度报告按时公开" };
const SEVERITY = { error: "错误", warning: "警告", info: "提示" };
const options = (labels: Record<string, string>) =>
  Object.entries(labels).map(([value, label]) => ({ value, label }));

interface Props {
  method: Method;
  indicators: Indicator[];
  errors: (field: string) => string[];
  onChange: (m: Method) => void;
}

/** Lower and upper thresholds: full points at `full`, none at `zero`, linear between. */
function Thresholds({
  m,
  errors,
  onChange,
}: {
  m: { full: number; zero: number };
  errors: Props["errors"];
  onChange: (t: { full: number; zero: number }) => void;
}) {
  return (
    <>
      <Field label="满分值（达到即得满分）" errors={errors("full")}>
        <InputNumber
          className="method-full"
          value={m.full}
          onChange={(v) => onChange({ ...m, full: v ?? 0 })}
        />
      </Field>
      <Field label="零分值（达到即不得分；低于满分值时越低越好）" errors={errors("zero")}>
        <InputNumber
          className="method-zero"
          value={m.zero}
          onChange={(v) => onChange({ ...m, zero: v ?? 0 })}
        />
      </Field>
    </>
  );
}

export function MethodFields({ method: m, indicators, errors, onChange }: Props) {
  switch (m.kind) {
    case "fact":
      return (
        <>
          <Field label="指标（指标目录）" errors={errors("indicator")}>
            <Select
              showSearch
              optionFilterProp="label"
              value={m.indicator}
              options={indicators.map((i) => ({ value: i.id, label: `${i.label}(${i.area})` }))}
              onChange={(indicator) => onChange({ ...m, indicator })}
            />
          </Field>
          <Thresholds m={m} errors={errors} onChange={(t) => onChange({ ...m, ...t })} />
          <Field label="报告中有多个数据时" errors={errors("pick")}>
            <Select value={m.pick} options={options(PICK)} onChange={(pick) => onChange({ ...m, pick })} />
          </Field>
        </>
      );
    case "text":
      return (
        <>
          <Field label="措施用语（正则表达式，回车添加）" errors={errors("patterns")}>
            <Select
              mode="tags"
              value={m.patterns}
              open={false}
              onChange={(patterns) => onChange({ ...m, patterns })}
            />
          </Field>
          <Field label="提及几项得满分" errors={errors("need")}>
            <InputNumber min={1} value={m.need} onChange={(v) => onChange({ ...m, need: v ?? 1 })} />
          </Field>
        </>
      );
    case "parts":
      return (
        <Field label="应具备的内容" errors={errors("parts")}>
          <Checkbox.Group
            value={m.parts}
            options={options(PART_LABEL)}
            onChange={(parts) => onChange({ ...m, parts: parts as typeof m.parts })}
          />
        </Field>
      );
    case "findings":
      return (
        <>
          <Field label="每个问题扣分" errors={errors("per")}>
            <InputNumber value={m.per} onChange={(v) => onChange({ ...m, per: v ?? 0 })} />
          </Field>
          <Field label="计入的问题级别" errors={errors("severities")}>
            <Checkbox.Group
              value={m.severities}
              options={options(SEVERITY)}
              onChange={(s) => onChange({ ...m, severities: s as typeof m.severities })}
            />
          </Field>
        </>
      );
    case "season":
      return (
        <Field label="考核内容" errors={errors("check")}>
          <Select value={m.check} options={options(CHECK)} onChange={(check) => onChange({ ...m, check })} />
        </Field>
      );
    case "ledger":
      return (
        <>
          <Field label="督办台账" errors={errors("measure")}>
            <Select
              value={m.measure}
              options={[
                { value: "completion_rate", label: "任务完成率（按比例得分）" },
                { value: "overdue", label: "逾期任务（每项扣分）" },
              ]}
              onChange={(measure) =>
                onChange(
                  measure === "overdue"
                    ? { kind: "ledger", measure, per: 1 }
                    : { kind: "ledger", measure: "completion_rate", full: 100, zero: 60 },
                )
              }
            />
          </Field>
          {m.measure === "overdue" ? (
            <Field label="每项逾期任务扣分" errors={errors("per")}>
              <InputNumber value={m.per} onChange={(v) => onChange({ ...m, per: v ?? 0 })} />
            </Field>
          ) : (
            <Thresholds m={m} errors={errors} onChange={(t) => onChange({ ...m, ...t })} />
          )}
        </>
      );
    case "manual":
      return (
        <Field label="评分说明（给填报单位和评估人员）" errors={errors("guidance")}>
          <Input.TextArea
            rows={3}
            value={m.guidance ?? ""}
            onChange={(e) => onChange({ ...m, guidance: e.target.value || undefined })}
          />
        </Field>
      );
    case "survey":
      return (
        <>
          <Field label="调查项目名称" errors={errors("label")}>
            <Input value={m.label} onChange={(e) => onChange({ ...m, label: e.target.value })} />
          </Field>
          <Thresholds m={m} errors={errors} onChange={(t) => onChange({ ...m, ...t })} />
        </>
      );
  }
}

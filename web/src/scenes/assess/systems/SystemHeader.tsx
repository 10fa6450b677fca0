// The system's own fields: name, version, what it is based on and what is the project's own
// choice, the total (with what the first level adds up to). Its internal key (id) is not among
// them: the page makes it (draft.ts's freshId) and keeps it in the JSON export, so a coordinator
// never reads or types one.
import { Col, Form, Input, InputNumber, Row } from "antd";
import type { IndicatorSystem } from "./draft.ts";
import { Field } from "./MethodFields.tsx";

/** The system's own text fields: field, label, columns of 24, rows (a text area) */
const HEAD: [
  keyof IndicatorSystem & ("name" | "version" | "basis" | "assumption"),
  string,
  number,
  number?,
][] = [
  ["name", "名称", 14],
  ["version", "版本", 4],
  ["basis", "依据（所依据的文件）", 12, 2],
  ["assumption", "本方案自定的内容（分值、阈值等）", 12, 2],
];

interface Props {
  system: IndicatorSystem;
  problems: Map<string, string[]>;
  onChange: (system: IndicatorSystem) => void;
}

export function SystemHeader({ system, problems, onChange }: Props) {
  const head = (field: string) => problems.get(field) ?? [];
  const firstLevel = system.indicators.reduce((s, n) => s + n.points, 0);
  return (
    <Form layout="vertical">
      <Row gutter={12}>
        {HEAD.map(([field, label, span, rows]) => (
          <Col span={span} key={field}>
            <Field label={label} errors={head(field)}>
              {rows ? (
                <Input.TextArea
                  rows={rows}
                  value={system[field]}
                  onChange={(e) => onChange({ ...system, [field]: e.target.value })}
                />
              ) : (
                <Input
                  className={`system-${field}`}
                  value={system[field]}
                  onChange={(e) => onChange({ ...system, [field]: e.target.value })}
                />
              )}
            </Field>
          </Col>
        ))}
        <Col span={6}>
          <Field
            label={`总分（一级指标合计 ${firstLevel} 分）`}
            errors={[...head("total"), ...head("indicators")]}
          >
            <InputNumber value={system.total} onChange={(v) => onChange({ ...system, total: v ?? 0 })} />
          </Field>
        </Col>
      </Row>
    </Form>
  );
}

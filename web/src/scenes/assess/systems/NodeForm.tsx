// One indicator of the tree: its code, name and points, how its children add up, and for a
// leaf the scoring method; buttons to add, move and remove.
import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, PlusOutlined } from "@ant-design/icons";
import { Alert, Button, Form, Input, InputNumber, Popconfirm, Select, Space, Typography } from "antd";
import { METHOD_LABEL } from "../../../../../src/assess/system.ts";
import type { Indicator } from "../../../api.ts";
import { type IndicatorNode, jsonPathOf, type MethodKind, NEW_METHOD, type Path } from "./draft.ts";
import { Field, MethodFields } from "./MethodFields.tsx";

const LEVEL = ["一级指标", "二级指标", "三级指标", "四级指标"];

interface Props {
  node: IndicatorNode;
  path: Path;
  /** the points of the indicator above (the system's total for a first-level one), and the total */
  parentPoints: number;
  total: number;
  indicators: Indicator[];
  /** the schema's problems by JSON path */
  problems: Map<string, string[]>;
  onChange: (change: Partial<IndicatorNode>) => void;
  onAddChild: () => void;
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
}

const percent = (part: number, whole: number) =>
  whole > 0 ? `${Math.round((1000 * part) / whole) / 10}%` : "—";

export function NodeForm({
  node,
  path,
  parentPoints,
  total,
  indicators,
  problems,
  onChange,
  onAddChild,
  onMove,
  onRemove,
}: Props) {
  const at = jsonPathOf(path);
  const here = problems.get(at) ?? [];
  // a field's problems: at its path and below it (a pattern of a list)
  const own = (field: string) =>
    [...problems]
      .filter(([k]) => k === `${at}.${field}` || k.startsWith(`${at}.${field}.`))
      .flatMap(([, m]) => m);
  const sum = (node.children ?? []).reduce((s, c) => s + c.points, 0);
  const level = LEVEL[path.length - 1] ?? "指标";
  return (
    <Form layout="vertical" className="node-form">
      <Typography.Title level={5}>
        {level} {node.code} {node.name}
      </Typography.Title>
      <Space wrap style={{ display: "flex", marginBottom: 12 }}>
        <Button size="small" icon={<PlusOutlined />} onClick={onAddChild}>
          添加下级指标
        </Button>
        <Button size="small" icon={<ArrowUpOutlined />} onClick={() => onMove(-1)}>
          上移
        </Button>
        <Button size="small" icon={<ArrowDownOutlined />} onClick={() => onMove(1)}>
          下移
        </Button>
        <Popconfirm title="删除这个指标及其下级指标？" okText="删除" cancelText="取消" onConfirm={onRemove}>
          <Button size="small" danger icon={<DeleteOutlined />}>
            删除
          </Button>
        </Popconfirm>
      </Space>
      {here.length ? <Alert type="error" showIcon message={here.join(";")} /> : null}
      <Space align="start" wrap>
        <Field label="编号" errors={own("code")}>
          <Input
            className="node-code"
            value={node.code}
            onChange={(e) => onChange({ code: e.target.value })}
          />
        </Field>
        <Field label="分值" errors={own("points")}>
          <InputNumber
            className="node-points"
            value={node.points}
            onChange={(v) => onChange({ points: v ?? 0 })}
          />
        </Field>
        <Field label="权重" errors={[]}>
          <Typography.Text className="node-weight">
            占上级 {percent(node.points, parentPoints)}，占总分 {percent(node.points, total)}
          </Typography.Text>
        </Field>
      </Space>
      <Field label="名称" errors={own("name")}>
        <Input className="node-name" value={node.name} onChange={(e) => onChange({ name: e.target.value })} />
      </Field>
      {node.children ? (
        <Field label="下级指标" errors={problems.get(`${at}.children`) ?? []}>
          <Typography.Text
            className="children-sum"
            type={Math.abs(sum - node.points) > 1e-6 ? "danger" : "success"}
          >
            {node.children.length} 项，分值合计 {sum} 分，本级 {node.points} 分
          </Typography.Text>
        </Field>
      ) : node.method ? (
        <>
          <Field label="评分方法" errors={own("method.kind")}>
            <Select
              className="method-kind"
              value={node.method.kind}
              options={Object.entries(METHOD_LABEL).map(([value, label]) => ({ value, label }))}
              onChange={(kind: MethodKind) => onChange({ method: NEW_METHOD[kind] })}
            />
          </Field>
          <MethodFields
            method={node.method}
            indicators={indicators}
            errors={(f) => own(`method.${f}`)}
            onChange={(method) => onChange({ method })}
          />
        </>
      ) : null}
    </Form>
  );
}

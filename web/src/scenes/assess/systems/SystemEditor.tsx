// The editor of one indicator system: its header, the tree of indicators, the selected
// indicator's form; checked by the server's schema after every change; saved as a new version.
import { DownloadOutlined, PlusOutlined, SaveOutlined, WarningOutlined } from "@ant-design/icons";
import { Alert, App, Button, Card, Col, Row, Space, Tree, Typography } from "antd";
import { useMemo, useState } from "react";
import { ApiFailure, type Indicator, send } from "../../../api.ts";
import {
  addChild,
  downloadJson,
  type IndicatorNode,
  type IndicatorSystem,
  jsonPathOf,
  keyOf,
  moveNode,
  nodeAt,
  pathOf,
  problems as check,
  problemsUnder,
  removeNode,
  updateNode,
} from "./draft.ts";
import { NodeForm } from "./NodeForm.tsx";
import { SystemHeader } from "./SystemHeader.tsx";

interface Props {
  initial: IndicatorSystem;
  indicators: Indicator[];
  onSaved: () => void;
  onClose: () => void;
}

export function SystemEditor({ initial, indicators, onSaved, onClose }: Props) {
  const { message } = App.useApp();
  const [system, setSystem] = useState(initial);
  const [selected, setSelected] = useState("0");
  const [saving, setSaving] = useState(false);
  const problems = useMemo(() => check(system), [system]);
  const path = pathOf(selected);
  const node = nodeAt(system, path);

  const tree = (nodes: IndicatorNode[], at: number[]): object[] =>
    nodes.map((n, i) => {
      const p = [...at, i];
      const bad = problemsUnder(problems, jsonPathOf(p));
      return {
        key: keyOf(p),
        title: (
          <span
            className={bad ? "tree-node tree-node-error" : "tree-node"}
            style={bad ? { color: "#cf1322" } : undefined}
          >
            {n.code} {n.name}（{n.points} 分）
            {bad ? <WarningOutlined style={{ color: "#cf1322", marginLeft: 4 }} /> : null}
          </span>
        ),
        children: n.children ? tree(n.children, p) : undefined,
      };
    });

  const save = async () => {
    setSaving(true);
    try {
      await send("POST", "/api/assess/systems", { definition: system });
      message.success(`已保存指标体系 ${system.name}（版本 ${system.version}）`);
      onSaved();
    } catch (e) {
      message.error(e instanceof ApiFailure ? e.message : "保存失败");
    } finally {
      setSaving(false);
    }
  };

  return (
    <Card
      size="small"
      className="system-editor"
      title={`编辑指标体系：${system.name}`}
      extra={
        <Space>
          <Button icon={<DownloadOutlined />} onClick={() => downloadJson(system)}>
            导出 JSON
          </Button>
          <Button
            type="primary"
            icon={<SaveOutlined />}
            loading={saving}
            disabled={problems.size > 0}
            onClick={save}
          >
            保存为新版本
          </Button>
          <Button onClick={onClose}>关闭</Button>
        </Space>
      }
    >
      {problems.size ? (
        <Alert
          className="editor-problems"
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          message={`还有 ${problems.size} 处问题（标红的指标和字段），改正后才能保存`}
        />
      ) : null}
      <SystemHeader system={system} problems={problems} onChange={setSystem} />
      <Row gutter={16}>
        <Col span={10}>
          <Button
            size="small"
            icon={<PlusOutlined />}
            style={{ marginBottom: 8 }}
            onClick={() => {
              const r = addChild(system, []);
              setSystem(r.system);
              setSelected(keyOf(r.added));
            }}
          >
            添加一级指标
          </Button>
          <Tree
            className="indicator-tree"
            defaultExpandAll
            blockNode
            selectedKeys={[selected]}
            treeData={tree(system.indicators, []) as never}
            onSelect={(keys) => keys.length && setSelected(String(keys[0]))}
          />
        </Col>
        <Col span={14}>
          {node ? (
            <NodeForm
              key={selected}
              node={node}
              path={path}
              parentPoints={path.length > 1 ? (nodeAt(system, path.slice(0, -1))?.points ?? 0) : system.total}
              total={system.total}
              indicators={indicators}
              problems={problems}
              onChange={(change) => setSystem(updateNode(system, path, change))}
              onAddChild={() => {
                const r = addChild(system, path);
                setSystem(r.system);
                setSelected(keyOf(r.added));
              }}
              onMove={(by) => {
                const to = path[path.length - 1] + by;
                const siblings =
                  path.length > 1 ? (nodeAt(system, path.slice(0, -1))?.children ?? []) : system.indicators;
                if (to < 0 || to >= siblings.length) return;
                setSystem(moveNode(system, path, by));
                setSelected(keyOf([...path.slice(0, -1), to]));
              }}
              onRemove={() => {
                setSystem(removeNode(system, path));
                setSelected("0");
              }}
            />
          ) : (
            <Typography.Text type="secondary">在左侧选择一个指标</Typography.Text>
          )}
        </Col>
      </Row>
    </Card>
  );
}

// 评分溯源: one item's rule and inputs, its evidence, its history and appeals; an evaluator
// enters manual points or a survey figure here, a unit appeals here.
import {
  App,
  Button,
  Descriptions,
  Drawer,
  Form,
  Input,
  InputNumber,
  Space,
  Spin,
  Tag,
  Timeline,
  Upload,
} from "antd";
import { useCallback, useEffect, useState } from "react";
import { getJson, send, sendForm } from "../../api.ts";
import { useSession } from "../../session.tsx";
import { EvidenceList } from "./EvidenceList.tsx";
import { STATUS_COLOR, type TraceJson } from "./types.ts";
import { formatDateTime } from "../../format.ts";

type FileRef = { kind: "file"; sha256: string; name: string };

function Files({ value, onChange }: { value?: FileRef[]; onChange?: (v: FileRef[]) => void }) {
  const { message } = App.useApp();
  return (
    <Upload
      multiple
      showUploadList={{ showRemoveIcon: false }}
      customRequest={async ({ file, onSuccess, onError }) => {
        const form = new FormData();
        form.append("file", file as File, (file as File).name);
        try {
          const res = await sendForm<{ file: FileRef }>("/api/assess/files", form);
          onChange?.([...(value ?? []), res.file]);
          onSuccess?.(res);
        } catch (e) {
          message.error((e as Error).message);
          onError?.(e as Error);
        }
      }}
    >
      <Button>上传证明材料</Button>
    </Upload>
  );
}

function EntryForm({ trace, done }: { trace: TraceJson; done: () => void }) {
  const { message } = App.useApp();
  const manual = trace.item.method === "manual";
  return (
    <Form
      layout="vertical"
      className="entry-form"
      onFinish={async (v: { points?: number; value?: number; reason: string; evidence?: FileRef[] }) => {
        try {
          const entry = manual
            ? { kind: "manual", points: v.points, reason: v.reason, evidence: v.evidence ?? [] }
            : { kind: "survey", value: v.value, reason: v.reason };
          await send("POST", `/api/assess/items/${trace.item.id}/entry`, { entry });
          message.success("已录入");
          done();
        } catch (e) {
          message.error((e as Error).message);
        }
      }}
    >
      {manual ? (
        <Form.Item
          name="points"
          label={`评分（0–${trace.item.max}）`}
          rules={[{ required: true, message: "请填写分值" }]}
        >
          <InputNumber min={0} max={trace.item.max} step={0.5} />
        </Form.Item>
      ) : (
        <Form.Item name="value" label="调查结果（%）" rules={[{ required: true, message: "请填写调查结果" }]}>
          <InputNumber min={0} max={100} />
        </Form.Item>
      )}
      <Form.Item name="reason" label="理由" rules={[{ required: manual, message: "请写明评分理由" }]}>
        <Input.TextArea rows={2} />
      </Form.Item>
      {manual ? (
        <Form.Item name="evidence" label="证明材料">
          <Files />
        </Form.Item>
      ) : null}
      <Button type="primary" htmlType="submit">
        保存评分
      </Button>
    </Form>
  );
}

function AppealForm({ trace, done }: { trace: TraceJson; done: () => void }) {
  const { message } = App.useApp();
  return (
    <Form
      layout="vertical"
      className="appeal-form"
      onFinish={async (v: { reason: string; evidence?: FileRef[] }) => {
        try {
          await send("POST", `/api/assess/items/${trace.item.id}/appeals`, {
            reason: v.reason,
            evidence: v.evidence ?? [],
          });
          message.success("已提交申诉");
          done();
        } catch (e) {
          message.error((e as Error).message);
        }
      }}
    >
      <Form.Item
        name="reason"
        label="申诉理由"
        rules={[{ required: true, min: 4, message: "请写明申诉理由" }]}
      >
        <Input.TextArea rows={3} />
      </Form.Item>
      <Form.Item name="evidence" label="证明材料">
        <Files />
      </Form.Item>
      <Button type="primary" htmlType="submit">
        提交申诉
      </Button>
    </Form>
  );
}

export default function ItemDrawer({
  itemId,
  onClose,
  onChange,
}: {
  itemId: number | null;
  onClose: () => void;
  onChange: () => void;
}) {
  const { user } = useSession();
  const [trace, setTrace] = useState<TraceJson | null>(null);
  const load = useCallback(() => {
    setTrace(null);
    if (itemId !== null) void getJson<TraceJson>(`/api/assess/items/${itemId}`).then(setTrace);
  }, [itemId]);
  useEffect(load, [load]);
  const refresh = () => {
    load();
    onChange();
  };
  const open = trace?.round.status === "open";
  const evaluator = user && ["admin", "coordinator", "evaluator"].includes(user.role);
  const canEnter = open && evaluator && (trace?.item.method === "manual" || trace?.item.method === "survey");
  const canAppeal =
    open &&
    user &&
    ["admin", "coordinator", "unit"].includes(user.role) &&
    !trace?.appeals.some((a) => a.status === "pending");
  return (
    <Drawer
      rootClassName="item-drawer"
      width={720}
      open={itemId !== null}
      onClose={onClose}
      title={trace ? `${trace.item.code} ${trace.item.name}` : "评分项"}
    >
      {!trace ? (
        <Spin />
      ) : (
        <Space direction="vertical" size="large" style={{ width: "100%" }}>
          <Descriptions size="small" column={1} bordered className="trace">
            <Descriptions.Item label="单位">{trace.unit.name}</Descriptions.Item>
            <Descriptions.Item label="上级指标">{trace.item.path.join(" / ")}</Descriptions.Item>
            <Descriptions.Item label="得分">
              <Space>
                <strong className="item-points">
                  {trace.item.points} / {trace.item.max}
                </strong>
                <Tag color={STATUS_COLOR[trace.item.status]}>{trace.item.statusLabel}</Tag>
                {trace.item.override ? (
                  <Tag color="green">申诉采纳（原 {trace.item.computedPoints} 分）</Tag>
                ) : null}
              </Space>
            </Descriptions.Item>
            <Descriptions.Item label="评分方法">{trace.item.methodLabel}</Descriptions.Item>
            <Descriptions.Item label="评分规则">{trace.item.explanation}</Descriptions.Item>
          </Descriptions>
          <div>
            <h4>依据</h4>
            <EvidenceList itemId={trace.item.id} evidence={trace.item.evidence} />
          </div>
          <div>
            <h4>变更记录</h4>
            <Timeline
              items={trace.changes.map((c) => ({
                children: `${c.at ? formatDateTime(c.at) : ""} ${c.causeLabel}：${c.pointsBefore ?? "—"} → ${c.pointsAfter}${c.by ? `（${c.by}）` : ""}`,
              }))}
            />
          </div>
          {trace.appeals.length ? (
            <div>
              <h4>申诉</h4>
              {trace.appeals.map((a) => (
                <p key={a.id}>
                  <Tag color={STATUS_COLOR[a.status]}>{a.statusLabel}</Tag>
                  {a.reason}
                  {a.decision ? ` —— 处理意见：${a.decision}` : ""}
                </p>
              ))}
            </div>
          ) : null}
          {canEnter ? <EntryForm trace={trace} done={refresh} /> : null}
          {canAppeal && user?.role === "unit" ? <AppealForm trace={trace} done={refresh} /> : null}
        </Space>
      )}
    </Drawer>
  );
}

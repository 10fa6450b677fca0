// 申诉: the round's appeals; the coordinator accepts (with points) or rejects each.
import { App, Button, Form, Input, InputNumber, Modal, Table, Tag } from "antd";
import { useState } from "react";
import { send } from "../../api.ts";
import { useSession } from "../../session.tsx";
import { usePagedJson } from "../../usePagedJson.ts";
import { type AppealJson, STATUS_COLOR } from "./types.ts";

function Decide({ appeal, done }: { appeal: AppealJson; done: () => void }) {
  const { message } = App.useApp();
  const [accept, setAccept] = useState<boolean | null>(null);
  const [form] = Form.useForm();
  return (
    <>
      <Button size="small" type="primary" onClick={() => setAccept(true)}>
        采纳
      </Button>{" "}
      <Button size="small" onClick={() => setAccept(false)}>
        不采纳
      </Button>
      <Modal
        rootClassName="decide-modal"
        open={accept !== null}
        title={accept ? "采纳申诉" : "不采纳申诉"}
        okText="确定"
        cancelText="取消"
        onCancel={() => setAccept(null)}
        onOk={async () => {
          const v = await form.validateFields();
          try {
            await send("POST", `/api/assess/appeals/${appeal.id}/decision`, { accept, ...v });
            message.success("已处理申诉");
            setAccept(null);
            done();
          } catch (e) {
            message.error((e as Error).message);
          }
        }}
      >
        <Form form={form} layout="vertical" initialValues={{ points: appeal.max }}>
          {accept ? (
            <Form.Item name="points" label={`调整后分值（0–${appeal.max}）`} rules={[{ required: true }]}>
              <InputNumber min={0} max={appeal.max} step={0.5} />
            </Form.Item>
          ) : null}
          <Form.Item name="comment" label="处理意见" rules={[{ required: true, message: "请写明处理意见" }]}>
            <Input.TextArea rows={2} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}

export default function AppealsPanel({
  roundId,
  onChange,
  onOpen,
}: {
  roundId: number;
  onChange: () => void;
  onOpen: (itemId: number) => void;
}) {
  const { user } = useSession();
  const appeals = usePagedJson<AppealJson>(`/api/assess/rounds/${roundId}/appeals`);
  const coordinator = user?.role === "admin" || user?.role === "coordinator";
  return (
    <Table<AppealJson>
      rowKey="id"
      className="appeals"
      loading={appeals.items === null}
      dataSource={appeals.items ?? []}
      pagination={appeals.pagination}
      locale={{ emptyText: "没有申诉" }}
      columns={[
        { title: "单位", dataIndex: "unitName", width: 180 },
        {
          title: "评分项",
          dataIndex: "code",
          width: 90,
          render: (c: string, a) => (
            <Button type="link" size="small" onClick={() => onOpen(a.itemId)}>
              {c}
            </Button>
          ),
        },
        { title: "原得分", key: "points", width: 90, render: (_, a) => `${a.points} / ${a.max}` },
        { title: "申诉理由", dataIndex: "reason" },
        {
          title: "状态",
          dataIndex: "statusLabel",
          width: 90,
          render: (l: string, a) => <Tag color={STATUS_COLOR[a.status]}>{l}</Tag>,
        },
        { title: "处理意见", dataIndex: "decision", render: (d: string | null) => d ?? "—" },
        ...(coordinator
          ? [
              {
                title: "处理",
                key: "act",
                width: 160,
                render: (_: unknown, a: AppealJson) =>
                  a.status === "pending" ? (
                    <Decide
                      appeal={a}
                      done={() => {
                        appeals.reload();
                        onChange();
                      }}
                    />
                  ) : null,
              },
            ]
          : []),
      ]}
    />
  );
}

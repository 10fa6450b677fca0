// 选择报告: the annual report a unit is scored on, searched in the document library (reports only,
// the round's year to begin with), a page at a time. Choosing one sets it and rescores the unit on
// the server, as the automatic match would have; 清除 (after a confirmation) leaves the unit
// without a report and rescores it so. The ranking then reloads with the new score.
import { App, Button, Form, Input, InputNumber, Modal, Space, Table, Tag } from "antd";
import { useCallback, useEffect, useState } from "react";
import { type DocumentList, type DocumentSummary, getJson, send } from "../../api.ts";
import type { UnitResultJson } from "./types.ts";

interface Filter {
  q: string;
  region: string;
  year: number | null;
}

const PAGE_SIZE = 20;

export default function ReportDialog({
  roundId,
  year,
  unit,
  onClose,
  onChosen,
}: {
  roundId: number;
  year: number;
  unit: UnitResultJson | null;
  onClose: () => void;
  onChosen: () => void;
}) {
  const { message, modal } = App.useApp();
  const [form] = Form.useForm<Filter>();
  const [list, setList] = useState<DocumentList | null>(null);
  // the filter the list shows, so that another page is of the same search
  const [shown, setShown] = useState<Filter | null>(null);
  const [loading, setLoading] = useState(false);
  const [saving, setSaving] = useState<number | null>(null);
  const search = useCallback(
    async (f: Filter, page = 1) => {
      setLoading(true);
      const p = new URLSearchParams({ kind: "report", page: String(page), pageSize: String(PAGE_SIZE) });
      if (f.q?.trim()) p.set("q", f.q.trim());
      if (f.region?.trim()) p.set("region", f.region.trim());
      if (f.year) p.set("year", String(f.year));
      try {
        setList(await getJson<DocumentList>(`/api/documents?${p}`));
        setShown(f);
      } catch (e) {
        message.error((e as Error).message);
      } finally {
        setLoading(false);
      }
    },
    [message],
  );
  // each opening starts from the round's year with no words, so every report of the year shows
  useEffect(() => {
    if (!unit) return;
    const start = { q: "", region: "", year };
    form.setFieldsValue(start);
    void search(start);
  }, [unit, year, form, search]);
  const setDocument = (documentId: number | null) =>
    unit
      ? send("POST", `/api/assess/rounds/${roundId}/units/${unit.unitId}/document`, { documentId })
      : Promise.resolve();
  const choose = async (d: DocumentSummary) => {
    if (!unit) return;
    setSaving(d.id);
    try {
      await setDocument(d.id);
      message.success(`已改按「${d.displayTitle ?? "所选报告"}」评分`);
      onChosen();
      onClose();
    } catch (e) {
      message.error((e as Error).message);
    } finally {
      setSaving(null);
    }
  };
  // a wrong report is worse than none: the unit is then scored without one (报告类评分项无依据)
  const clear = () => {
    if (!unit) return;
    modal.confirm({
      title: `清除${unit.unitName}的年度报告？`,
      className: "clear-report-confirm",
      content:
        "清除后按无报告重新评分：报告类评分项均无依据；人工录入的分值和申诉结果不变。之后可再选择报告。",
      okText: "清除",
      okButtonProps: { danger: true },
      cancelText: "取消",
      onOk: async () => {
        try {
          await setDocument(null);
        } catch (e) {
          message.error((e as Error).message);
          throw e; // the confirmation stays open
        }
        message.success(`已清除${unit.unitName}的年度报告，已重新评分`);
        onChosen();
        onClose();
      },
    });
  };
  return (
    <Modal
      rootClassName="report-dialog"
      open={unit !== null}
      title={unit ? `选择${unit.unitName}的年度报告` : ""}
      width={760}
      footer={<Button onClick={onClose}>关闭</Button>}
      onCancel={onClose}
      destroyOnHidden
    >
      <p style={{ color: "#8c8c8c", marginTop: 0 }}>
        报告类评分项按所选报告重新评分；人工录入的分值和申诉结果不变。
      </p>
      {unit?.documentId ? (
        <Space className="current-report" style={{ marginBottom: 12 }}>
          <span>当前报告：{unit.documentTitle ?? "年度报告"}</span>
          <Button size="small" danger onClick={clear}>
            清除
          </Button>
        </Space>
      ) : (
        <p className="current-report">当前未指定报告：报告类评分项均无依据</p>
      )}
      <Form form={form} layout="inline" onFinish={(f) => search(f)} style={{ marginBottom: 12, rowGap: 8 }}>
        <Form.Item name="q" label="关键词">
          <Input allowClear placeholder="标题或正文中的词" style={{ width: 200 }} />
        </Form.Item>
        <Form.Item name="region" label="地区">
          <Input allowClear style={{ width: 120 }} />
        </Form.Item>
        <Form.Item name="year" label="年度">
          <InputNumber min={1990} max={2100} style={{ width: 100 }} />
        </Form.Item>
        <Form.Item>
          <Button type="primary" htmlType="submit">
            查找
          </Button>
        </Form.Item>
      </Form>
      <Table<DocumentSummary>
        className="report-candidates"
        rowKey="id"
        size="small"
        loading={loading}
        pagination={{
          current: list?.page ?? 1,
          pageSize: PAGE_SIZE,
          total: list?.total ?? 0,
          showSizeChanger: false,
          size: "small",
          showTotal: (n) => `共 ${list?.totalIsEstimate ? "约 " : ""}${n} 份`,
          onChange: (page) => shown && void search(shown, page),
        }}
        scroll={{ y: 360 }}
        dataSource={list?.items ?? []}
        locale={{ emptyText: "没有符合条件的报告" }}
        columns={[
          { title: "报告", key: "title", render: (_, d) => d.displayTitle ?? "（未识别标题）" },
          // a department's report: its government's area, or its level when no area was read
          { title: "地区", dataIndex: "place", width: 110, render: (v: string | null) => v ?? "未识别" },
          { title: "年度", dataIndex: "year", width: 70, render: (v: number | null) => v ?? "—" },
          {
            title: "",
            key: "action",
            width: 90,
            render: (_, d) =>
              d.id === unit?.documentId ? (
                <Tag color="blue">当前报告</Tag>
              ) : (
                <Button size="small" loading={saving === d.id} onClick={() => choose(d)}>
                  选用
                </Button>
              ),
          },
        ]}
      />
    </Modal>
  );
}

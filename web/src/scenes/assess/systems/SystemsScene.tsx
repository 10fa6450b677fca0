// 指标体系 (coordinator): the systems and their versions; start a new one blank, from a copy of
// another, as the next version of one, or from a JSON file; then edit it in the editor below.
import { CopyOutlined, EditOutlined, FileAddOutlined, UploadOutlined } from "@ant-design/icons";
import { Alert, App, Button, Card, Space, Table, Tag, Upload } from "antd";
import { useEffect, useState } from "react";
import { canManage, getJson, type Indicator } from "../../../api.ts";
import { useSession } from "../../../session.tsx";
import { usePagedJson } from "../../../usePagedJson.ts";
import { BLANK, freshId, type IndicatorSystem, nextVersion, withValidId } from "./draft.ts";
import { SystemEditor } from "./SystemEditor.tsx";

interface SystemRow {
  id: number | null;
  key: string;
  version: string;
  name: string;
  shipped: boolean;
}

export default function SystemsScene() {
  const { user } = useSession();
  const { message } = App.useApp();
  const list = usePagedJson<SystemRow>("/api/assess/systems");
  const [indicators, setIndicators] = useState<Indicator[]>([]);
  const [draft, setDraft] = useState<{ system: IndicatorSystem; n: number } | null>(null);
  useEffect(() => {
    void getJson<{ indicators: Indicator[] }>("/api/indicators").then((r) => setIndicators(r.indicators));
  }, []);
  if (!canManage(user)) return <Alert type="info" message="只有督办协调部门可以管理指标体系" />;

  const edit = (system: IndicatorSystem) => setDraft({ system, n: (draft?.n ?? 0) + 1 });
  const load = async (r: SystemRow, as: "copy" | "version") => {
    const { system } = await getJson<{ system: IndicatorSystem }>(
      `/api/assess/systems/${r.key}?version=${encodeURIComponent(r.version)}`,
    );
    edit(
      as === "version"
        ? { ...system, version: nextVersion(system.version) }
        : { ...system, id: freshId(system.id), name: `${system.name}（副本）`, version: "1" },
    );
  };

  return (
    <Space direction="vertical" size="large" style={{ width: "100%" }}>
      <Card
        size="small"
        title="指标体系"
        className="systems-list"
        extra={
          <Space>
            <Button icon={<FileAddOutlined />} onClick={() => edit({ ...BLANK, id: freshId() })}>
              新建空白体系
            </Button>
            <Upload
              accept=".json,application/json"
              showUploadList={false}
              beforeUpload={async (file) => {
                try {
                  const value = JSON.parse(await file.text());
                  if (!value || typeof value !== "object" || !Array.isArray(value.indicators))
                    throw new Error();
                  edit(withValidId(value as IndicatorSystem));
                } catch {
                  message.error(`「${file.name}」不是指标体系 JSON 文件`);
                }
                return false;
              }}
            >
              <Button icon={<UploadOutlined />}>导入 JSON</Button>
            </Upload>
          </Space>
        }
      >
        <Table<SystemRow>
          rowKey={(r) => `${r.key}@${r.version}`}
          size="small"
          loading={list.items === null}
          dataSource={list.items ?? []}
          pagination={list.pagination}
          columns={[
            { title: "名称", dataIndex: "name" },
            { title: "版本", dataIndex: "version", width: 100 },
            {
              title: "来源",
              dataIndex: "shipped",
              width: 90,
              render: (s: boolean) => (s ? <Tag color="blue">内置</Tag> : <Tag>已保存</Tag>),
            },
            {
              title: "操作",
              key: "act",
              width: 260,
              render: (_, r) => (
                <Space>
                  <Button size="small" icon={<CopyOutlined />} onClick={() => void load(r, "copy")}>
                    复制为新体系
                  </Button>
                  <Button size="small" icon={<EditOutlined />} onClick={() => void load(r, "version")}>
                    修订为新版本
                  </Button>
                </Space>
              ),
            },
          ]}
        />
      </Card>
      {draft ? (
        <SystemEditor
          key={draft.n}
          initial={draft.system}
          indicators={indicators}
          onSaved={() => {
            list.reload();
            setDraft(null);
          }}
          onClose={() => setDraft(null)}
        />
      ) : null}
    </Space>
  );
}

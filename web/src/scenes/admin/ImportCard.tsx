// 批量导入: the template to fill in, the upload, and each row's problems (nothing is imported
// while any row has one).
import { DownloadOutlined, UploadOutlined } from "@ant-design/icons";
import { Alert, App, Button, Card, Space, Table } from "antd";
import { useRef, useState } from "react";
import { type ImportResult, sendForm } from "../../api.ts";

export function ImportCard({ onImported }: { onImported: () => void }) {
  const { message } = App.useApp();
  const [result, setResult] = useState<ImportResult | null>(null);
  const [busy, setBusy] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const upload = async (file: File) => {
    const form = new FormData();
    form.append("file", file);
    setBusy(true);
    try {
      const r = await sendForm<ImportResult>("/api/users/import", form);
      setResult(r);
      if (r.created > 0) {
        message.success(`已导入 ${r.created} 个账号`);
        onImported();
      }
    } catch (e) {
      setResult(null);
      message.error((e as Error).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Card size="small" title="从 Excel 批量导入单位账号" className="import-card">
      <Space direction="vertical" style={{ width: "100%" }}>
        <Space wrap>
          <Button icon={<DownloadOutlined />} href="/api/users/import-template">
            下载导入模板
          </Button>
          <input
            ref={input}
            type="file"
            accept=".xlsx"
            style={{ display: "none" }}
            onChange={(e) => {
              const file = e.target.files?.[0];
              e.target.value = ""; // the same file can be chosen again after it is put right
              if (file) void upload(file);
            }}
          />
          <Button
            type="primary"
            icon={<UploadOutlined />}
            loading={busy}
            onClick={() => input.current?.click()}
          >
            选择 Excel 文件导入
          </Button>
          <span style={{ color: "#888" }}>
            导入的账号首次登录须修改密码；有任何一行出错时不导入任何账号。
          </span>
        </Space>
        {result && result.errors.length > 0 ? (
          <>
            <Alert
              type="error"
              showIcon
              className="import-errors"
              message={`有 ${new Set(result.errors.map((e) => e.row)).size} 行需要修改，未导入任何账号。请改正后重新导入。`}
            />
            <Table
              size="small"
              pagination={false}
              rowKey={(e) => `${e.row}-${e.message}`}
              dataSource={result.errors}
              columns={[
                { title: "行号", dataIndex: "row", width: 80, render: (r: number) => `第 ${r} 行` },
                { title: "问题", dataIndex: "message" },
              ]}
            />
          </>
        ) : null}
        {result && result.created > 0 ? (
          <Alert type="success" showIcon message={`已导入 ${result.created} 个账号。`} />
        ) : null}
      </Space>
    </Card>
  );
}

// A unit's report on its task: progress (text, percent, evidence) or a closure request with
// the same text and evidence; the files go with whichever is sent. The office may report for the
// unit (代为填报): the form then says so, and the record and the unit's notification name who did.
import { Alert, App, Button, Form, Input, InputNumber, Space, Upload } from "antd";
import type { UploadFile } from "antd";
import { useState } from "react";
import { sendForm, type Task } from "../../api.ts";

interface Values {
  text?: string;
  percent?: number | null;
}

export function ReportForm({
  task: t,
  onDone,
  proxy,
}: {
  task: Task;
  onDone: () => Promise<void>;
  /** the name of the account reporting for the unit (the office), or null: the unit itself */
  proxy: string | null;
}) {
  const { message } = App.useApp();
  const [files, setFiles] = useState<UploadFile[]>([]);
  const [busy, setBusy] = useState(false);
  const [form] = Form.useForm<Values>();

  const submit = async (path: "progress" | "request-closure", done: string) => {
    const v = form.getFieldsValue();
    // the server refuses an empty update; said at the field before anything is sent
    if (path === "progress" && !v.text?.trim() && (v.percent ?? null) === null && files.length === 0) {
      form.setFields([{ name: "text", errors: ["请填写进展、完成比例或上传材料"] }]);
      return;
    }
    const fd = new FormData();
    fd.append("text", v.text ?? "");
    // the percent goes with a closure request too: typed beside 申请办结, it must not be lost
    if (v.percent !== undefined && v.percent !== null) fd.append("percent", String(v.percent));
    for (const f of files) if (f.originFileObj) fd.append("files", f.originFileObj, f.name);
    setBusy(true);
    try {
      await sendForm(`/api/tasks/${t.id}/${path}`, fd);
      message.success(done);
      form.resetFields();
      setFiles([]);
      await onDone();
    } catch (e) {
      message.error((e as Error).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Form
      form={form}
      layout="vertical"
      className="progress-form"
      onFinish={() => submit("progress", proxy ? "已代为报送进展" : "进展已报送")}
    >
      {proxy ? (
        <Alert
          type="info"
          showIcon
          className="proxy-note"
          style={{ marginBottom: 12 }}
          message={`代为填报：代${t.unitName}报送进展或申请办结`}
          description={`记录中注明由${proxy}代为填报，并通知${t.unitName}。单位自行报送的，无需在此填写。`}
        />
      ) : null}
      <Form.Item label="工作进展" name="text">
        <Input.TextArea rows={3} placeholder="本阶段完成的工作" />
      </Form.Item>
      <Form.Item label="完成比例（%）" name="percent">
        <InputNumber min={0} max={100} />
      </Form.Item>
      <Form.Item label="证明材料（PDF、OFD、Word、WPS、Excel、图片、文本；报送进展或申请办结时一并提交）">
        <Upload
          multiple
          accept=".pdf,.ofd,.docx,.doc,.wps,.xlsx,.png,.jpg,.jpeg,.txt"
          fileList={files}
          beforeUpload={() => false}
          onChange={({ fileList }) => setFiles(fileList)}
        >
          <Button>选择文件</Button>
        </Upload>
      </Form.Item>
      <Space>
        <Button type="primary" htmlType="submit" loading={busy}>
          {proxy ? "代为报送进展" : "报送进展"}
        </Button>
        {t.status !== "pending_review" ? (
          <Button
            loading={busy}
            onClick={() => submit("request-closure", proxy ? "已代为申请办结" : "已申请办结")}
          >
            {proxy ? "代为申请办结" : "申请办结"}
          </Button>
        ) : null}
      </Space>
    </Form>
  );
}

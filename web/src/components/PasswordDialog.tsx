// 修改密码: the current password, then the new one (rules are checked by the server).
import { App, Form, Input, Modal } from "antd";
import { send } from "../api.ts";

export function PasswordDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm();
  return (
    <Modal
      open={open}
      title="修改密码"
      okText="修改"
      cancelText="取消"
      onCancel={onClose}
      onOk={async () => {
        const v = await form.validateFields();
        try {
          await send("POST", "/api/session/password", { current: v.current, next: v.next });
          message.success("密码已修改，其他设备上的登录已失效");
          form.resetFields();
          onClose();
        } catch (e) {
          message.error((e as Error).message);
        }
      }}
    >
      <Form form={form} layout="vertical">
        <Form.Item label="当前密码" name="current" rules={[{ required: true }]}>
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        <Form.Item
          label="新密码（至少 10 位，含大写、小写、数字、符号中的三类）"
          name="next"
          rules={[{ required: true }]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

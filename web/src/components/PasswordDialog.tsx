// 修改密码: the current password, then the new one (rules are checked by the server). Forced
// after an admin's reset: no way around it until the new password is set.
import { Alert, App, Form, Input, Modal } from "antd";
import { send } from "../api.ts";

export function PasswordDialog({
  open,
  onClose,
  forced = false,
}: {
  open: boolean;
  onClose: () => void;
  forced?: boolean;
}) {
  const { message } = App.useApp();
  const [form] = Form.useForm();
  return (
    <Modal
      open={open}
      title={forced ? "请设置新密码" : "修改密码"}
      okText={forced ? "设置新密码" : "修改"}
      cancelText="取消"
      closable={!forced}
      maskClosable={!forced}
      keyboard={!forced}
      cancelButtonProps={forced ? { style: { display: "none" } } : undefined}
      className={forced ? "forced-password" : undefined}
      onCancel={forced ? undefined : onClose}
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
      {forced ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          message="管理员已重置您的密码。请先设置新密码，然后才能继续使用。"
        />
      ) : null}
      <Form form={form} layout="vertical">
        <Form.Item label={forced ? "临时密码" : "当前密码"} name="current" rules={[{ required: true }]}>
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        <Form.Item
          label="新密码（至少 10 位，含大写字母、小写字母、数字、符号中的三类，或不少于 16 位）"
          name="next"
          rules={[{ required: true }]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

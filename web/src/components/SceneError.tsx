// A scene that fails to load or to draw: one Chinese line and a reload, instead of a blank
// page. The usual cause is an upgrade while the tab was open (the scene's script of the old
// build is gone), so reloading the page is the way out.
import { Button, Result } from "antd";
import { Component, type ReactNode } from "react";

export class SceneError extends Component<{ children: ReactNode }, { failed: boolean }> {
  state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  render() {
    if (!this.state.failed) return this.props.children;
    return (
      <Result
        className="scene-error"
        status="warning"
        title="页面加载失败"
        subTitle="系统可能刚刚更新，或网络中断。请刷新页面后重试；仍有问题请联系系统管理员。"
        extra={
          <Button type="primary" onClick={() => location.reload()}>
            刷新页面
          </Button>
        }
      />
    );
  }
}

import { Button, Result } from "antd";
import { navigate } from "../router.ts";

/** Shown for an address the application does not have (a mistyped or outdated link). */
export function NotFound() {
  return (
    <Result
      status="404"
      title="页面不存在"
      subTitle="您访问的地址不存在或已失效，请检查链接，或回到文档库。"
      extra={
        <Button type="primary" onClick={() => navigate("/documents")}>
          回到文档库
        </Button>
      }
    />
  );
}

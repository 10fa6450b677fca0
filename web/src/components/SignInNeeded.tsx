// A page that needs an account, seen by a visitor not signed in: what it needs and the way in
// (to the login page, back here after it). A page for staff only, opened by a public account
// (a bookmark, a link someone sent): what the page is for and where to go instead — never the
// server's bare refusal above the page's empty toolbar.
import { Alert, Button } from "antd";
import { navigate } from "../router.ts";

export function SignInNeeded({ message, next }: { message: string; next: string }) {
  return (
    <Alert
      type="info"
      showIcon
      message={message}
      action={<Button onClick={() => navigate(`/login?next=${next}`)}>登录</Button>}
    />
  );
}

export function StaffOnly({ message, description }: { message: string; description: string }) {
  return (
    <Alert
      className="staff-only"
      type="info"
      showIcon
      message={message}
      description={description}
      action={<Button onClick={() => navigate("/public")}>查看公开报告</Button>}
    />
  );
}

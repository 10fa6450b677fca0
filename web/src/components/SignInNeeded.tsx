// A page that needs an account, seen by a visitor not signed in: what it needs and the way in
// (to the login page, back here after it).
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

// The signed-in account's notifications (催办, returns, approvals, extensions, reassignments of
// tasks; the annual report returned or accepted):
// a bell with the unread count; the list opens on click, an item opens its task and is marked
// read, and all can be marked read at once.
import { BellOutlined } from "@ant-design/icons";
import { Badge, Button, Empty, Popover, Space, Tag, Typography } from "antd";
import { useCallback, useEffect, useState } from "react";
import { getJson, type Notification, type NotificationList, send } from "../api.ts";
import { navigate } from "../router.ts";
import { useSession } from "../session.tsx";
import { formatDateTime } from "../format.ts";

const KIND_COLOR: Record<string, string> = {
  chase: "orange",
  return: "magenta",
  accept: "green",
  extend: "blue",
  reassign: "purple",
  on_behalf: "cyan",
  report_return: "magenta",
  report_accept: "green",
};

export function NotificationBell() {
  const { user } = useSession();
  const [list, setList] = useState<NotificationList | null>(null);
  const [open, setOpen] = useState(false);
  const load = useCallback(async () => {
    try {
      setList(await getJson<NotificationList>("/api/notifications?pageSize=20"));
    } catch {
      // signed out meanwhile: the bell goes with the session
    }
  }, []);
  useEffect(() => {
    if (!user) return;
    void load();
    const timer = setInterval(() => void load(), 60_000);
    return () => clearInterval(timer);
  }, [user, load]);
  if (!user || user.role === "public") return null;

  const read = async (body: { ids?: number[]; all?: boolean }) => {
    await send("POST", "/api/notifications/read", body);
    await load();
  };
  const follow = async (n: Notification) => {
    if (!n.read) await read({ ids: [n.id] });
    setOpen(false);
    if (n.ledgerId) navigate(`/tasks/${n.ledgerId}${n.taskId ? `?task=${n.taskId}` : ""}`);
    // the annual report's return or acceptance opens the season page, where the unit resubmits
    // or records where it published
    else if (n.kind.startsWith("report_")) navigate("/season");
  };
  const items = list?.items ?? [];
  return (
    <Popover
      trigger="click"
      placement="bottomRight"
      open={open}
      onOpenChange={(o) => {
        setOpen(o);
        if (o) void load();
      }}
      title={
        <Space style={{ justifyContent: "space-between", width: "100%" }}>
          <span>通知{list?.unread ? `（${list.unread} 条未读）` : ""}</span>
          <Button size="small" type="link" disabled={!list?.unread} onClick={() => void read({ all: true })}>
            全部标为已读
          </Button>
        </Space>
      }
      content={
        <div className="notification-list" style={{ width: 420, maxHeight: 420, overflow: "auto" }}>
          {items.length === 0 ? <Empty description="暂无通知" image={Empty.PRESENTED_IMAGE_SIMPLE} /> : null}
          {items.map((n) => (
            // biome-ignore lint/a11y/useSemanticElements: a list entry that opens its task; Enter works as a click
            <div
              key={n.id}
              role="button"
              tabIndex={0}
              className={`notification-item${n.read ? "" : " unread"}`}
              onClick={() => void follow(n)}
              onKeyDown={(e) => e.key === "Enter" && void follow(n)}
              style={{
                padding: "8px 4px",
                borderBottom: "1px solid #f0f0f0",
                cursor: "pointer",
                background: n.read ? undefined : "#e6f4ff",
              }}
            >
              <Space size={4}>
                <Tag color={KIND_COLOR[n.kind]}>{n.kindLabel}</Tag>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {n.actor ?? "系统"} · {formatDateTime(n.createdAt)}
                </Typography.Text>
              </Space>
              <div style={{ fontWeight: n.read ? undefined : 600 }}>{n.text}</div>
            </div>
          ))}
        </div>
      }
    >
      <Badge count={list?.unread ?? 0} size="small" offset={[-4, 4]}>
        <Button
          type="text"
          aria-label="通知"
          className="notification-bell"
          icon={<BellOutlined style={{ color: "#fff", fontSize: 18 }} />}
        />
      </Badge>
    </Popover>
  );
}

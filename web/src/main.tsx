import { App as AntApp, Button, ConfigProvider, Layout, Menu, Space, Spin } from "antd";
import zhCN from "antd/locale/zh_CN";
import dayjs from "dayjs";
import "dayjs/locale/zh-cn";
import { lazy, StrictMode, Suspense, useState } from "react";
import { createRoot } from "react-dom/client";
import { NotFound } from "./components/NotFound.tsx";
import { NotificationBell } from "./components/NotificationBell.tsx";
import { PasswordDialog } from "./components/PasswordDialog.tsx";
import { PrintHeader } from "./components/PrintHeader.tsx";
import { ReanalysisBanner } from "./components/ReanalysisBanner.tsx";
import { SceneError } from "./components/SceneError.tsx";
import { navigate, useLocation } from "./router.ts";
import { SessionProvider, useSession } from "./session.tsx";
import "./layout.css";
import "./print.css";

dayjs.locale("zh-cn");

// one chunk per scene: the charts library loads only with the comparison scene
const LibraryScene = lazy(() => import("./scenes/library/LibraryScene.tsx"));
const DocumentScene = lazy(() => import("./scenes/document/DocumentScene.tsx"));
const CompareScene = lazy(() => import("./scenes/compare/CompareScene.tsx"));
const LedgerScene = lazy(() => import("./scenes/ledger/LedgerScene.tsx"));
const TasksScene = lazy(() => import("./scenes/tasks/TasksScene.tsx"));
const LoginScene = lazy(() => import("./scenes/login/LoginScene.tsx"));
const AdminScene = lazy(() => import("./scenes/admin/AdminScene.tsx"));
const SeasonScene = lazy(() => import("./scenes/season/SeasonScene.tsx"));
const OpinionPrint = lazy(() => import("./scenes/season/OpinionPrint.tsx"));
const PublicScene = lazy(() => import("./scenes/season/PublicScene.tsx"));
const AssessScene = lazy(() => import("./scenes/assess/AssessScene.tsx"));
const RoundScene = lazy(() => import("./scenes/assess/RoundScene.tsx"));
const SystemsScene = lazy(() => import("./scenes/assess/systems/SystemsScene.tsx"));

const MENU = [
  { key: "/documents", label: "文档库" },
  { key: "/compare", label: "对比" },
  { key: "/ledger", label: "计划台账" },
  { key: "/tasks", label: "督办" },
  { key: "/season", label: "年度报告" },
  { key: "/public", label: "公开报告" },
  { key: "/assess", label: "考核评估" },
];

function Scene() {
  const { path } = useLocation();
  const doc = /^\/documents\/(\d+)/.exec(path);
  if (doc) return <DocumentScene id={Number(doc[1])} />;
  if (path.startsWith("/compare")) return <CompareScene />;
  const ledger = /^\/ledger(?:\/(\d+))?/.exec(path);
  if (ledger) return <LedgerScene id={ledger[1] ? Number(ledger[1]) : null} />;
  const tasks = /^\/tasks(?:\/(\d+))?/.exec(path);
  if (tasks) return <TasksScene ledgerId={tasks[1] ? Number(tasks[1]) : null} />;
  const opinion = /^\/season\/opinion\/(\d+)/.exec(path);
  if (opinion) return <OpinionPrint id={Number(opinion[1])} />;
  if (path.startsWith("/season")) return <SeasonScene />;
  if (path.startsWith("/public")) return <PublicScene />;
  if (path.startsWith("/assess/systems")) return <SystemsScene />;
  const round = /^\/assess\/(\d+)/.exec(path);
  if (round) return <RoundScene id={Number(round[1])} />;
  if (path.startsWith("/assess")) return <AssessScene />;
  if (path.startsWith("/login")) return <LoginScene />;
  if (path.startsWith("/admin")) return <AdminScene />;
  if (path === "/" || path.startsWith("/documents")) return <LibraryScene />;
  return <NotFound />;
}

function UserMenu() {
  const { user, logout } = useSession();
  const [changing, setChanging] = useState(false);
  if (!user) {
    return (
      <Button type="primary" onClick={() => navigate("/login")}>
        登录
      </Button>
    );
  }
  return (
    <Space style={{ color: "#fff", whiteSpace: "nowrap" }}>
      <NotificationBell />
      <span
        className="current-user"
        title={[user.displayName, user.roleLabel, user.unitName].filter(Boolean).join(" · ")}
      >
        {user.displayName}
        <span className="user-role">
          {" "}
          · {user.roleLabel}
          {user.unitName ? ` · ${user.unitName}` : ""}
        </span>
      </span>
      <Button size="small" onClick={() => setChanging(true)}>
        修改密码
      </Button>
      <PasswordDialog open={changing} onClose={() => setChanging(false)} />
      <Button
        size="small"
        onClick={async () => {
          await logout();
          navigate("/documents");
        }}
      >
        退出
      </Button>
    </Space>
  );
}

/** After an admin's reset: the new password comes before anything else. */
function ForcedPassword() {
  const { refresh } = useSession();
  return <PasswordDialog open forced onClose={() => void refresh()} />;
}

function App() {
  const { path } = useLocation();
  const { user } = useSession();
  const forced = user?.mustChangePassword === true;
  // the report season and supervision are staff work (督办 only said 督办台账需要登录 to a
  // visitor); the public page is for everyone
  const visible =
    user && user.role !== "public" ? MENU : MENU.filter((m) => m.key !== "/season" && m.key !== "/tasks");
  const menu = user?.role === "admin" ? [...visible, { key: "/admin", label: "管理" }] : visible;
  // a page outside the menu (登录, a page not found, 管理 for another role) marks no item: 文档库
  // marked there read as "you are in the library"
  const selected = menu.find((m) => path.startsWith(m.key))?.key ?? (path === "/" ? "/documents" : "");
  return (
    <Layout style={{ minHeight: "100vh" }}>
      <Layout.Header className="app-header" style={{ display: "flex", alignItems: "center", gap: 24 }}>
        <a
          href="/documents"
          onClick={(e) => {
            e.preventDefault();
            navigate("/documents");
          }}
          style={{ color: "#fff", fontSize: 18, fontWeight: 600, whiteSpace: "nowrap" }}
        >
          法治政府建设平台
        </a>
        <Menu
          theme="dark"
          mode="horizontal"
          selectedKeys={[selected]}
          items={forced ? [] : menu}
          onClick={(e) => navigate(e.key)}
          style={{ flex: 1, minWidth: 0 }}
        />
        <UserMenu />
      </Layout.Header>
      <Layout.Content style={{ padding: 24 }}>
        <PrintHeader fallback={menu.find((m) => m.key === selected)?.label ?? "法治政府建设平台"} />
        <ReanalysisBanner />
        {forced ? (
          <ForcedPassword />
        ) : (
          // keyed by the address: another menu item gets a fresh try
          <SceneError key={path}>
            <Suspense fallback={<Spin />}>
              <Scene />
            </Suspense>
          </SceneError>
        )}
      </Layout.Content>
    </Layout>
  );
}

const root = document.getElementById("root");
if (root) {
  createRoot(root).render(
    <StrictMode>
      {/* virtual={false}: a virtual option list keeps a hidden copy of the options for screen
          readers whose text is each option's value — an internal id (review:missing-part,
          reconsideration.correction_rate) read aloud in the 问题类型 and 含有指标 filters. Every
          list here is short (at most a few hundred options), so the real list, its options
          named by their labels, is the one read */}
      <ConfigProvider locale={zhCN} button={{ autoInsertSpace: false }} virtual={false}>
        <AntApp>
          <SessionProvider>
            <App />
          </SessionProvider>
        </AntApp>
      </ConfigProvider>
    </StrictMode>,
  );
}

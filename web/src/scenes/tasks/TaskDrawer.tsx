// One task: its state, the plan's words behind it, the record of updates with evidence, and the
// actions the signed-in user may take (a unit reports and asks for closure; the office reviews,
// chases, extends, reassigns, closes, reopens — each in a dialog).
import { PaperClipOutlined } from "@ant-design/icons";
import { Descriptions, Drawer, Space, Tag, Timeline } from "antd";
import { useCallback, useEffect, useState } from "react";
import { canManage, type TaskDetail as Detail, getJson } from "../../api.ts";
import { useSession } from "../../session.tsx";
import { MeasureText } from "./MeasureText.tsx";
import { ReportForm } from "./ReportForm.tsx";
import { TaskActions } from "./TaskActions.tsx";
import { RETURNED_COLOR, STATUS_COLOR } from "./types.ts";
import { formatDateTime } from "../../format.ts";

export function TaskDrawer({
  id,
  today,
  units,
  onClose,
  onChanged,
}: {
  id: number | null;
  today: string;
  units: string[];
  onClose: () => void;
  onChanged: () => void;
}) {
  const { user } = useSession();
  const [detail, setDetail] = useState<Detail | null>(null);

  const load = useCallback(async () => {
    if (id === null) return;
    setDetail(await getJson<Detail>(`/api/tasks/${id}`));
  }, [id]);
  useEffect(() => {
    setDetail(null);
    void load();
  }, [load]);
  const done = async () => {
    await load();
    onChanged();
  };

  const t = detail?.task;
  const manage = canManage(user);
  const report = manage || user?.role === "unit";
  return (
    <Drawer
      open={id !== null}
      onClose={onClose}
      width={680}
      rootClassName="task-drawer"
      title={t ? `${t.measureNo ? `（${t.measureNo}）` : ""}${t.title}` : "任务"}
    >
      {t && detail ? (
        <Space direction="vertical" style={{ width: "100%" }} size="middle">
          <Descriptions size="small" column={2} bordered>
            <Descriptions.Item label="责任单位">{t.unitName}</Descriptions.Item>
            <Descriptions.Item label="角色">{t.role === "lead" ? "牵头" : "配合"}</Descriptions.Item>
            <Descriptions.Item label="完成时限">
              {t.due ?? t.term ?? "未明确"}
              {t.dueInherited ? "（方案默认：本项措施未写明时限）" : ""}
              {t.due && t.term ? `（方案：${t.term}）` : ""}
            </Descriptions.Item>
            <Descriptions.Item label="状态">
              <Tag color={STATUS_COLOR[t.display]} className="task-status">
                {t.display}
              </Tag>
              {t.returned ? (
                <Tag color={RETURNED_COLOR} className="task-returned">
                  已退回
                </Tag>
              ) : null}
              {t.percent}%
            </Descriptions.Item>
            <Descriptions.Item label="领域" span={2}>
              {t.area ?? "—"}
            </Descriptions.Item>
          </Descriptions>
          {detail.measure ? <MeasureText measure={detail.measure} units={detail.units} /> : null}
          <Timeline
            items={detail.updates.map((u) => ({
              color: u.kind === "return" ? "red" : u.kind === "chase" ? "orange" : undefined,
              children: (
                <div className={`task-update task-update-${u.kind}`}>
                  <b>{u.kindLabel}</b>
                  {u.onBehalf ? <Tag className="on-behalf">代为填报</Tag> : null} · {u.author ?? "系统"} ·{" "}
                  {formatDateTime(u.createdAt)}
                  {u.percent !== null ? ` · ${u.percent}%` : ""}
                  <div>{u.text}</div>
                  {detail.attachments
                    .filter((a) => a.updateId === u.id)
                    .map((a) => (
                      <div key={a.id}>
                        <a href={`/api/attachments/${a.id}`}>
                          <PaperClipOutlined /> {a.name}
                        </a>
                      </div>
                    ))}
                </div>
              ),
            }))}
          />
          {/* the office's own actions first; its report for the unit after them, labelled */}
          {manage ? <TaskActions task={t} today={today} units={units} onDone={done} /> : null}
          {report && t.status !== "closed" ? (
            <ReportForm
              key={t.id}
              task={t}
              onDone={done}
              proxy={manage ? (user?.displayName ?? user?.username ?? "") : null}
            />
          ) : null}
        </Space>
      ) : null}
    </Drawer>
  );
}

// 年度报告: the report season. Coordinators open a season, watch every unit's status and the
// two rates, review versions and download the report draft; a unit submits its own report,
// sees the review and comments, and records where it published.
import { Alert, App, Button, DatePicker, Empty, Select, Space, Spin, Table, Tag } from "antd";
import dayjs from "dayjs";
import { useState } from "react";
import { canManage, type PageOf, send } from "../../api.ts";
import { useSession } from "../../session.tsx";
import { useJson } from "../../useJson.ts";
import { NewSeasonDialog } from "./NewSeasonDialog.tsx";
import { RateCards } from "./RateCards.tsx";
import { SubmissionDrawer } from "./SubmissionDrawer.tsx";
import { PublicationForm, SubmitPanel } from "./SubmitPanel.tsx";
import { type DashboardJson, PUBLICATION_COLOR, STATUS_COLOR, type SeasonJson } from "./types.ts";
import { SignInNeeded, StaffOnly } from "../../components/SignInNeeded.tsx";

type UnitRow = DashboardJson["units"][number];

function Deadlines({
  season,
  manage,
  onSaved,
}: {
  season: SeasonJson;
  manage: boolean;
  onSaved: () => void;
}) {
  const { message } = App.useApp();
  const [submit, setSubmit] = useState(season.submitDeadline);
  const [publish, setPublish] = useState(season.publishDeadline);
  if (!manage)
    return (
      <span>
        报送截止 {season.submitDeadline} · 公开截止 {season.publishDeadline}
      </span>
    );
  return (
    <Space>
      报送截止
      <DatePicker
        aria-label="报送截止日期"
        allowClear={false}
        style={{ width: 140 }}
        value={dayjs(submit)}
        onChange={(d) => d && setSubmit(d.format("YYYY-MM-DD"))}
      />
      公开截止
      <DatePicker
        aria-label="公开截止日期"
        allowClear={false}
        style={{ width: 140 }}
        value={dayjs(publish)}
        onChange={(d) => d && setPublish(d.format("YYYY-MM-DD"))}
      />
      <Button
        onClick={async () => {
          try {
            await send("POST", `/api/seasons/${season.id}`, {
              submitDeadline: submit,
              publishDeadline: publish,
            });
            message.success("截止日期已保存");
            onSaved();
          } catch (e) {
            message.error((e as Error).message);
          }
        }}
      >
        保存
      </Button>
    </Space>
  );
}

export default function SeasonScene() {
  const { message } = App.useApp();
  const { user, ready } = useSession();
  const manage = canManage(user);
  // one season a year (2000–2100): a single page holds them all
  const staff = user !== null && user.role !== "public";
  const seasons = useJson<PageOf<SeasonJson>>(staff ? "/api/seasons?pageSize=200" : null);
  const [chosen, setChosen] = useState<number | null>(null);
  const [creating, setCreating] = useState(false);
  const [open, setOpen] = useState<{ key: string; name: string } | null>(null);
  const id = chosen ?? seasons.data?.items[0]?.id ?? null;
  const board = useJson<DashboardJson>(id ? `/api/seasons/${id}/dashboard` : null);
  if (!user)
    return ready ? (
      <SignInNeeded message="年度报告的报送和审核需要登录；已公开的报告见“公开报告”" next="/season" />
    ) : null;
  if (!staff)
    return (
      <StaffOnly
        message="年度报告的报送和审核仅供依法治市办、各报送单位和评估人员使用"
        description="公众账号不能查看报送中的报告。各单位审核通过并向社会公开的年度报告，可在“公开报告”中查看。"
      />
    );
  const season = board.data?.season;
  const mine = !manage && board.data?.units.length === 1 ? board.data.units[0] : null;

  const columns = [
    { title: "报送单位", dataIndex: "unitName" },
    { title: "状态", dataIndex: "status", render: (s: string) => <Tag color={STATUS_COLOR[s]}>{s}</Tag> },
    {
      title: "最新版本",
      key: "v",
      render: (_: unknown, r: UnitRow) =>
        r.latest ? `第 ${r.latest.version} 版 · ${r.latest.stateLabel}` : "—",
    },
    { title: "首次报送", dataIndex: "firstSubmittedOn", render: (d: string | null) => d ?? "—" },
    {
      title: "公开核对",
      key: "p",
      render: (_: unknown, r: UnitRow) =>
        r.publication.status ? (
          <Space direction="vertical" size={0}>
            <Tag color={PUBLICATION_COLOR[r.publication.status]}>{r.publication.statusLabel}</Tag>
            <span style={{ fontSize: 12 }}>{r.publication.evidence?.message}</span>
          </Space>
        ) : (
          "—"
        ),
    },
    {
      title: "操作",
      key: "a",
      render: (_: unknown, r: UnitRow) => (
        <Space>
          <Button
            size="small"
            disabled={!r.latest}
            onClick={() => setOpen({ key: r.unitKey, name: r.unitName })}
          >
            查看报告
          </Button>
          {manage && r.publication.url ? (
            <Button
              size="small"
              onClick={async () => {
                // the check fetches the unit's page: say what came of it, or why it failed
                try {
                  await send(
                    "POST",
                    `/api/seasons/${id}/units/${encodeURIComponent(r.unitKey)}/publication-check`,
                  );
                  message.success(`已重新核对${r.unitName}的公开情况`);
                  board.reload();
                } catch (e) {
                  message.error((e as Error).message);
                }
              }}
            >
              重新核对
            </Button>
          ) : null}
        </Space>
      ),
    },
  ];

  return (
    <div className="season-scene">
      <Space wrap style={{ marginBottom: 16 }}>
        <Select
          className="season-select"
          style={{ width: 320 }}
          placeholder="选择报告季"
          value={id}
          onChange={setChosen}
          options={(seasons.data?.items ?? []).map((s) => ({ value: s.id, label: s.title }))}
        />
        {manage ? <Button onClick={() => setCreating(true)}>开启报告季</Button> : null}
        {manage && id ? (
          <a href={`/api/seasons/${id}/report-draft.docx`} download className="report-draft-download">
            <Button type="primary">生成本级年度报告草稿（Word）</Button>
          </a>
        ) : null}
        {season ? <Deadlines key={season.id} season={season} manage={manage} onSaved={board.reload} /> : null}
      </Space>
      <NewSeasonDialog
        open={creating}
        onClose={() => setCreating(false)}
        onCreated={(sid) => {
          setCreating(false);
          setChosen(sid);
          seasons.reload();
        }}
      />
      {seasons.data && seasons.data.items.length === 0 ? (
        <Empty
          className="season-empty"
          description={
            manage
              ? "还没有报告季：点击“开启报告季”，选定报告年度和报送单位"
              : user.role === "evaluator"
                ? "还没有报告季：依法治市办开启报告季后，可在这里查看各单位的报送和审核情况"
                : "还没有报告季：依法治市办开启报告季后，可在这里报送本单位的年度报告"
          }
        />
      ) : null}
      {(!seasons.data && !seasons.error) || (id !== null && !board.data && !board.error) ? (
        <Spin className="season-loading" style={{ display: "block", margin: "48px auto" }} />
      ) : null}
      {seasons.error ? <Alert type="error" message={seasons.error} /> : null}
      {board.error ? <Alert type="error" message={board.error} /> : null}
      {board.data?.reminders.length ? (
        <Alert
          className="season-reminders"
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          message={`提醒（${board.data.reminders.length}）`}
          description={board.data.reminders.map((r) => (
            <div key={r.unitKey}>
              {r.unitName}：{r.text}
            </div>
          ))}
        />
      ) : null}
      {board.data && manage ? <RateCards board={board.data} /> : null}
      {id && mine && mine.latest?.state !== "accepted" ? (
        <SubmitPanel seasonId={id} onSubmitted={board.reload} />
      ) : null}
      {id && mine && mine.latest?.state === "accepted" ? (
        <PublicationForm seasonId={id} current={mine.publication.url} onRecorded={board.reload} />
      ) : null}
      {board.data ? (
        <Table
          className="season-units"
          rowKey="unitKey"
          columns={columns}
          dataSource={board.data.units}
          pagination={false}
        />
      ) : null}
      {id ? (
        <SubmissionDrawer
          seasonId={id}
          unit={open}
          manage={manage}
          onClose={() => setOpen(null)}
          onChanged={board.reload}
        />
      ) : null}
    </div>
  );
}

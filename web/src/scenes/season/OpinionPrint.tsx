// The review opinion as a printable page (A4, official layout): the same content as the Word
// document (the words both use are in src/shared/opinion.ts), with the site's header hidden by
// the print stylesheet.
import { Spin } from "antd";
import { useJson } from "../../useJson.ts";
import type { SubmissionJson } from "./types.ts";
import {
  OPINION_DECISION,
  officeDay,
  officialDate,
  opinionComments,
  opinionFindings,
} from "../../../../src/shared/opinion.ts";
import { reportName } from "../../../../src/shared/report-name.ts";
import { citedTitle } from "../../../../src/shared/title-marks.ts";

export default function OpinionPrint({ id }: { id: number }) {
  const { data, error } = useJson<SubmissionJson>(`/api/season/submissions/${id}`);
  if (error) return <p>{error}</p>;
  if (!data) return <Spin />;
  return (
    <article className="opinion-print">
      <style>{`
        .opinion-print { max-width: 760px; margin: 0 auto; font-family: "FangSong", "仿宋", serif; font-size: 16pt; line-height: 1.8; background: #fff; padding: 32px; }
        .opinion-print h1 { text-align: center; font-size: 22pt; font-family: "SimSun", serif; }
        .opinion-print h2 { font-size: 16pt; font-family: "SimHei", "黑体", sans-serif; margin: 12px 0 4px; }
        .opinion-print h3 { font-size: 16pt; font-family: "KaiTi", "楷体", serif; font-weight: normal; margin: 8px 0 0; text-indent: 2em; }
        .opinion-print p { text-indent: 2em; margin: 0; }
        .opinion-print p.salutation { text-indent: 0; }
        .opinion-print .sign { text-align: right; margin-top: 32px; }
        @media print {
          @page { size: A4; margin: 37mm 28mm 35mm 26mm; }
          .ant-layout-header, .no-print { display: none !important; }
          .ant-layout-content { padding: 0 !important; }
          .opinion-print { padding: 0; max-width: none; }
          .opinion-print h2, .opinion-print h3 { break-after: avoid; }
        }
      `}</style>
      <button type="button" className="no-print" onClick={() => window.print()}>
        打印
      </button>
      <h1>
        {data.unitName}
        {data.season.year}年度法治政府建设年度报告审查意见书
      </h1>
      <p className="salutation">{data.unitName}：</p>
      <p>
        {`你单位于${officialDate(officeDay(data.submittedAt ?? new Date()))}报送的${citedTitle(reportName(data.review.title, data.unitName, data.season.year))}（第${data.version}版）收悉。经审查，意见如下：`}
      </p>
      <h2>一、必备内容审查</h2>
      {data.review.parts.map((p) => (
        <p key={p.part}>
          {p.label}：{p.present ? "已包含" : "缺失"}
        </p>
      ))}
      <h2>二、自动审查发现的问题</h2>
      {opinionFindings(data.review.findings).map((line) => (
        // each line starts with its own number: unique
        <p key={line}>{line}</p>
      ))}
      <h2>三、审查批注</h2>
      {opinionComments(data.version, data.comments, data.earlierComments).map((b) =>
        b.kind === "heading" ? <h3 key={b.key}>{b.text}</h3> : <p key={b.key}>{b.text}</p>,
      )}
      <h2>四、审查结论</h2>
      <p>
        {OPINION_DECISION[data.state]}
        {data.reason ? `理由：${data.reason}` : ""}
      </p>
      <div className="sign">
        依法治市办（司法局）
        <br />
        {officialDate(officeDay(data.decidedAt ?? new Date()))}
      </div>
    </article>
  );
}

// The analysis itself: one record, enriched stage by stage. Every stage reads the stages
// before it and adds positioned items; nothing here knows about files, the pool or the command
// line, so a pool worker loads this and not the calling side (src/pipeline.ts).
import { createHash } from "node:crypto";
import { ENGINE } from "./engine.ts";
import { extractFacts } from "./extract/facts.ts";
import { decodingFindings } from "./ingest/charset.ts";
import type { DecodedDocument } from "./ingest/decode.ts";
import type { PageHints } from "./ingest/html.ts";
import { ocrFindings } from "./ingest/ocr/findings.ts";
import { normalizeText } from "./normalize/normalize.ts";
import { extractMeasures } from "./plan/measures.ts";
import { review } from "./review/index.ts";
import { detectBoilerplate } from "./structure/boilerplate.ts";
import { detectGarbage, isPinyinGloss } from "./structure/garbage.ts";
import { splitLines } from "./structure/lines.ts";
import { detectMeta, signedDate } from "./structure/meta.ts";
import { bodyLines, mergeNoise } from "./structure/noise.ts";
import { detectOutline } from "./structure/outline.ts";
import { paragraphs } from "./structure/paragraphs.ts";
import { detectSections } from "./structure/sections.ts";
import { readingView } from "./structure/reading-view.ts";
import { detectSpam } from "./structure/spam.ts";
import { mapFacts, mapFindings, mapMeasures, mapSections, viewLayout } from "./structure/view-map.ts";
import { detectWatermarks } from "./structure/watermarks.ts";
import { judgeTampering } from "./structure/tampering.ts";
import type { AnalysisRecord, Heading, Noise, SourceInfo } from "./types.ts";
import { type AnalyzeOptions, resolveOptions } from "./analysis-options.ts";

/** What the page hides from its reader is page furniture, whatever it says (spam in it is still spam). */
const hiddenText = (hints: PageHints): Noise[] =>
  (hints.hidden ?? []).map(({ start, end }) => ({ start, end, kind: "boilerplate" }));

/** The spans sentences are read through: sorted, an overlapping one left out. */
function readThrough(...kinds: Noise[][]): Noise[] {
  const all = kinds.flat().sort((a, b) => a.start - b.start);
  return all.filter((n, k) => k === 0 || n.start >= all[k - 1].end);
}

/** Analyse decoded text. Pure and synchronous: the same text always gives the same record. */
export function analyzeText(
  text: string,
  source: SourceInfo,
  hints: PageHints = {},
  options = resolveOptions(),
): AnalysisRecord {
  const { norm, script } = normalizeText(text);
  const lines = splitLines(norm);

  const garbage = detectGarbage(text, norm);
  const spam = detectSpam(norm, lines, garbage);
  const watermarks = detectWatermarks(norm);
  const noise = mergeNoise(
    [...detectBoilerplate(lines), ...watermarks, ...hiddenText(hints)].sort((a, b) => a.start - b.start),
    spam.spans,
    garbage,
  );

  const body = bodyLines(lines, noise);
  const meta = {
    ...detectMeta({ text, norm, lines, body, noise, hints, script }),
    tampering: judgeTampering(norm, spam, garbage),
  };

  // headings, parts, facts and measures read the sentences as written, through watermarks and
  // pinyin glosses (执(zhí)法人员 is 执法人员); what they find is mapped back into the text
  const view = readingView(
    text,
    norm,
    readThrough(
      watermarks,
      garbage.filter((g) => isPinyinGloss(norm, g)),
    ),
  );
  const read = view.identity ? { noise, body } : viewLayout(view, noise);
  const outlineItems = detectOutline(view.text, view.norm, read.body);
  const { sections, targetsFrom } = detectSections(
    view.norm,
    paragraphs(view.norm, read.body, outlineItems),
    outlineItems,
    meta.year,
  );
  // only reports have required parts
  const sectionsPresent = meta.kind === "report" ? mapSections(view, sections) : null;
  const markers = outlineItems.map((h) => ({ start: h.start, end: h.start + h.marker.length }));
  const facts =
    meta.kind === "plan"
      ? []
      : mapFacts(
          view,
          extractFacts({
            text: view.text,
            norm: view.norm,
            noise: read.noise,
            markers,
            targetsFrom,
            year: meta.year,
            organ: meta.organ,
          }),
          text,
        );
  const plan =
    meta.kind === "plan"
      ? extractMeasures({
          text: view.text,
          norm: view.norm,
          outline: outlineItems,
          noise: read.noise,
          // the plan's own date (its notice's signature), not the date a page republished it; a
          // date of month precision (2025-03) is no day a measure can be due on
          planDate: signedDate(body) ?? (meta.published?.length === 10 ? meta.published : null),
          // a plan's year is its title's, unless the title names a period (2021—2025年)
          planYear: meta.year,
          // an organ other than the government (a court's plan: 行政审判庭, 研究室) names its own
          // offices as a department does
          department: meta.level === "department" || meta.organ !== undefined,
        })
      : { measures: [], findings: [] };
  const measures = mapMeasures(view, plan.measures);
  const outline: Heading[] = outlineItems.map((h) => {
    const heading: Heading = {
      level: h.level,
      marker: h.marker,
      inferred_marker: h.inferred_marker,
      title: h.title,
      start: view.start(h.start),
    };
    if (h.inferred) heading.inferred = h.inferred;
    if (h.inline) heading.inline = true;
    return heading;
  });

  const findings = [
    ...review({
      text,
      norm,
      meta,
      noise,
      outline,
      facts,
      sections: sectionsPresent,
      spam,
      options: options.review,
    }),
    ...mapFindings(view, plan.findings),
    ...ocrFindings(source.ocr),
    ...decodingFindings(source, text),
  ];
  return {
    source,
    text,
    meta,
    noise,
    outline,
    facts,
    sections_present: sectionsPresent,
    measures,
    findings,
    engine: { ...ENGINE },
  };
}

/** The record of decoded bytes (pure; runs inside a pool worker). */
export function analyzeDecoded(
  bytes: Uint8Array,
  name: string,
  decoded: DecodedDocument,
  options: AnalyzeOptions,
): AnalysisRecord {
  const source: SourceInfo = {
    path: name,
    sha256: createHash("sha256").update(bytes).digest("hex"),
    bytes: bytes.length,
    charset: decoded.charset,
    format: decoded.format,
    ...(decoded.invalidBytes ? { invalid_bytes: decoded.invalidBytes } : {}),
    ...(decoded.ocr ? { ocr: decoded.ocr } : {}),
  };
  return analyzeText(decoded.text, source, decoded.hints, options);
}

// One page's (or template's) Content.xml → positioned text runs. A TextCode's position is its
// first glyph's baseline in the TextObject's space; the object's Boundary (and CTM, when given)
// place that space on the page. Units are millimetres, y grows downwards.
import { InputError } from "../errors.ts";
import { walkXml } from "../xml.ts";

export interface TextRun {
  text: string;
  /** left edge and right edge of the run on the page */
  x0: number;
  x1: number;
  /** baseline */
  y: number;
  /** font size (em height) on the page */
  size: number;
}

interface TextObject {
  left: number;
  top: number;
  size: number;
  ctm: number[] | null;
  /** a TextCode without X or Y continues from the previous one (GB/T 33190 §11.3) */
  x: number;
  y: number;
}

const numbers = (value: string | undefined): number[] =>
  (value ?? "")
    .trim()
    .split(/[\s,]+/)
    .filter(Boolean)
    .map(Number)
    .filter(Number.isFinite);

/** DeltaX/DeltaY: numbers, where `g N D` stands for N copies of D. */
export function expandDeltas(value: string | undefined, limit: number): number[] {
  const tokens = (value ?? "").trim().split(/\s+/).filter(Boolean);
  const out: number[] = [];
  for (let i = 0; i < tokens.length && out.length < limit; i++) {
    if (tokens[i] === "g") {
      const count = Math.min(Number(tokens[i + 1]) || 0, limit - out.length);
      const delta = Number(tokens[i + 2]);
      for (let k = 0; k < count; k++) out.push(Number.isFinite(delta) ? delta : 0);
      i += 2;
    } else {
      const delta = Number(tokens[i]);
      out.push(Number.isFinite(delta) ? delta : 0);
    }
  }
  return out;
}

/** Advance of a glyph when no DeltaX says: full width for CJK, half for the rest. */
const glyphWidth = (ch: string, size: number) => (/[\u0000-\u02ff]/.test(ch) ? size / 2 : size);

export interface PageContent {
  runs: TextRun[];
  /** IDs of the template pages this page draws (Template TemplateID) */
  templates: string[];
}

/** `maxChars`: the text the document may still hold; counted while parsing, so one huge page
 * stops at the limit instead of after it has been collected. */
export function pageContent(xml: string, file: string, part: string, maxChars: number): PageContent {
  let chars = 0;
  const runs: TextRun[] = [];
  const templates: string[] = [];
  let object: TextObject | null = null;
  let code: { x: number; y: number; deltaX: string | undefined; text: string } | null = null;
  walkXml(xml, file, part, {
    open(name, a) {
      if (name === "Template" && a.TemplateID) templates.push(a.TemplateID);
      if (name === "TextObject") {
        const [left = 0, top = 0] = numbers(a.Boundary);
        const ctm = numbers(a.CTM);
        object = { left, top, size: Number(a.Size) || 3.5, ctm: ctm.length === 6 ? ctm : null, x: 0, y: 0 };
      } else if (name === "TextCode" && object) {
        const x = a.X === undefined ? object.x : Number(a.X) || 0;
        const y = a.Y === undefined ? object.y : Number(a.Y) || 0;
        code = { x, y, deltaX: a.DeltaX, text: "" };
      }
    },
    text(text) {
      if (!code) return;
      chars += text.length;
      if (chars > maxChars) throw new InputError("too-large", file, `OFD 文字超过上限（${part}）`);
      code.text += text;
    },
    close(name) {
      if (name === "TextObject") object = null;
      if (name !== "TextCode" || !code || !object) return;
      const o: TextObject = object;
      const chars = [...code.text];
      const deltas = expandDeltas(code.deltaX, chars.length);
      let advance = 0;
      for (let i = 0; i < chars.length - 1; i++) advance += deltas[i] ?? glyphWidth(chars[i], o.size);
      o.x = code.x + advance + (chars.length ? glyphWidth(chars[chars.length - 1], o.size) : 0);
      o.y = code.y;
      const place = (x: number, y: number): [number, number] =>
        o.ctm
          ? [o.left + o.ctm[0] * x + o.ctm[2] * y + o.ctm[4], o.top + o.ctm[1] * x + o.ctm[3] * y + o.ctm[5]]
          : [o.left + x, o.top + y];
      const [x0, y] = place(code.x, code.y);
      const [x1] = place(o.x, code.y);
      const scale = o.ctm ? Math.sqrt(Math.abs(o.ctm[0] * o.ctm[3] - o.ctm[1] * o.ctm[2])) || 1 : 1;
      if (code.text.trim()) runs.push({ text: code.text, x0, x1: Math.max(x0, x1), y, size: o.size * scale });
      code = null;
    },
  });
  return { runs, templates };
}

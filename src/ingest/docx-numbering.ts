// Word's automatic numbering (word/numbering.xml, ECMA-376 §17.9): the 一、 （一） 1. that Word
// shows before a heading or a plan's measure but that is not in the paragraph's runs. Government
// files number headings and measures this way, often through a heading style linked to a
// multilevel list, so without this their outline and measures would be lost.
//
// Word's rules followed here, as docx-preview, LibreOffice and python-docx read them:
// - a paragraph is numbered by its own w:numPr (w:numId + w:ilvl) or, failing that, by its
//   paragraph style's numPr in styles.xml (following w:basedOn), or by a level naming its style
//   (w:lvl/w:pStyle). w:numId 0 takes a style's numbering away.
// - w:num → w:abstractNum (through w:numStyleLink when the abstract only links a numbering
//   style); w:lvlOverride replaces a level (w:lvl) or its start (w:startOverride).
// - the running count belongs to the abstract numbering, not to the w:num: two w:num over one
//   abstract continue one sequence (Word does; "restart at 1" makes a new w:num with a
//   startOverride, which restarts the shared count where that w:num is first used; a level
//   redefined by a w:lvlOverride restarts there too, at its w:start).
// - an item at level k restarts the levels below it, unless a level's w:lvlRestart says after
//   which level it restarts (0: never).
// - w:lvlText is literal text in which %1…%9 stand for the current value of levels 1…9, each in
//   its level's w:numFmt (all decimal under w:isLgl); formats are in number-formats.ts.
import { formatNumber } from "./number-formats.ts";

/** An element of mammoth's XML tree (mammoth/lib/xml/nodes.js), names prefixed `w:` whatever
 *  prefix the file uses. */
export interface XmlElement {
  type: string;
  name?: string;
  attributes: Record<string, string | undefined>;
  children: XmlElement[];
  first(name: string): XmlElement | null | undefined;
  firstOrEmpty(name: string): XmlElement;
}

/** Word has nine list levels (w:ilvl 0–8) and lvlText can name %1–%9. */
const LEVELS = 9;
/** w:basedOn and w:numStyleLink chains followed at most this far (a loop ends there too). */
const MAX_CHAIN = 16;
/** A number's text is cut at this many characters: Word's number texts are short (第十二章,
 *  （二十三）, 1.2.3.4.), and a hostile w:lvlText repeated before every paragraph must not
 *  multiply the text beyond what the inflated document.xml holds. */
const MAX_LABEL = 40;

interface LevelDef {
  start: number;
  numFmt: string | undefined;
  /** null: no w:lvlText, Word shows no number */
  text: string | null;
  /** w:lvlRestart: restart after an item of this level (1-based) or a higher one; 0 never;
   *  undefined: after any higher level */
  restart: number | undefined;
  suffix: string;
  legal: boolean;
  /** w:rPr/w:vanish: the number is hidden (it still counts) */
  hidden: boolean;
}

interface AbstractDef {
  levels: Array<LevelDef | undefined>;
  /** w:numStyleLink: the numbering style whose w:num holds the real definition */
  styleLink: string | undefined;
}

interface NumDef {
  abstractId: string;
  levels: Array<LevelDef | undefined>;
  starts: Array<number | undefined>;
}

/** What mammoth keeps on a paragraph as its `numbering` (our lookup's answer): the list and level.
 *  isOrdered/level are what mammoth's own converters read from its lookup's answer. */
export interface ListRef {
  numId: string;
  ilvl: number;
  isOrdered: boolean;
  level: string;
}

const children = (element: XmlElement | null | undefined, name: string) =>
  (element?.children ?? []).filter((c) => c.type === "element" && c.name === name);
const val = (element: XmlElement | null | undefined) => element?.attributes["w:val"];

function level(value: string | undefined): number | null {
  if (value === undefined || !/^\d+$/.test(value.trim())) return null;
  const n = Number(value);
  return n < LEVELS ? n : null;
}

function integer(value: string | undefined): number | undefined {
  if (value === undefined || !/^\s*-?\d{1,9}\s*$/.test(value)) return undefined;
  return Number(value);
}

/** An on/off property (w:isLgl, w:vanish): on when present, unless its w:val says off. */
const on = (element: XmlElement | null | undefined) =>
  element != null && !["0", "false", "off"].includes(val(element) ?? "");

function readLevel(lvl: XmlElement): LevelDef {
  const text = lvl.first("w:lvlText");
  return {
    // ECMA-376: w:start absent means 0
    start: integer(val(lvl.first("w:start"))) ?? 0,
    numFmt: val(lvl.first("w:numFmt")),
    text: text ? (val(text) ?? "") : null,
    restart: integer(val(lvl.first("w:lvlRestart"))),
    suffix: val(lvl.first("w:suff")) ?? "tab",
    legal: on(lvl.first("w:isLgl")),
    hidden: on(lvl.firstOrEmpty("w:rPr").first("w:vanish")),
  };
}

/** A paragraph style's own numPr and the style it is based on. */
interface StyleNumbering {
  numId: string | undefined;
  ilvl: number | undefined;
  basedOn: string | undefined;
}

/** Numbering definitions of one document, and the lookup mammoth's body reader calls for each
 *  paragraph (findLevel for a paragraph's own numPr, findLevelByParagraphStyleId otherwise). */
export class WordNumbering {
  private readonly abstracts = new Map<string, AbstractDef>();
  private readonly nums = new Map<string, NumDef>();
  private readonly styles = new Map<string, StyleNumbering>();
  /** numbering styles (w:type="numbering") → their numId, for w:numStyleLink */
  private readonly numberingStyles = new Map<string, string>();
  /** w:lvl/w:pStyle: a paragraph style named by a level of an abstract */
  private readonly levelStyles = new Map<string, { abstractId: string; ilvl: number }>();
  /** an abstract's first w:num, for a paragraph numbered through w:lvl/w:pStyle */
  private readonly firstNum = new Map<string, string>();

  constructor(numbering: XmlElement | null, styles: XmlElement | null) {
    for (const abstract of children(numbering, "w:abstractNum")) {
      const id = abstract.attributes["w:abstractNumId"];
      if (id === undefined || this.abstracts.has(id)) continue;
      const levels: Array<LevelDef | undefined> = [];
      for (const lvl of children(abstract, "w:lvl")) {
        // a level without w:ilvl is level 0 (mammoth's reading of such malformed files)
        const ilvl = level(lvl.attributes["w:ilvl"] ?? "0");
        if (ilvl === null || levels[ilvl]) continue;
        levels[ilvl] = readLevel(lvl);
        const pStyle = val(lvl.first("w:pStyle"));
        if (pStyle !== undefined && !this.levelStyles.has(pStyle))
          this.levelStyles.set(pStyle, { abstractId: id, ilvl });
      }
      this.abstracts.set(id, { levels, styleLink: val(abstract.first("w:numStyleLink")) });
    }
    for (const num of children(numbering, "w:num")) {
      const id = num.attributes["w:numId"];
      const abstractId = val(num.first("w:abstractNumId"));
      if (id === undefined || abstractId === undefined || this.nums.has(id)) continue;
      const def: NumDef = { abstractId, levels: [], starts: [] };
      for (const override of children(num, "w:lvlOverride")) {
        const ilvl = level(override.attributes["w:ilvl"]);
        if (ilvl === null) continue;
        const lvl = override.first("w:lvl");
        if (lvl) def.levels[ilvl] = readLevel(lvl);
        // a level redefined for this w:num restarts, as a startOverride does, at its own start
        // (LibreOffice and docx renderers read an override so; Word's "restart at" writes a
        // startOverride, the case that matters)
        const start = integer(val(override.first("w:startOverride"))) ?? def.levels[ilvl]?.start;
        if (start !== undefined) def.starts[ilvl] = start;
      }
      this.nums.set(id, def);
      if (!this.firstNum.has(abstractId)) this.firstNum.set(abstractId, id);
    }
    for (const style of children(styles, "w:style")) {
      const id = style.attributes["w:styleId"];
      if (id === undefined) continue;
      const numPr = style.firstOrEmpty("w:pPr").first("w:numPr");
      const numId = val(numPr?.first("w:numId"));
      if (style.attributes["w:type"] === "numbering") {
        if (numId !== undefined && !this.numberingStyles.has(id)) this.numberingStyles.set(id, numId);
      } else if (style.attributes["w:type"] === "paragraph" && !this.styles.has(id)) {
        const ilvl = level(val(numPr?.first("w:ilvl")));
        this.styles.set(id, { numId, ilvl: ilvl ?? undefined, basedOn: val(style.first("w:basedOn")) });
      }
    }
  }

  /** mammoth: a paragraph's own numPr. numId 0 is "no numbering" (it overrides a style's). */
  findLevel(numId: string, ilvl: string): ListRef | null {
    const n = level(ilvl) ?? 0;
    if (numId.trim() === "0") return this.ref("0", n);
    return this.nums.has(numId) ? this.ref(numId, n) : null;
  }

  /** mammoth: a paragraph without its own numPr, numbered (or not) by its style. */
  findLevelByParagraphStyleId(styleId: string): ListRef | null {
    let numId: string | undefined;
    let ilvl: number | undefined;
    let id: string | undefined = styleId;
    for (
      let depth = 0;
      id !== undefined && depth < MAX_CHAIN && (numId === undefined || ilvl === undefined);
      depth++
    ) {
      const style = this.styles.get(id);
      if (!style) break;
      numId ??= style.numId;
      ilvl ??= style.ilvl;
      id = style.basedOn;
    }
    if (numId !== undefined)
      return numId.trim() === "0" || !this.nums.has(numId) ? null : this.ref(numId, ilvl ?? 0);
    // a level naming the style (w:lvl/w:pStyle), through the first w:num over its abstract
    const linked = this.levelStyles.get(styleId);
    const first = linked && this.firstNum.get(linked.abstractId);
    return linked && first !== undefined ? this.ref(first, linked.ilvl) : null;
  }

  private ref(numId: string, ilvl: number): ListRef {
    const lvl = this.levelOf(numId, ilvl);
    return { numId, ilvl, isOrdered: lvl?.numFmt !== "bullet", level: String(ilvl) };
  }

  /** The abstract a w:num counts in, past w:numStyleLink indirections. */
  abstractOf(numId: string): AbstractDef | undefined {
    let id: string | undefined = numId;
    for (let depth = 0; id !== undefined && depth < MAX_CHAIN; depth++) {
      const num = this.nums.get(id);
      const abstract = num && this.abstracts.get(num.abstractId);
      if (!abstract) return undefined;
      if (abstract.styleLink === undefined) return abstract;
      id = this.numberingStyles.get(abstract.styleLink);
    }
    return undefined;
  }

  levelOf(numId: string, ilvl: number): LevelDef | undefined {
    return this.nums.get(numId)?.levels[ilvl] ?? this.abstractOf(numId)?.levels[ilvl];
  }

  startOverride(numId: string, ilvl: number): number | undefined {
    return this.nums.get(numId)?.starts[ilvl];
  }
}

/** The running counts of a document's lists, read in document order: each numbered paragraph's
 *  number as Word shows it. */
export class ListCounters {
  /** per abstract numbering: the current value of each level (undefined: not started) */
  private readonly values = new Map<AbstractDef, Array<number | undefined>>();
  /** "numId/ilvl" already used: a startOverride applies at the first use only */
  private readonly used = new Set<string>();

  constructor(private readonly numbering: WordNumbering) {}

  /** The number text of the next paragraph of list `ref`, and what follows it before the
   *  paragraph's text; "" for a paragraph that shows no number. */
  next(ref: ListRef | null | undefined): string {
    if (!ref || ref.numId === "0") return "";
    const abstract = this.numbering.abstractOf(ref.numId);
    const lvl = this.numbering.levelOf(ref.numId, ref.ilvl);
    if (!abstract || !lvl) return "";
    const values = this.values.get(abstract) ?? [];
    this.values.set(abstract, values);
    const key = `${ref.numId}/${ref.ilvl}`;
    const override = this.numbering.startOverride(ref.numId, ref.ilvl);
    if (override !== undefined && !this.used.has(key)) values[ref.ilvl] = override;
    else values[ref.ilvl] = values[ref.ilvl] === undefined ? lvl.start : (values[ref.ilvl] as number) + 1;
    this.used.add(key);
    // levels below restart after this item, unless their w:lvlRestart names a higher level
    for (let deeper = ref.ilvl + 1; deeper < LEVELS; deeper++) {
      const restart = this.numbering.levelOf(ref.numId, deeper)?.restart;
      if (restart === undefined || (restart > 0 && ref.ilvl < restart)) values[deeper] = undefined;
    }
    if (lvl.text === null || lvl.numFmt === "bullet" || lvl.hidden) return "";
    const label = lvl.text
      .slice(0, MAX_LABEL)
      .replace(/%([1-9])/g, (_, d: string) => {
        const k = Number(d) - 1;
        const def = this.numbering.levelOf(ref.numId, k);
        const value = values[k] ?? def?.start ?? 0;
        // under w:isLgl the other levels' numbers are decimal (1.1 under 第一章)
        return formatNumber(lvl.legal && k !== ref.ilvl ? "decimal" : (def?.numFmt ?? "decimal"), value);
      })
      .slice(0, MAX_LABEL);
    return label + suffix(label, lvl.suffix);
  }
}

/** What Word puts between the number and the text: w:suff nothing, a space, or a tab (the
 *  default). A tab reads as nothing after a number that ends in punctuation (一、 （一） 1.),
 *  as such numbers are typed, and as a space after a bare one (第一章 总则). A tab is never
 *  kept: in our text a tab separates a table's cells. */
function suffix(label: string, suff: string): string {
  if (!label.trim() || suff === "nothing") return "";
  if (suff === "space") return " ";
  return /[\p{P}\s]$/u.test(label) ? "" : " ";
}

// Inline styles that keep an element's text from the reader: a page's own hidden widgets, and
// the hijacker's favourite hiding places for search-engine spam (display:none, a box pushed far
// off the page, text of size 0). Not opacity: pages fade their content in from 0. Data only; src/ingest/html.ts applies it. Each carries a sample.

export const HIDDEN_STYLES: ReadonlyArray<{ sample: string; re: RegExp }> = [
  { sample: "display:none", re: /(?:^|[;\s"'])display\s*:\s*none\b/i },
  { sample: "visibility: hidden", re: /(?:^|[;\s"'])visibility\s*:\s*hidden\b/i },
  { sample: "font-size:0px", re: /(?:^|[;\s"'])font-size\s*:\s*0(?:\.0+)?(?:px|pt|em|rem|%)?\s*(?:;|$|!)/i },
  {
    sample: "position:absolute;left:-9999px",
    re: /(?:^|[;\s"'])(?:left|top|text-indent|margin-left|margin-top)\s*:\s*-\d{4,}(?:\.\d+)?(?:px|pt|em)?/i,
  },
  {
    sample: "height:0;overflow:hidden",
    re: /(?=.*(?:^|[;\s"'])overflow\s*:\s*hidden)(?=.*(?:^|[;\s"'])(?:height|width)\s*:\s*0(?:px)?\s*(?:;|$))/i,
  },
];

/** Is an element with this inline style (and `hidden` attribute) invisible to the reader? */
export const hiddenByStyle = (style: string | null | undefined): boolean =>
  !!style && HIDDEN_STYLES.some((h) => h.re.test(style));

// The sentence before each fact and the one before it, found in one forward pass over the
// text (facts come in order), instead of scanning back from every fact.

const MAX_SENTENCE = 80;
const FULL_STOP = 0x3002; // 。
const NEWLINE = 0x0a;
const isSentenceEnd = (c: number) =>
  c === FULL_STOP || c === 0x3b || c === 0x21 || c === 0x3f || c === NEWLINE;

export interface TopicContext {
  /** the sentence before the number (at most 80 characters) */
  sentence: string;
  /** the sentence before that one, when both stand in one paragraph */
  earlier: string;
}

export class SentenceCursor {
  private pos = 0;
  private current = 0;
  private previous = 0;

  constructor(private readonly norm: string) {}

  /** The context of a number at `start`; starts must not decrease from call to call. */
  at(start: number): TopicContext {
    const { norm } = this;
    for (; this.pos < start; this.pos++) {
      if (isSentenceEnd(norm.charCodeAt(this.pos))) {
        this.previous = this.current;
        this.current = this.pos + 1;
      }
    }
    const sentence = norm.slice(Math.max(this.current, start - MAX_SENTENCE), start);
    if (this.current === 0 || norm.charCodeAt(this.current - 1) === NEWLINE) return { sentence, earlier: "" };
    const earlier = norm.slice(Math.max(this.previous, this.current - MAX_SENTENCE), this.current);
    return { sentence, earlier };
  }
}

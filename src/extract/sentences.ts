// The sentence before each fact and the one before it, found in one forward pass over the
// text (facts come in order), instead of scanning back from every fact.

const MAX_SENTENCE = 80;
const NEWLINE = 0x0a;
// a native search from one sentence end to the next, instead of a loop over characters;
// one expression for every cursor (each sets where it searches from), not a copy each
const SENTENCE_END = /[。;!?\n]/g;

export interface TopicContext {
  /** the sentence before the number (at most 80 characters) */
  sentence: string;
  /** the sentence before that one, when both stand in one paragraph */
  earlier: string;
}

export class SentenceCursor {
  private current = 0;
  private previous = 0;
  /** the next sentence end at or after the last position asked for, or -1 */
  private next = -2;

  constructor(private readonly norm: string) {}

  private advance(): void {
    SENTENCE_END.lastIndex = this.next < 0 ? 0 : this.next + 1;
    const m = SENTENCE_END.exec(this.norm);
    this.next = m ? m.index : -1;
  }

  /** The context of a number at `start`; starts must not decrease from call to call. */
  at(start: number): TopicContext {
    const { norm } = this;
    if (this.next === -2) this.advance();
    while (this.next >= 0 && this.next < start) {
      this.previous = this.current;
      this.current = this.next + 1;
      this.advance();
    }
    const sentence = norm.slice(Math.max(this.current, start - MAX_SENTENCE), start);
    if (this.current === 0 || norm.charCodeAt(this.current - 1) === NEWLINE) return { sentence, earlier: "" };
    const earlier = norm.slice(Math.max(this.previous, this.current - MAX_SENTENCE), this.current);
    return { sentence, earlier };
  }
}

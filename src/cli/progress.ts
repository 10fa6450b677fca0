// A progress bar on stderr for runs over many inputs (done / total, files per second); silent
// when stderr is not a terminal, so pipes and logs get only the results.
import { escapeControls } from "./escape.ts";

export class Progress {
  private done = 0;
  private readonly enabled: boolean;
  private readonly started: number;
  constructor(
    private readonly total: number,
    private readonly stream: Pick<NodeJS.WriteStream, "isTTY" | "write"> = process.stderr,
    private readonly now: () => number = Date.now,
  ) {
    this.started = now();
    this.enabled = Boolean(stream.isTTY) && total >= 3;
  }
  tick(label: string): void {
    this.done++;
    if (!this.enabled) return;
    const width = 30;
    const filled = Math.round((this.done / this.total) * width);
    const name = escapeControls(label.length > 40 ? `…${label.slice(-39)}` : label);
    const seconds = (this.now() - this.started) / 1000;
    const rate = seconds > 0 ? ` ${(this.done / seconds).toFixed(1)} 个/秒` : "";
    this.stream.write(
      `\r\x1b[K[${"█".repeat(filled)}${"░".repeat(width - filled)}] ${this.done}/${this.total}${rate} ${name}`,
    );
  }
  end(): void {
    if (this.enabled) this.stream.write("\r\x1b[K");
  }
}

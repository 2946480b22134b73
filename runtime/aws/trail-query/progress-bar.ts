/** A dependency-free progress bar on stderr: redrawn in place on a terminal, a line every few seconds otherwise. */
import { WriteStream } from 'tty';

export interface ProgressCounts {
  readonly done: number;
  readonly total: number;
  readonly records: number;
  readonly failed: number;
}

export interface ProgressOutput {
  write(text: string): unknown;
  readonly isTTY?: boolean;
  readonly columns?: number;
}

export class ProgressBar {
  private lastDraw = 0;
  private readonly started: number;

  public constructor(
    private readonly output: ProgressOutput = process.stderr as WriteStream,
    private readonly now: () => number = Date.now,
    /** Non-terminal output: at most one line per interval. */
    private readonly lineIntervalMs = 5000,
  ) {
    this.started = now();
  }

  /** The bar as text, e.g. `[#######.............]  35% 7/20 files 1,234 records 410 rec/s ETA 12s`. */
  public format(counts: ProgressCounts, width = 24): string {
    const fraction = counts.total === 0 ? 1 : Math.min(1, counts.done / counts.total);
    const filled = Math.round(fraction * width);
    const elapsed = Math.max(1, this.now() - this.started) / 1000;
    const rate = counts.records / elapsed;
    const eta =
      counts.done > 0 && counts.done < counts.total
        ? ` ETA ${formatDuration(((counts.total - counts.done) * elapsed) / counts.done)}`
        : '';
    const failed = counts.failed > 0 ? ` ${counts.failed} failed` : '';
    return `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${String(Math.floor(fraction * 100)).padStart(3)}% ${counts.done}/${counts.total} files ${counts.records.toLocaleString('en-US')} records ${Math.round(rate).toLocaleString('en-US')} rec/s${failed}${eta}`;
  }

  public update(counts: ProgressCounts, force = false): void {
    const now = this.now();
    if (this.output.isTTY) {
      if (!force && now - this.lastDraw < 100) return;
      this.lastDraw = now;
      const line = this.format(counts);
      const columns = this.output.columns ?? 120;
      this.output.write(`\r${line.slice(0, columns - 1).padEnd(Math.min(columns - 1, line.length))}`);
    } else if (force || now - this.lastDraw >= this.lineIntervalMs) {
      this.lastDraw = now;
      this.output.write(`${this.format(counts)}\n`);
    }
  }

  public finish(counts: ProgressCounts): void {
    this.update(counts, true);
    if (this.output.isTTY) this.output.write('\n');
  }
}

function formatDuration(seconds: number): string {
  if (seconds < 60) return `${Math.ceil(seconds)}s`;
  if (seconds < 3600) return `${Math.floor(seconds / 60)}m${String(Math.ceil(seconds % 60)).padStart(2, '0')}s`;
  return `${Math.floor(seconds / 3600)}h${String(Math.floor((seconds % 3600) / 60)).padStart(2, '0')}m`;
}

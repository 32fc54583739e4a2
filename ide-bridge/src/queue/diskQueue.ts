import { randomBytes } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';

export interface QueueItem<T> {
  /** Unique per item forever (`<pid>-<startMillis>-<random>-<seq>`), so adopting a file never duplicates. */
  readonly id: string;
  readonly payload: T;
}

export interface QueueOptions {
  readonly dir: string;
  /** Each VS Code window has its own file (several windows share global storage); its pid names it. */
  readonly ownerPid: number;
  readonly maxItems: () => number;
  /** Whether another window's extension host still runs; its file is adopted once it does not. */
  readonly isAlive?: (pid: number) => boolean;
  readonly now?: () => number;
}

const FILE_PATTERN = /^queue-(\d+)\.jsonl$/;

/**
 * A bounded FIFO persisted as JSON lines in the extension's global storage. Appends are one line; removals rewrite
 * the file atomically (temp file + rename). Synchronous I/O on purpose: the file is small, and a write that finishes
 * before the next event arrives cannot interleave with another.
 */
export class DiskQueue<T> {
  private items: QueueItem<T>[] = [];
  private seq = 0;
  private droppedCount = 0;
  private readonly file: string;
  private readonly idPrefix: string;

  constructor(private readonly opts: QueueOptions) {
    this.file = path.join(opts.dir, `queue-${opts.ownerPid}.jsonl`);
    this.idPrefix = `${opts.ownerPid}-${(opts.now ?? Date.now)()}-${randomBytes(3).toString('hex')}`;
  }

  /** Loads this window's file and adopts files left by windows that are gone (older items first). */
  open(): void {
    fs.mkdirSync(this.opts.dir, { recursive: true });
    const isAlive = this.opts.isAlive ?? pidAlive;
    const orphans = fs
      .readdirSync(this.opts.dir)
      .map((name) => ({ name, pid: Number(FILE_PATTERN.exec(name)?.[1]) }))
      .filter((f) => Number.isFinite(f.pid) && (f.pid === this.opts.ownerPid || !isAlive(f.pid)))
      .map((f) => ({ ...f, mtime: fs.statSync(path.join(this.opts.dir, f.name)).mtimeMs }))
      .sort((a, b) => a.mtime - b.mtime);
    const seen = new Set<string>();
    const loaded: QueueItem<T>[] = [];
    for (const f of orphans) {
      for (const item of readLines<T>(path.join(this.opts.dir, f.name))) {
        if (seen.has(item.id)) continue;
        seen.add(item.id);
        loaded.push(item);
      }
    }
    this.items = loaded;
    this.trim();
    this.rewrite();
    for (const f of orphans) if (f.pid !== this.opts.ownerPid) fs.rmSync(path.join(this.opts.dir, f.name), { force: true });
  }

  enqueue(payload: T): QueueItem<T> {
    const item = { id: `${this.idPrefix}-${++this.seq}`, payload };
    this.items.push(item);
    if (this.trim()) this.rewrite();
    else fs.appendFileSync(this.file, JSON.stringify(item) + '\n');
    return item;
  }

  peek(max: number): readonly QueueItem<T>[] {
    return this.items.slice(0, max);
  }

  /** Removes delivered (or permanently rejected) items. */
  remove(ids: ReadonlySet<string>): void {
    if (ids.size === 0) return;
    const before = this.items.length;
    this.items = this.items.filter((i) => !ids.has(i.id));
    if (this.items.length !== before) this.rewrite();
  }

  get size(): number {
    return this.items.length;
  }

  /** Items dropped because the queue was full since the window opened. */
  get dropped(): number {
    return this.droppedCount;
  }

  private trim(): boolean {
    const excess = this.items.length - Math.max(1, this.opts.maxItems());
    if (excess <= 0) return false;
    this.items.splice(0, excess);
    this.droppedCount += excess;
    return true;
  }

  private rewrite(): void {
    const tmp = `${this.file}.tmp`;
    fs.writeFileSync(tmp, this.items.map((i) => JSON.stringify(i) + '\n').join(''));
    fs.renameSync(tmp, this.file);
  }
}

function readLines<T>(file: string): QueueItem<T>[] {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    return [];
  }
  const out: QueueItem<T>[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue;
    try {
      const parsed = JSON.parse(line) as QueueItem<T>;
      if (typeof parsed.id === 'string' && parsed.payload !== undefined) out.push(parsed);
    } catch {
      // A line cut short by a crash mid-append: the rest of the file is still good.
    }
  }
  return out;
}

function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

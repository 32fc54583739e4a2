import { addCounts, EditCounts, isEmpty, NO_EDIT } from '../counting/changeClassifier';
import { Category, Heartbeat } from './heartbeat';

/** What the tracker knows about a file at the moment of an event (no contents). */
export interface FileSnapshot {
  readonly entity: string;
  readonly language: string;
  readonly project?: string;
  readonly branch?: string;
  readonly lines: number;
  readonly lineno?: number;
  readonly cursorpos?: number;
}

export interface TrackerDeps {
  /** Epoch milliseconds. */
  readonly now: () => number;
  readonly category: () => Category;
  readonly isTracking: () => boolean;
  readonly intervalMs: () => number;
  readonly userAgent: string;
  readonly emit: (heartbeat: Heartbeat) => void;
  /** Asks for the queued heartbeats to be sent: on a file switch, a save, a blur and the periodic tick. */
  readonly requestFlush: () => void;
}

interface Pending {
  file: FileSnapshot;
  counts: EditCounts;
  time: number;
  isWrite: boolean;
}

/**
 * Folds editor activity into heartbeats. A heartbeat goes out when activity starts (a new file, or the first event
 * after a quiet interval) so spans start exactly; further activity accumulates per file and goes out with the time of
 * its last event on a save, a file switch, a blur or the periodic tick, so the counts are deltas and nothing is
 * sent per keystroke.
 */
export class ActivityTracker {
  private readonly pending = new Map<string, Pending>();
  private lastEntity: FileSnapshot | undefined;
  private lastEmittedAt = Number.NEGATIVE_INFINITY;
  private readonly lastTimeOf = new Map<string, number>();
  private focused = true;

  constructor(private readonly deps: TrackerDeps) {}

  /** A text change in a tracked file. */
  edit(file: FileSnapshot, counts: EditCounts): void {
    this.activity(file, counts, false);
  }

  /** Cursor movement or scrolling: reading code is coding time too, but counts nothing. */
  touch(file: FileSnapshot): void {
    this.activity(file, NO_EDIT, false);
  }

  save(file: FileSnapshot): void {
    if (!this.deps.isTracking()) return;
    this.activity(file, NO_EDIT, true);
    this.emitPending(file.entity);
    this.deps.requestFlush();
  }

  /** The active editor changed to another file. */
  switchTo(file: FileSnapshot): void {
    if (!this.deps.isTracking()) return;
    if (this.lastEntity?.entity === file.entity) return;
    this.emitAllPending();
    this.activity(file, NO_EDIT, false);
    this.deps.requestFlush();
  }

  /** Periodic: sends what accumulated since the last heartbeat. */
  tick(): void {
    if (this.pending.size === 0) return;
    this.emitAllPending();
    this.deps.requestFlush();
  }

  /** The window lost focus: end the span exactly now. */
  blur(): void {
    if (!this.focused) return;
    this.focused = false;
    this.end('blur');
  }

  /** Ends the current span now: sends what accumulated, then a signal the agent closes the span on. */
  end(signal: 'blur' | 'idle'): void {
    if (!this.deps.isTracking()) return;
    this.emitAllPending();
    if (this.lastEntity) this.emitSignal(this.lastEntity, signal);
    this.deps.requestFlush();
  }

  /** The window regained focus: start a span now, on the file in front of the user. */
  focus(file: FileSnapshot | undefined): void {
    if (this.focused) return;
    this.focused = true;
    if (!this.deps.isTracking()) return;
    const target = file ?? this.lastEntity;
    if (target) this.emitSignal(target, 'focus');
    this.deps.requestFlush();
  }

  /** Pausing drops what was not yet sent: the user asked for it not to be recorded. */
  discardPending(): void {
    this.pending.clear();
  }

  /** On shutdown: everything accumulated becomes heartbeats (they reach the disk queue if not the agent). */
  drain(): void {
    this.emitAllPending();
  }

  private activity(file: FileSnapshot, counts: EditCounts, isWrite: boolean): void {
    if (!this.deps.isTracking()) return;
    const time = this.deps.now();
    const prev = this.pending.get(file.entity);
    this.pending.set(file.entity, {
      file,
      counts: prev ? addCounts(prev.counts, counts) : counts,
      time,
      isWrite: isWrite || (prev?.isWrite ?? false),
    });
    const newFile = this.lastEntity?.entity !== file.entity;
    if (newFile || time - this.lastEmittedAt >= this.deps.intervalMs()) this.emitPending(file.entity);
  }

  private emitAllPending(): void {
    const ordered = [...this.pending.values()].sort((a, b) => a.time - b.time);
    for (const p of ordered) this.emitPending(p.file.entity);
  }

  private emitPending(entity: string): void {
    const p = this.pending.get(entity);
    if (!p) return;
    this.pending.delete(entity);
    const hb = this.heartbeat(p.file, p.time);
    if (p.isWrite) hb.is_write = true;
    if (!isEmpty(p.counts)) {
      hb.line_additions = p.counts.linesAdded;
      hb.line_deletions = p.counts.linesDeleted;
      hb.generated_additions = p.counts.generatedAdditions;
      hb.keystrokes = p.counts.keystrokes;
      hb.characters = p.counts.characters;
    }
    this.send(p.file, hb);
  }

  private emitSignal(file: FileSnapshot, signal: 'focus' | 'blur' | 'idle'): void {
    const hb = this.heartbeat(file, this.deps.now());
    hb.signal = signal;
    this.send(file, hb);
  }

  private send(file: FileSnapshot, hb: Heartbeat): void {
    // The agent drops a heartbeat with the same (time, entity, source) as a stored one as a duplicate; two of ours
    // in the same millisecond must stay distinct or the second one's counts would be lost.
    const last = this.lastTimeOf.get(file.entity);
    if (last !== undefined && hb.time <= last) hb.time = Math.round((last + 0.001) * 1000) / 1000;
    this.lastTimeOf.set(file.entity, hb.time);
    this.lastEntity = file;
    this.lastEmittedAt = Math.max(this.lastEmittedAt, hb.time * 1000);
    this.deps.emit(hb);
  }

  private heartbeat(file: FileSnapshot, timeMs: number): Heartbeat {
    const hb: Heartbeat = {
      entity: file.entity,
      type: 'file',
      category: this.deps.category(),
      time: timeMs / 1000,
      language: file.language,
      lines: file.lines,
      source: 'vscode',
      user_agent: this.deps.userAgent,
    };
    if (file.project) hb.project = file.project;
    if (file.branch) hb.branch = file.branch;
    if (file.lineno !== undefined) hb.lineno = file.lineno;
    if (file.cursorpos !== undefined) hb.cursorpos = file.cursorpos;
    return hb;
  }
}

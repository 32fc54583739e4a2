import type { StatusBarItem } from 'vscode';
import { formatDuration } from './clock';

export interface StatusView {
  readonly enabled: boolean;
  readonly pausedUntil?: number;
  readonly online: boolean;
  readonly problem?: string;
  readonly queued: number;
  readonly todaySeconds?: number;
  readonly focusUntil?: number;
  readonly now: number;
}

/** Pure: what the status bar item shows for a state. */
export function statusText(v: StatusView): { text: string; tooltip: string } {
  if (!v.enabled) return { text: '$(circle-slash) CodeHabit off', tooltip: 'CodeHabit tracking is disabled (codehabit.enabled)' };
  if (v.pausedUntil !== undefined) {
    const until = new Date(v.pausedUntil).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
    return { text: '$(debug-pause) CodeHabit paused', tooltip: `Tracking paused until ${until}. Run "CodeHabit: Resume Tracking" to resume.` };
  }
  const focus = v.focusUntil !== undefined && v.focusUntil > v.now ? ` $(target) ${formatDuration((v.focusUntil - v.now) / 1000)}` : '';
  if (!v.online) {
    const queued = v.queued > 0 ? ` ${v.queued} events wait on disk and are sent when it is back.` : '';
    return { text: `$(warning) CodeHabit: agent offline${focus}`, tooltip: `${v.problem ?? 'The CodeHabit agent is not reachable.'}${queued}` };
  }
  const today = v.todaySeconds === undefined ? '…' : formatDuration(v.todaySeconds);
  const focusTip = focus ? ' Focus session running.' : '';
  return { text: `$(clock) ${today}${focus}`, tooltip: `Coding time today (CodeHabit).${focusTip} Click for the dashboard.` };
}

/** Holds the latest state and repaints the item when it changes. */
export class StatusBar {
  private view: Omit<StatusView, 'now'> = { enabled: true, online: true, queued: 0 };

  constructor(
    private readonly item: StatusBarItem,
    private readonly now: () => number,
  ) {
    item.command = 'codehabit.showDashboard';
    item.show();
  }

  update(patch: Partial<Omit<StatusView, 'now'>>): void {
    this.view = { ...this.view, ...patch };
    const { text, tooltip } = statusText({ ...this.view, now: this.now() });
    this.item.text = text;
    this.item.tooltip = tooltip;
    // Screen readers (and the end-to-end test) find the item by this label.
    this.item.accessibilityInformation = { label: `CodeHabit: ${text.replace(/\$\([a-z-]+\)\s*/g, '')}`, role: 'button' };
  }

  get state(): Omit<StatusView, 'now'> {
    return this.view;
  }
}

import { nextLocalMidnight } from './clock';
import { StateStore } from './pauseState';

export interface BreakSettings {
  readonly enabled: boolean;
  readonly afterMs: number;
  readonly pauseMs: number;
}

export const SNOOZE = 'Snooze 10 min';
export const NOT_TODAY = "Don't remind today";
const SNOOZE_MS = 10 * 60_000;
const KEY = 'codehabit.breakReminderOffUntil';

export interface BreakReminderDeps {
  readonly now: () => number;
  readonly settings: () => BreakSettings;
  /** Shows a non-modal notification; resolves with the chosen action or undefined when dismissed. */
  readonly notify: (message: string, ...actions: string[]) => Thenable<string | undefined>;
  readonly store: StateStore;
}

/**
 * Suggests a break after continuous coding: activity with no gap of `pauseMs` or more for `afterMs`.
 * A reminder is shown once per stretch; snoozing shows it again 10 minutes later; a pause starts a new stretch.
 */
export class BreakReminder {
  private streakStart: number | undefined;
  private lastActivity: number | undefined;
  private reminded = false;
  private snoozedUntil = 0;

  constructor(private readonly deps: BreakReminderDeps) {}

  activity(): void {
    const now = this.deps.now();
    const s = this.deps.settings();
    if (this.lastActivity === undefined || now - this.lastActivity >= s.pauseMs) {
      this.streakStart = now;
      this.reminded = false;
      this.snoozedUntil = 0;
    }
    this.lastActivity = now;
    if (!s.enabled || this.reminded || now < this.snoozedUntil) return;
    if ((this.deps.store.get<number>(KEY) ?? 0) > now) return;
    if (now - (this.streakStart ?? now) < s.afterMs) return;
    this.reminded = true;
    const minutes = Math.round((now - (this.streakStart ?? now)) / 60_000);
    void Promise.resolve(this.deps.notify(`You have been coding for ${minutes} minutes without a break. Time to stretch?`, SNOOZE, NOT_TODAY)).then(
      (choice) => this.chosen(choice),
    );
  }

  /** How long the current stretch has lasted (for the status bar tooltip). */
  streakMs(): number {
    return this.streakStart === undefined || this.lastActivity === undefined ? 0 : this.lastActivity - this.streakStart;
  }

  private async chosen(choice: string | undefined): Promise<void> {
    const now = this.deps.now();
    if (choice === SNOOZE) {
      this.snoozedUntil = now + SNOOZE_MS;
      this.reminded = false;
    } else if (choice === NOT_TODAY) {
      await this.deps.store.update(KEY, nextLocalMidnight(now));
    }
  }
}

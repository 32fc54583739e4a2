import { nextLocalMidnight } from './clock';

/** The subset of vscode.Memento used for state that must survive a reload. */
export interface StateStore {
  get<T>(key: string): T | undefined;
  update(key: string, value: unknown): Thenable<void>;
}

const KEY = 'codehabit.pausedUntil';

/** "Pause Tracking" lasts a while, across reloads and windows (global state), then ends by itself. */
export class PauseState {
  constructor(
    private readonly store: StateStore,
    private readonly now: () => number,
  ) {}

  pausedUntil(): number | undefined {
    const until = this.store.get<number>(KEY);
    return until !== undefined && until > this.now() ? until : undefined;
  }

  isPaused(): boolean {
    return this.pausedUntil() !== undefined;
  }

  async pauseFor(ms: number): Promise<void> {
    await this.store.update(KEY, this.now() + ms);
  }

  async pauseUntilTomorrow(): Promise<void> {
    await this.store.update(KEY, nextLocalMidnight(this.now()));
  }

  async resume(): Promise<void> {
    await this.store.update(KEY, undefined);
  }
}

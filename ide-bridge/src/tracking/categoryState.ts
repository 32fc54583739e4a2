import { Category } from './heartbeat';

/** Debugging while a debug session runs, building while a (foreground) task runs, else coding. */
export class CategoryState {
  private debugSessions = 0;
  private readonly tasks = new Set<unknown>();

  debugStarted(): void {
    this.debugSessions++;
  }

  debugEnded(): void {
    this.debugSessions = Math.max(0, this.debugSessions - 1);
  }

  /** Background tasks (watchers, dev servers) run all day and are not building. */
  taskStarted(execution: unknown, isBackground: boolean): void {
    if (!isBackground) this.tasks.add(execution);
  }

  taskEnded(execution: unknown): void {
    this.tasks.delete(execution);
  }

  current(): Category {
    if (this.debugSessions > 0) return 'debugging';
    if (this.tasks.size > 0) return 'building';
    return 'coding';
  }
}

import type { Disposable } from 'vscode';
import { AgentApi } from '../agent/agentApi';
import { AgentUnavailable } from '../agent/agentClient';
import { VscodeApi } from '../vscodeApi';
import { localDate } from './clock';
import { PauseState } from './pauseState';
import { statsLines } from './statsText';

export interface CommandDeps {
  readonly vscode: VscodeApi;
  readonly api: AgentApi;
  readonly pause: PauseState;
  readonly now: () => number;
  readonly focusMinutes: () => number;
  /** Ends the open span before a pause so the time up to now is kept exactly. */
  readonly beforePause: () => void;
  readonly onPauseChanged: () => void;
  readonly onFocusStarted: (endsAt: number) => void;
}

export const PAUSE_CHOICES = ['15 minutes', '1 hour', 'Until tomorrow'] as const;

/** The "CodeHabit: …" commands. */
export function registerCommands(d: CommandDeps): Disposable[] {
  const { commands, window } = d.vscode;
  const agentDown = (e: unknown) =>
    void window.showWarningMessage(e instanceof AgentUnavailable ? `CodeHabit: ${e.message}` : `CodeHabit: ${(e as Error).message}`);

  const showTodayStats = async () => {
    try {
      const stats = await d.api.stats(localDate(d.now()));
      await window.showInformationMessage(`CodeHabit today — ${statsLines(stats).join(' · ')}`);
    } catch (e) {
      agentDown(e);
    }
  };

  return [
    commands.registerCommand('codehabit.showDashboard', async () => {
      try {
        const result = await d.api.openDashboard();
        if (result === 'opened') return;
        const why = result === 'headless' ? 'The agent runs without a window (headless).' : 'This agent has no dashboard window.';
        const choice = await window.showInformationMessage(`CodeHabit: ${why}`, "Show Today's Stats");
        if (choice) await showTodayStats();
      } catch (e) {
        agentDown(e);
      }
    }),
    commands.registerCommand('codehabit.showTodayStats', showTodayStats),
    commands.registerCommand('codehabit.pauseTracking', async (choice?: string) => {
      const picked = choice ?? (await window.showQuickPick([...PAUSE_CHOICES], { placeHolder: 'Pause CodeHabit tracking for…' }));
      if (!picked) return;
      d.beforePause();
      if (picked === PAUSE_CHOICES[0]) await d.pause.pauseFor(15 * 60_000);
      else if (picked === PAUSE_CHOICES[1]) await d.pause.pauseFor(60 * 60_000);
      else await d.pause.pauseUntilTomorrow();
      d.onPauseChanged();
    }),
    commands.registerCommand('codehabit.resumeTracking', async () => {
      await d.pause.resume();
      d.onPauseChanged();
    }),
    commands.registerCommand('codehabit.startFocusSession', async () => {
      try {
        const minutes = d.focusMinutes();
        const result = await d.api.startFocus(minutes);
        if (result.ok && result.endsAt !== undefined) {
          d.onFocusStarted(result.endsAt);
          void window.showInformationMessage(`CodeHabit: focus session started for ${minutes} minutes.`);
        } else void window.showWarningMessage(`CodeHabit: could not start a focus session: ${result.message}`);
      } catch (e) {
        agentDown(e);
      }
    }),
    commands.registerCommand('codehabit.configure', () => commands.executeCommand('workbench.action.openSettings', '@ext:codehabit.codehabit')),
  ];
}

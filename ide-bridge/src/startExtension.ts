import * as fs from 'fs';
import type { Disposable, ExtensionContext } from 'vscode';
import { AgentApi } from './agent/agentApi';
import { AgentClient } from './agent/agentClient';
import { discoverAgent } from './agent/agentDiscovery';
import { CommitDetector } from './git/commitDetector';
import { CommitWatcher, Watch } from './git/commitWatcher';
import { GitApi } from './git/gitApi';
import { execGit, GitRunner } from './git/gitRunner';
import { RepoLocator } from './git/repoLocator';
import { DiskQueue } from './queue/diskQueue';
import { Outgoing } from './queue/outgoing';
import { Sender } from './queue/sender';
import { ActivityTracker } from './tracking/activityTracker';
import { CategoryState } from './tracking/categoryState';
import { initialSnapshot, subscribeEditorEvents } from './tracking/editorEvents';
import { FileContext } from './tracking/fileContext';
import { BreakReminder } from './ui/breakReminder';
import { registerCommands } from './ui/commands';
import { PauseState } from './ui/pauseState';
import { StatusBar } from './ui/statusBar';
import { VscodeApi } from './vscodeApi';

/** Seams for tests; production uses the defaults. */
export interface Overrides {
  readonly now?: () => number;
  readonly git?: GitRunner;
  readonly watch?: Watch;
  readonly gitApi?: GitApi;
  readonly dataDir?: () => string;
}

export interface Running extends Disposable {
  readonly tracker: ActivityTracker;
  readonly queue: DiskQueue<Outgoing>;
  readonly sender: Sender;
  readonly commits: CommitWatcher;
  readonly status: StatusBar;
  readonly ready: Promise<void>;
}

const STATUS_REFRESH_MS = 60_000;

/** Wires the extension: every part is built here and handed what it needs. */
export function startExtension(vscode: VscodeApi, context: ExtensionContext, o: Overrides = {}): Running {
  const now = o.now ?? Date.now;
  const config = () => vscode.workspace.getConfiguration('codehabit');
  const setting = <T>(key: string, fallback: T) => config().get<T>(key, fallback);
  const log = vscode.window.createOutputChannel('CodeHabit');
  const say = (m: string) => log.appendLine(`${new Date(now()).toISOString()} ${m}`);

  const client = new AgentClient(() =>
    discoverAgent({ dataDir: setting('dataDir', ''), agentUrl: setting('agentUrl', ''), apiToken: setting('apiToken', '') }, o.dataDir),
  );
  const api = new AgentApi(client);
  const pause = new PauseState(context.globalState, now);
  const queue = new DiskQueue<Outgoing>({ dir: context.globalStorageUri.fsPath, ownerPid: process.pid, maxItems: () => setting('queueMaxItems', 10_000), now });
  queue.open();
  const statusItem = vscode.window.createStatusBarItem('codehabit.status', vscode.StatusBarAlignment.Right, 100);
  statusItem.name = 'CodeHabit';
  const status = new StatusBar(statusItem, now);

  const refreshStatus = async () => {
    status.update({ enabled: setting('enabled', true), pausedUntil: pause.pausedUntil(), queued: queue.size });
    if (!setting('enabled', true) || pause.isPaused()) return;
    try {
      status.update({ todaySeconds: await api.todaySeconds(), online: true, problem: undefined });
      status.update({ focusUntil: await api.focusEndsAt().catch(() => undefined) });
    } catch (e) {
      status.update({ online: false, problem: (e as Error).message });
    }
  };

  const sender = new Sender({
    queue,
    request: (method, path, body) => client.request(method, path, body),
    setTimer: (fn, ms) => setTimeout(fn, ms),
    clearTimer: (h) => clearTimeout(h as NodeJS.Timeout),
    log: say,
    onState: (s) => {
      const wasOffline = !status.state.online;
      status.update({ online: s.online, queued: s.queued, problem: s.problem });
      if (s.online && wasOffline) void refreshStatus();
    },
  });

  const categories = new CategoryState();
  const tracking = () => setting('enabled', true) && !pause.isPaused();
  const tracker = new ActivityTracker({
    now,
    category: () => categories.current(),
    isTracking: tracking,
    intervalMs: () => setting('heartbeatIntervalSeconds', 30) * 1000,
    userAgent: `codehabit-vscode/${context.extension?.packageJSON?.version ?? '0'} ${vscode.env.appName.replace(/\s+/g, '-')}/${vscode.version}`,
    emit: (heartbeat) => queue.enqueue({ kind: 'heartbeat', heartbeat }),
    requestFlush: () => void sender.flush().then(refreshStatus),
  });

  const repos = new RepoLocator();
  let gitApi: GitApi | undefined = o.gitApi;
  const files = new FileContext(vscode, repos, () => gitApi);
  const breaks = new BreakReminder({
    now,
    store: context.globalState,
    notify: (message, ...actions) => vscode.window.showInformationMessage(message, ...actions),
    settings: () => ({
      enabled: setting('breakReminder.enabled', true),
      afterMs: setting('breakReminder.afterMinutes', 50) * 60_000,
      pauseMs: setting('breakReminder.pauseMinutes', 5) * 60_000,
    }),
  });

  const commits = new CommitWatcher({
    detector: new CommitDetector(o.git ?? execGit),
    watch: o.watch ?? nodeWatch,
    locate: (dir) => repos.findForDir(dir),
    log: say,
    setTimer: (fn, ms) => setTimeout(fn, ms),
    clearTimer: (h) => clearTimeout(h as NodeJS.Timeout),
    onCommit: (root, c) => {
      if (!tracking() || !setting('trackCommits', true)) return;
      say(`commit ${c.hash.slice(0, 8)} in ${root}: ${c.filesChanged} files, +${c.insertions} -${c.deletions}`);
      queue.enqueue({
        kind: 'commit',
        commit: {
          hash: c.hash, project: files.projectOfRepo(root), branch: c.branch, files_changed: c.filesChanged,
          insertions: c.insertions, deletions: c.deletions, time: c.time, source: 'vscode',
        },
      });
      void sender.flush();
    },
  });
  const watchFolders = () => (vscode.workspace.workspaceFolders ?? []).filter((f) => f.uri.scheme === 'file').forEach((f) => commits.addFolder(f.uri.fsPath));
  watchFolders();

  const ready = (async () => {
    if (!gitApi) gitApi = await loadGitApi(vscode, say);
    if (gitApi) commits.attachGitApi(gitApi);
  })();

  const disposables: Disposable[] = [
    log,
    ...subscribeEditorEvents(vscode, tracker, files, categories, () => breaks.activity()),
    ...registerCommands({
      vscode,
      api,
      pause,
      now,
      focusMinutes: () => setting('focusSessionMinutes', 25),
      beforePause: () => tracker.end('idle'),
      onPauseChanged: () => {
        tracker.discardPending();
        void refreshStatus();
      },
      onFocusStarted: (endsAt) => status.update({ focusUntil: endsAt }),
    }),
    vscode.workspace.onDidChangeWorkspaceFolders(watchFolders),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('codehabit')) void refreshStatus();
    }),
  ];

  const first = initialSnapshot(vscode, files);
  if (first) tracker.switchTo(first);
  const tick = setInterval(() => tracker.tick(), setting('heartbeatIntervalSeconds', 30) * 1000);
  const statusTimer = setInterval(() => void refreshStatus(), STATUS_REFRESH_MS);
  void sender.flush();
  void refreshStatus();

  return {
    tracker, queue, sender, commits, status, ready,
    dispose: () => {
      clearInterval(tick);
      clearInterval(statusTimer);
      tracker.drain(); // unsent activity is on disk now; the next window sends it
      sender.dispose();
      commits.dispose();
      disposables.forEach((d) => d.dispose());
    },
  };
}

async function loadGitApi(vscode: VscodeApi, log: (m: string) => void): Promise<GitApi | undefined> {
  try {
    const ext = vscode.extensions.getExtension<{ getAPI(v: 1): GitApi }>('vscode.git');
    if (!ext) return undefined;
    const exports = ext.isActive ? ext.exports : await ext.activate();
    return exports.getAPI(1);
  } catch (e) {
    log(`git extension unavailable: ${e}`);
    return undefined;
  }
}

const nodeWatch: Watch = (target, options, listener) => {
  const w = fs.watch(target, { recursive: options.recursive, persistent: false }, () => listener());
  w.on('error', () => w.close()); // the directory went away (repo deleted); nothing left to watch
  return w;
};

import * as path from 'path';
import { CommitDetector, DetectedCommit } from './commitDetector';
import { GitApi, GitRepository } from './gitApi';
import { RepoInfo } from './repoLocator';

export type Watch = (target: string, options: { recursive: boolean }, listener: () => void) => { close(): void };

export interface CommitWatcherDeps {
  readonly detector: CommitDetector;
  readonly watch: Watch;
  readonly locate: (dir: string) => RepoInfo | undefined;
  readonly onCommit: (root: string, commit: DetectedCommit) => void;
  readonly log: (message: string) => void;
  readonly setTimer: (fn: () => void, ms: number) => unknown;
  readonly clearTimer: (handle: unknown) => void;
  readonly debounceMs?: number;
}

/**
 * Watches the workspace's repositories for new commits. Two triggers, because neither is enough alone: the git
 * extension's state changes (commits from the Source Control view), and file watches on HEAD and refs/heads,
 * because the git extension does not refresh while the window is unfocused (commits made in a terminal).
 * Checks are debounced and run one at a time per repository, so a commit is reported once.
 */
export class CommitWatcher {
  private readonly repos = new Map<string, { closers: { close(): void }[]; timer?: unknown; chain: Promise<void> }>();
  private readonly disposables: { dispose(): void }[] = [];

  constructor(private readonly deps: CommitWatcherDeps) {}

  /** Starts watching the repository that contains this directory, if any; idempotent. */
  addFolder(dir: string): void {
    const info = this.deps.locate(dir);
    if (info) this.addRepo(info);
  }

  attachGitApi(api: GitApi): void {
    const onRepo = (repo: GitRepository) => {
      this.addFolder(repo.rootUri.fsPath);
      this.disposables.push(repo.state.onDidChange(() => this.schedule(repo.rootUri.fsPath)));
    };
    api.repositories.forEach(onRepo);
    this.disposables.push(api.onDidOpenRepository(onRepo));
  }

  /** Resolves when pending checks are done (tests and shutdown). */
  async settled(): Promise<void> {
    await Promise.all([...this.repos.values()].map((r) => r.chain));
  }

  dispose(): void {
    for (const r of this.repos.values()) {
      r.closers.forEach((c) => c.close());
      if (r.timer !== undefined) this.deps.clearTimer(r.timer);
    }
    this.repos.clear();
    this.disposables.splice(0).forEach((d) => d.dispose());
  }

  private addRepo(info: RepoInfo): void {
    if (this.repos.has(info.root)) return;
    const entry = { closers: [] as { close(): void }[], timer: undefined as unknown, chain: Promise.resolve() };
    this.repos.set(info.root, entry);
    entry.chain = this.deps.detector.baseline(info.root).catch((e) => this.deps.log(`git baseline failed in ${info.root}: ${e}`));
    const trigger = () => this.schedule(info.root);
    for (const [target, recursive] of [
      [info.gitDir, false], // HEAD is replaced by rename, which the directory watch sees
      [path.join(info.commonDir, 'refs', 'heads'), true],
    ] as const) {
      try {
        entry.closers.push(this.deps.watch(target, { recursive }, trigger));
      } catch (e) {
        this.deps.log(`cannot watch ${target}: ${e}`);
      }
    }
  }

  private schedule(root: string): void {
    const entry = this.repos.get(root);
    if (!entry) return;
    if (entry.timer !== undefined) this.deps.clearTimer(entry.timer);
    entry.timer = this.deps.setTimer(() => {
      entry.timer = undefined;
      entry.chain = entry.chain.then(() => this.check(root));
    }, this.deps.debounceMs ?? 400);
  }

  private async check(root: string): Promise<void> {
    try {
      for (const commit of await this.deps.detector.check(root)) this.deps.onCommit(root, commit);
    } catch (e) {
      this.deps.log(`git check failed in ${root}: ${e}`);
    }
  }
}

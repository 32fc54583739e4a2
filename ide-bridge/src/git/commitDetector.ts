import { GitRunner } from './gitRunner';

export interface DetectedCommit {
  readonly hash: string;
  readonly branch?: string;
  readonly filesChanged: number;
  readonly insertions: number;
  readonly deletions: number;
  /** Committer time, epoch seconds. */
  readonly time: number;
}

/** Reflog subjects of commits made in this clone (not checkouts, resets, pulls or rebases of others' work). */
const OWN_COMMIT = /^(commit|cherry-pick|revert)\b/;
const REFLOG_DEPTH = 50;

/**
 * Finds commits made since the last look by reading HEAD's reflog back to the HEAD seen last time. The reflog says
 * how HEAD moved, which tells a new commit from a checkout, reset or fast-forward pull.
 */
export class CommitDetector {
  private readonly lastHead = new Map<string, string | null>();
  private readonly reported = new Set<string>();

  constructor(private readonly git: GitRunner) {}

  /** Remembers the current HEAD so that only later commits are reported. */
  async baseline(root: string): Promise<void> {
    this.lastHead.set(root, await this.head(root));
  }

  isKnown(root: string): boolean {
    return this.lastHead.has(root);
  }

  /** New commits since the last call for this repository, oldest first. */
  async check(root: string): Promise<DetectedCommit[]> {
    if (!this.lastHead.has(root)) {
      await this.baseline(root);
      return [];
    }
    const previous = this.lastHead.get(root) ?? null;
    const current = await this.head(root);
    if (current === previous) return [];
    this.lastHead.set(root, current);
    if (current === null) return [];

    const fresh: string[] = [];
    for (const entry of await this.reflog(root)) {
      if (entry.hash === previous) break;
      if (OWN_COMMIT.test(entry.subject) && !this.reported.has(entry.hash) && !fresh.includes(entry.hash)) fresh.push(entry.hash);
    }
    const branch = await this.branch(root);
    const commits: DetectedCommit[] = [];
    for (const hash of fresh.reverse()) {
      commits.push({ hash, branch, ...(await this.stats(root, hash)) });
      this.reported.add(hash);
    }
    return commits;
  }

  private async head(root: string): Promise<string | null> {
    try {
      return (await this.git(root, ['rev-parse', '--verify', '-q', 'HEAD'])).trim() || null;
    } catch {
      return null; // no commit yet
    }
  }

  private async branch(root: string): Promise<string | undefined> {
    try {
      return (await this.git(root, ['symbolic-ref', '--short', '-q', 'HEAD'])).trim() || undefined;
    } catch {
      return undefined; // detached HEAD
    }
  }

  private async reflog(root: string): Promise<{ hash: string; subject: string }[]> {
    let out: string;
    try {
      out = await this.git(root, ['reflog', 'show', `-n${REFLOG_DEPTH}`, '--format=%H%x1f%gs', 'HEAD', '--']);
    } catch {
      return [];
    }
    return out
      .split('\n')
      .filter((l) => l.includes('\x1f'))
      .map((l) => {
        const [hash, subject] = l.split('\x1f');
        return { hash, subject };
      });
  }

  private async stats(root: string, hash: string): Promise<Omit<DetectedCommit, 'hash' | 'branch'>> {
    const out = await this.git(root, ['show', '--numstat', '--format=%ct', '--no-color', '--no-ext-diff', hash, '--']);
    const lines = out.split('\n');
    const time = Number(lines[0].trim());
    let filesChanged = 0;
    let insertions = 0;
    let deletions = 0;
    for (const line of lines.slice(1)) {
      const m = /^(\d+|-)\t(\d+|-)\t/.exec(line);
      if (!m) continue;
      filesChanged++;
      if (m[1] !== '-') insertions += Number(m[1]);
      if (m[2] !== '-') deletions += Number(m[2]);
    }
    return { filesChanged, insertions, deletions, time };
  }
}

import * as fs from 'fs';
import * as path from 'path';

export interface RepoInfo {
  /** The working tree's root directory. */
  readonly root: string;
  /** The directory holding HEAD (for a linked worktree, its own dir under the main .git/worktrees). */
  readonly gitDir: string;
  /** The directory holding refs/ (the main .git for a linked worktree). */
  readonly commonDir: string;
}

/**
 * Finds the git repository of a path by walking up to the nearest `.git` (a directory, or a file pointing to one
 * for worktrees and submodules). Results are cached per directory; git is not run.
 */
export class RepoLocator {
  private readonly cache = new Map<string, RepoInfo | null>();

  find(filePath: string): RepoInfo | undefined {
    let dir = path.dirname(filePath);
    const visited: string[] = [];
    let found: RepoInfo | null = null;
    for (;;) {
      const cached = this.cache.get(dir);
      if (cached !== undefined) {
        found = cached;
        break;
      }
      visited.push(dir);
      const info = repoAt(dir);
      if (info) {
        found = info;
        break;
      }
      const parent = path.dirname(dir);
      if (parent === dir) break;
      dir = parent;
    }
    for (const v of visited) this.cache.set(v, found);
    return found ?? undefined;
  }

  /** Finds the repository whose root is exactly this directory or above it. */
  findForDir(dir: string): RepoInfo | undefined {
    return this.find(path.join(dir, '.codehabit-probe')); // find() starts at the parent of what it is given
  }
}

function repoAt(dir: string): RepoInfo | undefined {
  const dotGit = path.join(dir, '.git');
  let stat: fs.Stats;
  try {
    stat = fs.statSync(dotGit);
  } catch {
    return undefined;
  }
  if (stat.isDirectory()) return { root: dir, gitDir: dotGit, commonDir: dotGit };
  try {
    const m = /^gitdir:\s*(.+)\s*$/m.exec(fs.readFileSync(dotGit, 'utf8'));
    if (!m) return undefined;
    const gitDir = path.resolve(dir, m[1].trim());
    let commonDir = gitDir;
    try {
      commonDir = path.resolve(gitDir, fs.readFileSync(path.join(gitDir, 'commondir'), 'utf8').trim());
    } catch {
      /* a submodule: its git dir is its own common dir */
    }
    return { root: dir, gitDir, commonDir };
  } catch {
    return undefined;
  }
}

/** The checked-out branch read from HEAD; undefined when detached or unreadable. */
export function branchFromHead(gitDir: string): string | undefined {
  try {
    const head = fs.readFileSync(path.join(gitDir, 'HEAD'), 'utf8').trim();
    const m = /^ref:\s*refs\/heads\/(.+)$/.exec(head);
    return m ? m[1] : undefined;
  } catch {
    return undefined;
  }
}

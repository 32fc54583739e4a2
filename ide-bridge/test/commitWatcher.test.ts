import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { describe, it } from 'node:test';
import { CommitDetector, DetectedCommit } from '../src/git/commitDetector';
import { CommitWatcher } from '../src/git/commitWatcher';
import { GitRepository } from '../src/git/gitApi';
import { execGit } from '../src/git/gitRunner';
import { RepoLocator } from '../src/git/repoLocator';
import { GitFixture } from './gitFixture';

const waitFor = async (cond: () => boolean, ms = 5000) => {
  const end = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 25));
  }
};

function watcher(found: { root: string; commit: DetectedCommit }[]) {
  const locator = new RepoLocator();
  return new CommitWatcher({
    detector: new CommitDetector(execGit),
    watch: (target, options, listener) => {
      const w = fs.watch(target, { recursive: options.recursive, persistent: false }, () => listener());
      return w;
    },
    locate: (dir) => locator.findForDir(dir),
    onCommit: (root, commit) => found.push({ root, commit }),
    log: () => undefined,
    setTimer: (fn, ms) => setTimeout(fn, ms),
    clearTimer: (h) => clearTimeout(h as NodeJS.Timeout),
    debounceMs: 50,
  });
}

describe('commit watcher', () => {
  it('sees a commit made in a terminal through the .git watches alone (git extension not refreshing)', async () => {
    const repo = new GitFixture();
    repo.commit('initial', { 'a.txt': '1\n' });
    const found: { root: string; commit: DetectedCommit }[] = [];
    const w = watcher(found);
    w.addFolder(repo.root);
    await w.settled();
    const hash = repo.commit('from the terminal', { 'a.txt': '1\n2\n' });
    await waitFor(() => found.length > 0);
    await new Promise((r) => setTimeout(r, 200));
    await w.settled();
    assert.deepEqual(found.map((f) => [f.root, f.commit.hash]), [[repo.root, hash]], 'exactly once');
    w.dispose();
  });

  it('also checks when the git extension reports a state change, and reports once when both fire', async () => {
    const repo = new GitFixture('multi');
    repo.commit('initial', { 'a.txt': '1\n' });
    const found: { root: string; commit: DetectedCommit }[] = [];
    const w = watcher(found);
    const listeners: (() => void)[] = [];
    const gitRepo: GitRepository = { rootUri: { fsPath: repo.root }, state: { onDidChange: (l) => (listeners.push(l), { dispose: () => undefined }) } };
    w.attachGitApi({ repositories: [gitRepo], onDidOpenRepository: () => ({ dispose: () => undefined }), getRepository: () => gitRepo });
    await w.settled();
    repo.commit('from the SCM view', { 'b.txt': 'b\n' });
    listeners.forEach((l) => l());
    await waitFor(() => found.length > 0);
    await new Promise((r) => setTimeout(r, 300));
    await w.settled();
    assert.equal(found.length, 1);
    w.dispose();
  });

  it('ignores folders that are not in a repository', async () => {
    const found: { root: string; commit: DetectedCommit }[] = [];
    const w = watcher(found);
    w.addFolder(fs.mkdtempSync('/tmp/codehabit-nogit-'));
    await w.settled();
    assert.equal(found.length, 0);
    w.dispose();
  });
});

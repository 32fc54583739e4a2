import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { branchFromHead, RepoLocator } from '../src/git/repoLocator';
import { GitFixture } from './gitFixture';

describe('repository locator', () => {
  it('finds the repository root of a nested file and its branch from HEAD', () => {
    const repo = new GitFixture();
    repo.commit('init', { 'src/deep/a.ts': 'x\n' });
    const info = new RepoLocator().find(path.join(repo.root, 'src/deep/a.ts'));
    assert.equal(info?.root, repo.root);
    assert.equal(branchFromHead(info!.gitDir), 'main');
    repo.git('checkout', '-q', '--detach');
    assert.equal(branchFromHead(info!.gitDir), undefined, 'detached HEAD has no branch');
  });

  it('follows a linked worktree to its own HEAD and the shared refs', () => {
    const repo = new GitFixture();
    repo.commit('init', { 'a.ts': 'x\n' });
    const wt = path.join(path.dirname(repo.root), 'wt');
    repo.git('worktree', 'add', '-q', '-b', 'side', wt);
    const info = new RepoLocator().find(path.join(wt, 'a.ts'));
    assert.equal(info?.root, wt);
    assert.equal(branchFromHead(info!.gitDir), 'side');
    assert.equal(fs.realpathSync(info!.commonDir), fs.realpathSync(path.join(repo.root, '.git')));
  });

  it('returns nothing outside a repository', () => {
    assert.equal(new RepoLocator().find(path.join(fs.mkdtempSync('/tmp/codehabit-plain-'), 'f.txt')), undefined);
  });
});

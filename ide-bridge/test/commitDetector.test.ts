import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CommitDetector } from '../src/git/commitDetector';
import { execGit } from '../src/git/gitRunner';
import { GitFixture } from './gitFixture';

describe('commit detection (real git)', () => {
  it('reports a new commit with its branch, files, insertions, deletions and time', async () => {
    const repo = new GitFixture();
    repo.commit('initial', { 'a.txt': 'one\ntwo\nthree\n' });
    const detector = new CommitDetector(execGit);
    await detector.baseline(repo.root);
    assert.deepEqual(await detector.check(repo.root), []);

    const hash = repo.commit('change', { 'a.txt': 'one\nTWO\nthree\nfour\n', 'b.txt': 'new\n' });
    const found = await detector.check(repo.root);
    assert.equal(found.length, 1);
    assert.equal(found[0].hash, hash);
    assert.equal(found[0].branch, 'main');
    assert.equal(found[0].filesChanged, 2);
    assert.equal(found[0].insertions, 3);
    assert.equal(found[0].deletions, 1);
    assert.equal(found[0].time, Number(repo.git('log', '-1', '--format=%ct').trim()));
    assert.deepEqual(await detector.check(repo.root), [], 'reported once');
  });

  it('reports every commit made since the last look, oldest first', async () => {
    const repo = new GitFixture();
    repo.commit('initial', { 'a.txt': '1\n' });
    const detector = new CommitDetector(execGit);
    await detector.baseline(repo.root);
    const h1 = repo.commit('c1', { 'a.txt': '1\n2\n' });
    const h2 = repo.commit('c2', { 'a.txt': '1\n2\n3\n' });
    assert.deepEqual((await detector.check(repo.root)).map((c) => c.hash), [h1, h2]);
  });

  it('does not take a checkout or a reset for a commit', async () => {
    const repo = new GitFixture();
    const base = repo.commit('initial', { 'a.txt': '1\n' });
    repo.git('checkout', '-q', '-b', 'feature');
    repo.commit('on feature', { 'f.txt': 'f\n' });
    repo.git('checkout', '-q', 'main');
    const detector = new CommitDetector(execGit);
    await detector.baseline(repo.root);
    repo.git('checkout', '-q', 'feature');
    assert.deepEqual(await detector.check(repo.root), []);
    repo.git('reset', '-q', '--hard', base);
    assert.deepEqual(await detector.check(repo.root), []);
  });

  it('reports the first commit of a new repository and the branch it was made on', async () => {
    const repo = new GitFixture();
    const detector = new CommitDetector(execGit);
    await detector.baseline(repo.root);
    repo.git('checkout', '-q', '-b', 'topic');
    const hash = repo.commit('first', { 'x.txt': 'x\n' });
    const found = await detector.check(repo.root);
    assert.deepEqual(found.map((c) => [c.hash, c.branch, c.insertions]), [[hash, 'topic', 1]]);
  });

  it('counts a binary file as changed without lines', async () => {
    const repo = new GitFixture();
    repo.commit('initial', { 'a.txt': '1\n' });
    const detector = new CommitDetector(execGit);
    await detector.baseline(repo.root);
    repo.write('blob.bin', '\u0000\u0001\u0002binary');
    repo.commit('bin', { 'a.txt': '1\n2\n' });
    const [c] = await detector.check(repo.root);
    assert.deepEqual([c.filesChanged, c.insertions, c.deletions], [2, 1, 0]);
  });
});

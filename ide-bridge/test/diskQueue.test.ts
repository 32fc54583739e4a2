import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { DiskQueue } from '../src/queue/diskQueue';

const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'codehabit-queue-'));
const queue = (dir: string, pid = 100, max = 1000, alive: number[] = []) =>
  new DiskQueue<{ n: number }>({ dir, ownerPid: pid, maxItems: () => max, isAlive: (p) => alive.includes(p) });

describe('disk queue', () => {
  it('keeps items across a restart, in order', () => {
    const dir = tmp();
    const q = queue(dir);
    q.open();
    for (let n = 1; n <= 5; n++) q.enqueue({ n });
    const again = queue(dir);
    again.open();
    assert.deepEqual(again.peek(10).map((i) => i.payload.n), [1, 2, 3, 4, 5]);
  });

  it('removes only the delivered items, also on disk', () => {
    const dir = tmp();
    const q = queue(dir);
    q.open();
    const items = [1, 2, 3, 4].map((n) => q.enqueue({ n }));
    q.remove(new Set([items[0].id, items[2].id]));
    assert.deepEqual(q.peek(10).map((i) => i.payload.n), [2, 4]);
    const again = queue(dir);
    again.open();
    assert.deepEqual(again.peek(10).map((i) => i.payload.n), [2, 4]);
  });

  it('is bounded: beyond the limit the oldest items go, and it says how many', () => {
    const dir = tmp();
    const q = queue(dir, 100, 3);
    q.open();
    for (let n = 1; n <= 5; n++) q.enqueue({ n });
    assert.deepEqual(q.peek(10).map((i) => i.payload.n), [3, 4, 5]);
    assert.equal(q.dropped, 2);
    const again = queue(dir, 100, 3);
    again.open();
    assert.equal(again.size, 3);
  });

  it('gives every item a distinct id, even across restarts', () => {
    const dir = tmp();
    const q = queue(dir);
    q.open();
    const first = q.enqueue({ n: 1 });
    const again = queue(dir);
    again.open();
    const second = again.enqueue({ n: 2 });
    assert.notEqual(first.id, second.id);
  });

  it('adopts the queue of a window that is gone, once, without duplicates; leaves a live window\'s file alone', () => {
    const dir = tmp();
    const gone = queue(dir, 200);
    gone.open();
    gone.enqueue({ n: 1 });
    gone.enqueue({ n: 2 });
    const live = queue(dir, 300, 1000, [200]); // opened while window 200 still ran
    live.open();
    live.enqueue({ n: 9 });
    const mine = queue(dir, 100, 1000, [300]);
    mine.open();
    assert.deepEqual(mine.peek(10).map((i) => i.payload.n), [1, 2]);
    assert.ok(!fs.existsSync(path.join(dir, 'queue-200.jsonl')));
    assert.ok(fs.existsSync(path.join(dir, 'queue-300.jsonl')));
    const reopened = queue(dir, 100, 1000, [300]);
    reopened.open();
    assert.deepEqual(reopened.peek(10).map((i) => i.payload.n), [1, 2]);
  });

  it('survives a line cut short by a crash', () => {
    const dir = tmp();
    const q = queue(dir);
    q.open();
    q.enqueue({ n: 1 });
    fs.appendFileSync(path.join(dir, 'queue-100.jsonl'), '{"id":"x","payl');
    const again = queue(dir);
    again.open();
    assert.deepEqual(again.peek(10).map((i) => i.payload.n), [1]);
  });
});

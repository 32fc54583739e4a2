import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { appendItems, emptyQueue, nextBatch, removeIds } from '../../src/lib/queue.js';

const hb = (n) => ({ id: `hb:${n}`, kind: 'heartbeat', body: { time: n } });
const at = (n) => ({ id: `at:${n}`, kind: 'attempt', body: { time: n } });

describe('offline queue', () => {
  it('appends in order and ignores an item it already holds', () => {
    let q = appendItems(emptyQueue(), [hb(1), hb(2)]);
    q = appendItems(q, [hb(2), hb(3)]);
    assert.deepEqual(q.items.map((i) => i.id), ['hb:1', 'hb:2', 'hb:3']);
    assert.equal(q.dropped, 0);
  });

  it('trims the oldest beyond the limit and counts what it dropped', () => {
    let q = appendItems(emptyQueue(), [hb(1), hb(2), hb(3)], 3);
    q = appendItems(q, [hb(4), hb(5)], 3);
    assert.deepEqual(q.items.map((i) => i.id), ['hb:3', 'hb:4', 'hb:5']);
    assert.equal(q.dropped, 2);
  });

  it('batches the leading run of heartbeats and sends attempts one by one, in order', () => {
    const q = appendItems(emptyQueue(), [hb(1), hb(2), at(3), hb(4)]);
    assert.deepEqual(nextBatch(q, 10).map((i) => i.id), ['hb:1', 'hb:2']);
    assert.deepEqual(nextBatch(q, 1).map((i) => i.id), ['hb:1']);
    const rest = removeIds(q, ['hb:1', 'hb:2']);
    assert.deepEqual(nextBatch(rest, 10).map((i) => i.id), ['at:3']);
    assert.deepEqual(nextBatch(emptyQueue(), 10), []);
  });

  it('removes only the acknowledged ids, keeping items appended meanwhile', () => {
    const q = appendItems(emptyQueue(), [hb(1), hb(2), hb(3)]);
    assert.deepEqual(removeIds(q, ['hb:2']).items.map((i) => i.id), ['hb:1', 'hb:3']);
  });
});

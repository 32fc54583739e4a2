import assert from 'node:assert/strict';
import { beforeEach, describe, it } from 'node:test';
import { classifyChanges } from '../src/counting/changeClassifier';
import { ActivityTracker, FileSnapshot } from '../src/tracking/activityTracker';
import { Category, Heartbeat } from '../src/tracking/heartbeat';

const A: FileSnapshot = { entity: '/ws/a.ts', language: 'TypeScript', project: 'ws', branch: 'main', lines: 10, lineno: 3, cursorpos: 4 };
const B: FileSnapshot = { entity: '/ws/b.py', language: 'Python', project: 'ws', branch: 'main', lines: 5 };
const typed = (text: string) => classifyChanges([{ range: { start: { line: 0 }, end: { line: 0 } }, rangeLength: 0, text }]);

describe('activity tracker', () => {
  let clock: number;
  let sent: Heartbeat[];
  let flushes: number;
  let tracking: boolean;
  let category: Category;
  let tracker: ActivityTracker;

  beforeEach(() => {
    clock = 1_700_000_000_000;
    sent = [];
    flushes = 0;
    tracking = true;
    category = 'coding';
    tracker = new ActivityTracker({
      now: () => clock,
      category: () => category,
      isTracking: () => tracking,
      intervalMs: () => 30_000,
      userAgent: 'codehabit-vscode/test',
      emit: (hb) => sent.push(hb),
      requestFlush: () => flushes++,
    });
  });

  it('sends a heartbeat at once when activity starts, so the span starts exactly', () => {
    tracker.edit(A, typed('a'));
    assert.equal(sent.length, 1);
    assert.equal(sent[0].time, clock / 1000);
    assert.equal(sent[0].entity, A.entity);
    assert.equal(sent[0].keystrokes, 1);
    assert.equal(sent[0].source, 'vscode');
    assert.equal(sent[0].type, 'file');
    assert.equal(sent[0].language, 'TypeScript');
    assert.equal(sent[0].branch, 'main');
  });

  it('accumulates further typing and sends the deltas on the tick, with the time of the last edit', () => {
    tracker.edit(A, typed('a'));
    for (let i = 0; i < 5; i++) {
      clock += 1000;
      tracker.edit(A, typed('b'));
    }
    tracker.edit(A, typed('\n'));
    const lastEdit = clock;
    clock += 20_000;
    assert.equal(sent.length, 1, 'no heartbeat per keystroke');
    tracker.tick();
    assert.equal(sent.length, 2);
    assert.equal(sent[1].time, lastEdit / 1000);
    assert.equal(sent[1].keystrokes, 6);
    assert.equal(sent[1].characters, 6);
    assert.equal(sent[1].line_additions, 1);
    assert.equal(sent[1].generated_additions, 0);
    assert.equal(flushes, 1);
    tracker.tick();
    assert.equal(sent.length, 2, 'a quiet tick sends nothing');
  });

  it('sends again by itself once the interval has passed during activity', () => {
    tracker.edit(A, typed('a'));
    clock += 31_000;
    tracker.edit(A, typed('b'));
    assert.equal(sent.length, 2);
    assert.equal(sent[1].keystrokes, 1);
  });

  it('marks a save as is_write and flushes', () => {
    tracker.edit(A, typed('a'));
    clock += 1000;
    tracker.edit(A, typed('b'));
    tracker.save(A);
    assert.equal(sent.length, 2);
    assert.equal(sent[1].is_write, true);
    assert.equal(sent[1].keystrokes, 1);
    assert.ok(flushes >= 1);
  });

  it('on a file switch sends the old file\'s pending counts, then the new file', () => {
    tracker.edit(A, typed('a'));
    clock += 1000;
    tracker.edit(A, typed('b'));
    clock += 1000;
    tracker.switchTo(B);
    assert.deepEqual(sent.map((h) => [h.entity, h.keystrokes]), [[A.entity, 1], [A.entity, 1], [B.entity, undefined]]);
    assert.equal(sent[2].time, clock / 1000);
    assert.equal(flushes, 1);
  });

  it('ends the span with a blur signal and starts one with a focus signal', () => {
    tracker.edit(A, typed('a'));
    clock += 5000;
    tracker.blur();
    assert.equal(sent.at(-1)?.signal, 'blur');
    assert.equal(sent.at(-1)?.time, clock / 1000);
    assert.equal(sent.at(-1)?.entity, A.entity);
    tracker.blur();
    assert.equal(sent.filter((h) => h.signal === 'blur').length, 1, 'a second blur is not a new event');
    clock += 60_000;
    tracker.focus(B);
    assert.equal(sent.at(-1)?.signal, 'focus');
    assert.equal(sent.at(-1)?.entity, B.entity);
    assert.equal(sent.at(-1)?.time, clock / 1000);
  });

  it('sends the edits made before a blur with the blur', () => {
    tracker.edit(A, typed('a'));
    clock += 1000;
    tracker.edit(A, typed('b'));
    tracker.blur();
    assert.deepEqual(sent.map((h) => h.signal ?? h.keystrokes), [1, 1, 'blur']);
  });

  it('records nothing while paused', () => {
    tracking = false;
    tracker.edit(A, typed('a'));
    tracker.switchTo(B);
    tracker.save(B);
    tracker.tick();
    tracker.blur();
    assert.equal(sent.length, 0);
  });

  it('uses the category of the moment (debugging, building)', () => {
    category = 'debugging';
    tracker.touch(A);
    assert.equal(sent[0].category, 'debugging');
  });

  it('keeps counts per file when edits touch several files before a flush', () => {
    tracker.edit(A, typed('a'));
    tracker.edit(B, typed('b'));
    clock += 1000;
    tracker.edit(A, typed('c'));
    tracker.edit(B, typed('\n'));
    tracker.tick();
    const late = sent.slice(2);
    assert.deepEqual(late.map((h) => [h.entity, h.keystrokes, h.line_additions]), [[A.entity, 1, 0], [B.entity, 1, 1]]);
  });

  it('keeps two heartbeats of one file in the same millisecond distinct, so the agent does not drop one as a duplicate', () => {
    tracker.touch(A);
    tracker.edit(A, typed('a'));
    tracker.save(A);
    assert.equal(sent.length, 2);
    assert.ok(sent[1].time > sent[0].time);
    assert.equal(sent[1].keystrokes, 1);
  });
});

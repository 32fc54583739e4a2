import assert from 'node:assert/strict';
import { beforeEach, describe, it } from 'node:test';
import { BreakReminder, NOT_TODAY, SNOOZE } from '../src/ui/breakReminder';

const MIN = 60_000;

describe('break reminder', () => {
  let clock: number;
  let shown: string[];
  let answer: string | undefined;
  let state: Map<string, unknown>;
  let reminder: BreakReminder;
  let enabled: boolean;

  beforeEach(() => {
    clock = new Date(2026, 10, 23, 9, 0).getTime();
    shown = [];
    answer = undefined;
    enabled = true;
    state = new Map();
    reminder = new BreakReminder({
      now: () => clock,
      settings: () => ({ enabled, afterMs: 50 * MIN, pauseMs: 5 * MIN }),
      notify: async (m, ...actions) => {
        shown.push(`${m} [${actions.join('|')}]`);
        return answer;
      },
      store: { get: <T>(k: string) => state.get(k) as T, update: async (k, v) => void state.set(k, v) },
    });
  });

  /** Activity every minute for `minutes` minutes. */
  const code = async (minutes: number) => {
    for (let i = 0; i < minutes; i++) {
      reminder.activity();
      clock += MIN;
    }
    await new Promise((r) => setImmediate(r));
  };

  it('suggests a break once after 50 minutes of continuous coding, with snooze and not-today actions', async () => {
    await code(50);
    assert.equal(shown.length, 0);
    await code(1);
    assert.equal(shown.length, 1);
    assert.match(shown[0], /50 minutes.*\[Snooze 10 min\|Don't remind today\]/);
    await code(30);
    assert.equal(shown.length, 1, 'not again in the same stretch when dismissed');
  });

  it('starts counting again after a pause of 5 minutes', async () => {
    await code(45);
    clock += 5 * MIN;
    await code(45);
    assert.equal(shown.length, 0);
  });

  it('does not count pauses shorter than 5 minutes as a break', async () => {
    await code(30); // last activity at minute 29
    clock += 3 * MIN; // next at minute 33: a 4-minute gap
    await code(20);
    assert.equal(shown.length, 1);
  });

  it('snoozes for 10 minutes', async () => {
    answer = SNOOZE;
    await code(51);
    assert.equal(shown.length, 1);
    await code(9);
    assert.equal(shown.length, 1);
    await code(2);
    assert.equal(shown.length, 2);
  });

  it('stays quiet for the rest of the day after "Don\'t remind today", and reminds again tomorrow', async () => {
    answer = NOT_TODAY;
    await code(51);
    clock += 10 * MIN;
    await code(60);
    assert.equal(shown.length, 1);
    clock = new Date(2026, 10, 24, 9, 0).getTime();
    await code(51);
    assert.equal(shown.length, 2);
  });

  it('is silent when disabled', async () => {
    enabled = false;
    await code(120);
    assert.equal(shown.length, 0);
  });
});

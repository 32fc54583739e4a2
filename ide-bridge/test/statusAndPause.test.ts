import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { languageName } from '../src/counting/languages';
import { formatDuration, nextLocalMidnight } from '../src/ui/clock';
import { PauseState } from '../src/ui/pauseState';
import { statusText } from '../src/ui/statusBar';

const memory = () => {
  const m = new Map<string, unknown>();
  return { get: <T>(k: string) => m.get(k) as T, update: async (k: string, v: unknown) => void m.set(k, v) };
};

describe('status bar text', () => {
  const base = { enabled: true, online: true, queued: 0, now: 0 };
  it('shows today\'s coding time', () => {
    assert.equal(statusText({ ...base, todaySeconds: 3 * 3600 + 12 * 60 + 59 }).text, '$(clock) 3h 12m');
    assert.equal(statusText({ ...base, todaySeconds: 59 }).text, '$(clock) 0m');
  });
  it('says when the agent is offline and how many events wait', () => {
    const s = statusText({ ...base, online: false, queued: 12, problem: 'agent not running (no /x/agent.json)' });
    assert.equal(s.text, '$(warning) CodeHabit: agent offline');
    assert.match(s.tooltip, /agent not running.*12 events wait on disk/);
  });
  it('shows pause and focus states', () => {
    assert.match(statusText({ ...base, pausedUntil: Date.now() + 1000 }).text, /paused/);
    assert.equal(statusText({ ...base, todaySeconds: 600, focusUntil: 25 * 60_000, now: 0 }).text, '$(clock) 10m $(target) 25m');
    assert.equal(statusText({ ...base, todaySeconds: 600, focusUntil: 1000, now: 2000 }).text, '$(clock) 10m', 'an ended focus session is not shown');
  });
});

describe('pause', () => {
  it('pauses for a while and ends by itself', async () => {
    let now = 1_000_000;
    const p = new PauseState(memory(), () => now);
    await p.pauseFor(15 * 60_000);
    assert.ok(p.isPaused());
    now += 15 * 60_000;
    assert.ok(!p.isPaused());
  });
  it('pauses until local midnight, and resumes on demand', async () => {
    const now = new Date(2026, 10, 23, 22, 30).getTime();
    const p = new PauseState(memory(), () => now);
    await p.pauseUntilTomorrow();
    assert.equal(p.pausedUntil(), new Date(2026, 10, 24, 0, 0).getTime());
    await p.resume();
    assert.ok(!p.isPaused());
  });
});

describe('small helpers', () => {
  it('formats durations', () => {
    assert.equal(formatDuration(0), '0m');
    assert.equal(formatDuration(3600), '1h 0m');
  });
  it('finds the next local midnight', () => {
    assert.equal(nextLocalMidnight(new Date(2026, 0, 31, 23, 59).getTime()), new Date(2026, 1, 1).getTime());
  });
  it('maps language ids to display names', () => {
    assert.equal(languageName('typescriptreact'), 'TypeScript');
    assert.equal(languageName('shellscript'), 'Bash');
    assert.equal(languageName('cpp'), 'C++');
    assert.equal(languageName('gleam'), 'Gleam');
  });
});

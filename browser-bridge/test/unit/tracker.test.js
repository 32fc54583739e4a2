import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { BEAT_SECONDS, MAX_GAP_SECONDS, closeSpan, initialTrackerState, observe, step } from '../../src/lib/tracker.js';
import { agentSeconds, fakeChrome, spanSeconds } from './fake-chrome.js';

const IDLE = 60;
const T0 = 1_800_000_000;

/** Runs observations at given times through the state machine; returns all heartbeats. */
function run(script, state = initialTrackerState()) {
  const beats = [];
  for (const [time, observation] of script) {
    const next = step(state, observation, T0 + time, IDLE, 'test');
    state = next.state;
    beats.push(...next.beats.map((item) => item.body));
  }
  return { beats, state };
}

const on = (domain) => ({ domain });

describe('observe (polling, not events)', () => {
  it('reports the active tab domain of a focused window, never the URL or title', async () => {
    const chrome = fakeChrome();
    assert.deepEqual(await observe(chrome, IDLE), { domain: 'github.com' });
  });

  it('reports blur when another application has focus although no onFocusChanged arrived', async () => {
    const chrome = fakeChrome();
    chrome.world.window.focused = false;
    assert.deepEqual(await observe(chrome, IDLE), { away: 'blur' });
  });

  it('never looks into incognito windows', async () => {
    const chrome = fakeChrome();
    chrome.world.window.incognito = true;
    assert.deepEqual(await observe(chrome, IDLE), { away: 'blur' });
  });

  it('treats a locked screen and idleness as away', async () => {
    const chrome = fakeChrome();
    chrome.world.idle = 'locked';
    assert.deepEqual(await observe(chrome, IDLE), { away: 'locked' });
    chrome.world.idle = 'idle';
    assert.deepEqual(await observe(chrome, IDLE), { away: 'idle' });
  });

  it('reports a tab playing sound as audible unless it is muted; sound counts as presence only when enabled', async () => {
    const chrome = fakeChrome();
    Object.assign(chrome.world.tabs[0], { url: 'https://www.youtube.com/watch?v=x', audible: true });
    assert.deepEqual(await observe(chrome, IDLE, false), { domain: 'youtube.com', audible: true });
    assert.deepEqual(await observe(chrome, IDLE, true), { domain: 'youtube.com', audible: true, watching: true });
    chrome.world.tabs[0].mutedInfo = { muted: true };
    assert.deepEqual(await observe(chrome, IDLE, true), { domain: 'youtube.com' });
  });

  it('lets a tab playing sound outlast idleness, but not a locked screen or the exception switched off', async () => {
    const chrome = fakeChrome();
    Object.assign(chrome.world.tabs[0], { url: 'https://www.youtube.com/watch?v=x', audible: true });
    chrome.world.idle = 'idle';
    assert.deepEqual(await observe(chrome, IDLE, true), { domain: 'youtube.com', audible: true, watching: true });
    assert.deepEqual(await observe(chrome, IDLE, false), { away: 'idle' });
    chrome.world.idle = 'locked';
    assert.deepEqual(await observe(chrome, IDLE, true), { away: 'locked' });
  });

  it('does not track browser pages or a browser without windows', async () => {
    const chrome = fakeChrome();
    chrome.world.tabs[0].url = 'chrome://newtab/';
    assert.deepEqual(await observe(chrome, IDLE), { away: 'blur' });
    chrome.world.window = null;
    assert.deepEqual(await observe(chrome, IDLE), { away: 'blur' });
  });
});

describe('step (the span state machine)', () => {
  it('starts a span with a focus heartbeat that carries only the domain', () => {
    const { beats } = run([[0, on('github.com')]]);
    assert.deepEqual(beats, [{
      entity: 'github.com', type: 'domain', category: 'browsing', time: T0, source: 'browser', signal: 'focus', user_agent: 'test',
    }]);
  });

  it('keeps the span alive with beats stamped idleSeconds back, never ahead of what input proves', () => {
    const script = [];
    for (let t = 0; t <= 200; t += 5) script.push([t, on('github.com')]);
    const { beats } = run(script);
    const plain = beats.filter((b) => !b.signal);
    assert.ok(plain.length >= 3, 'a beat about every 30 s after the first idle interval');
    for (const b of plain) assert.ok(b.time <= T0 + 200 - IDLE);
    for (let i = 1; i < plain.length; i++) assert.ok(plain[i].time - plain[i - 1].time >= BEAT_SECONDS);
  });

  it('ends the span at the switch and starts the next domain at the same instant', () => {
    const { beats } = run([[0, on('github.com')], [5, on('github.com')], [10, on('youtube.com')], [20, { away: 'blur' }]]);
    assert.deepEqual(beats.map((b) => [b.entity, b.time - T0, b.signal]), [
      ['github.com', 0, 'focus'], ['github.com', 10, 'blur'], ['youtube.com', 10, 'focus'], ['youtube.com', 20, 'blur'],
    ]);
    assert.deepEqual(spanSeconds(beats), { 'github.com': 10, 'youtube.com': 10 });
  });

  it('ends an idle span when the user stopped, idleSeconds before idle was seen', () => {
    const script = [];
    for (let t = 0; t <= 300; t += 5) script.push([t, on('docs.python.org')]);
    script.push([305, { away: 'idle' }]);
    const { beats } = run(script);
    const last = beats.at(-1);
    assert.equal(last.signal, 'idle');
    assert.equal(last.time, T0 + 305 - IDLE);
    assert.deepEqual(spanSeconds(beats), { 'docs.python.org': 305 - IDLE });
    assert.deepEqual(agentSeconds(beats, 60), { 'docs.python.org': 305 - IDLE });
    for (let i = 1; i < beats.length; i++) assert.ok(beats[i].time - beats[i - 1].time <= BEAT_SECONDS);
  });

  it('ends a span at the last tick when the screen locks', () => {
    const { beats } = run([[0, on('github.com')], [5, on('github.com')], [10, { away: 'locked' }]]);
    assert.deepEqual(beats.at(-1), { ...beats.at(-1), signal: 'idle', time: T0 + 5 });
  });

  it('never counts time before a span started, even if idle is seen at once', () => {
    const { beats } = run([[0, on('github.com')], [5, { away: 'idle' }]]);
    const counted = spanSeconds(beats)['github.com'];
    assert.ok(counted >= 0 && counted <= 0.0011, `at most the 1 ms that keeps the end after the start, got ${counted}`);
  });

  it('closes a span at the last proven moment after the worker or machine slept', () => {
    const { beats, state } = run([[0, on('github.com')], [100, on('github.com')], [100 + MAX_GAP_SECONDS + 60, on('github.com')]]);
    const [focus, , sleepEnd, refocus] = beats;
    assert.equal(focus.signal, 'focus');
    assert.equal(sleepEnd.signal, 'idle');
    assert.equal(sleepEnd.time, T0 + 100 - IDLE);
    assert.equal(refocus.signal, 'focus');
    assert.equal(state.span.start, T0 + 100 + MAX_GAP_SECONDS + 60);
  });

  it('carries tab switches on the next heartbeat only', () => {
    let { state } = run([[0, on('github.com')]]);
    state = { ...state, switches: 3 };
    const { beats } = run([[5, on('youtube.com')], [10, on('youtube.com')], [15, on('github.com')]], state);
    assert.equal(beats[0].tab_switches, 3);
    assert.equal(beats.slice(1).reduce((n, b) => n + (b.tab_switches ?? 0), 0), 0);
  });

  it('keeps every heartbeat in time order through any mix of events', () => {
    const observations = [on('a.com'), on('b.com'), { away: 'idle' }, { away: 'blur' }, { away: 'locked' }, on('a.com'),
      { domain: 'a.com', audible: true, watching: true }, { domain: 'b.com', audible: true }];
    let seed = 7;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const script = [];
    let t = 0;
    for (let i = 0; i < 500; i++) {
      t += 1 + Math.floor(random() * 40);
      script.push([t, observations[Math.floor(random() * observations.length)]]);
    }
    const { beats } = run(script);
    for (let i = 1; i < beats.length; i++) assert.ok(beats[i].time >= beats[i - 1].time, `heartbeat ${i} went back in time`);
    const counted = Object.values(spanSeconds(beats)).reduce((a, b) => a + b, 0);
    assert.ok(counted <= t, 'never more time than passed');
    const joined = agentSeconds(beats, 60); // the agent's shortest allowed keystroke timeout
    for (const [domain, seconds] of Object.entries(spanSeconds(beats))) {
      assert.ok(Math.abs((joined[domain] ?? 0) - seconds) < 0.01, `${domain}: agent ${joined[domain]} vs spans ${seconds}`);
    }
  });

  it('closeSpan ends an open span once and is a no-op without one', () => {
    const { state } = run([[0, on('github.com')], [100, on('github.com')]]);
    const closed = closeSpan(state, IDLE, 'test');
    assert.equal(closed.beats.length, 1);
    assert.equal(closed.beats[0].body.signal, 'idle');
    assert.equal(closed.beats[0].body.time, T0 + 100 - IDLE);
    assert.deepEqual(closeSpan(closed.state, IDLE, 'test').beats, []);
  });
});

describe('step with sound (watching a video keeps you active)', () => {
  const watching = (domain) => ({ domain, audible: true, watching: true });

  it('keeps the span through idleness while the tab plays, every beat flagged audible and stamped up to now', () => {
    const script = [];
    for (let t = 0; t <= 600; t += 5) script.push([t, watching('youtube.com')]);
    const { beats } = run(script);
    assert.equal(beats.filter((b) => b.signal && b.signal !== 'focus').length, 0, 'no idle end while the sound plays');
    assert.ok(beats.every((b) => b.audible === true));
    assert.ok(beats.at(-1).time >= T0 + 600 - BEAT_SECONDS, 'proven up to the tick that heard the sound');
    for (let i = 1; i < beats.length; i++) assert.equal(beats[i].time - beats[i - 1].time, BEAT_SECONDS);
  });

  it('ends 1 ms after the last tick that heard sound, marked by a beat flagged audible', () => {
    const script = [];
    for (let t = 0; t <= 302; t += 5) script.push([t, watching('youtube.com')]);
    script.push([305, { away: 'idle' }]); // the video ended while nobody touched anything
    const { beats } = run(script);
    const [lastAudible, end] = beats.slice(-2);
    assert.deepEqual([lastAudible.time, lastAudible.audible, lastAudible.signal], [T0 + 300, true, undefined]);
    assert.deepEqual([end.time, end.audible, end.signal], [T0 + 300.001, undefined, 'idle']);
    assert.ok(Math.abs(spanSeconds(beats)['youtube.com'] - 300.001) < 1e-6);
    assert.ok(Math.abs(agentSeconds(beats, 60)['youtube.com'] - 300.001) < 1e-6);
  });

  it('goes back to idle-interval proof when the sound stops while the user is active, in time order', () => {
    const script = [];
    for (let t = 0; t <= 100; t += 5) script.push([t, watching('youtube.com')]);
    for (let t = 105; t <= 400; t += 5) script.push([t, on('youtube.com')]);
    script.push([405, { away: 'idle' }]);
    const { beats } = run(script);
    for (let i = 1; i < beats.length; i++) assert.ok(beats[i].time > beats[i - 1].time);
    assert.ok(beats.some((b) => b.time === T0 + 100 && b.audible), 'the last tick that heard sound');
    assert.equal(beats.at(-1).time, T0 + 405 - IDLE);
    assert.ok(beats.filter((b) => b.time > T0 + 100).every((b) => !b.audible));
  });

  it('flags only beats after the last tick that heard no sound when a video starts', () => {
    const script = [];
    for (let t = 0; t <= 200; t += 5) script.push([t, on('youtube.com')]); // active, no sound: beats stop at t - 60
    script.push([205, watching('youtube.com')]); // the sound starts between the ticks at 200 and 205
    const { beats } = run(script);
    const after = beats.filter((b) => b.time > T0 + 140);
    assert.ok(after.length >= 2, 'the gap since the last proven beat is filled');
    for (const b of after) assert.equal(Boolean(b.audible), b.time > T0 + 200, `beat at +${b.time - T0}`);
    for (let i = 1; i < beats.length; i++) assert.ok(beats[i].time > beats[i - 1].time);
  });

  it('reports sound without letting it keep the span when the exception is off', () => {
    const script = [];
    for (let t = 0; t <= 300; t += 5) script.push([t, { domain: 'youtube.com', audible: true }]);
    script.push([305, { away: 'idle' }]);
    const { beats } = run(script);
    assert.equal(beats.at(-1).signal, 'idle');
    assert.equal(beats.at(-1).time, T0 + 305 - IDLE);
    assert.ok(beats.slice(0, -1).every((b) => b.audible === true));
  });

  it('ends a watched span after the worker slept at the last tick that heard sound', () => {
    const { beats } = run([[0, watching('youtube.com')], [50, watching('youtube.com')], [50 + MAX_GAP_SECONDS + 10, on('github.com')]]);
    const end = beats.find((b) => b.signal === 'idle');
    assert.equal(end.time, T0 + 50.001);
    assert.ok(beats.some((b) => b.time === T0 + 50 && b.audible));
  });
});

describe('a span that ends on the tick after it began', () => {
  for (const away of ['idle', 'locked', 'blur']) {
    it(`ends strictly after its focus heartbeat (${away}), so the agent cannot take it for a duplicate`, () => {
      const { beats } = run([[0, on('github.com')], [5, { away }]]);
      assert.equal(beats.length, 2);
      const [focus, closing] = beats;
      assert.equal(focus.signal, 'focus');
      assert.ok(['idle', 'blur'].includes(closing.signal));
      assert.ok(closing.time > focus.time, `${closing.time} > ${focus.time}`);
      // the agent's de-duplication key (time, entity, source) must differ
      assert.notEqual(`${closing.time}|${closing.entity}|${closing.source}`, `${focus.time}|${focus.entity}|${focus.source}`);
    });
  }
});

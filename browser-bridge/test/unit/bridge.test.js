import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createBridge } from '../../src/lib/bridge.js';
import { fakeAgent, fakeChrome, manualClock, spanSeconds } from './fake-chrome.js';

const noInterval = () => {};

function sentHeartbeats(agent) {
  return agent.requests.filter((r) => r.path.endsWith('/heartbeats.bulk') && r.status === 202).flatMap((r) => r.body);
}

function worker(chrome, agent, clock) {
  const bridge = createBridge({ chrome, fetchFn: agent.fetchFn, clock, userAgent: 'Mozilla/5.0 (X11; Linux x86_64) Chrome/156' });
  return bridge;
}

async function consentedAndPaired(chrome) {
  await chrome.storage.local.set({ consent: { given: true, at: 0 }, pairing: { status: 'paired', token: 't' } });
}

/** A started worker in a browser where the user agreed and paired, with its agent and clock. */
async function pairedWorker(agentHandler) {
  const chrome = fakeChrome();
  await consentedAndPaired(chrome);
  const agent = fakeAgent(agentHandler);
  const clock = manualClock();
  const bridge = worker(chrome, agent, clock);
  await bridge.start({ setInterval: noInterval });
  return { chrome, agent, clock, bridge };
}

describe('bridge (service worker wiring over a faked chrome.*)', () => {
  it('records nothing before consent', async () => {
    const chrome = fakeChrome();
    const agent = fakeAgent();
    const bridge = worker(chrome, agent, manualClock());
    await bridge.start({ setInterval: noInterval });
    await bridge.tick();
    assert.equal(chrome.storage.local.data.queue, undefined);
    assert.equal(sentHeartbeats(agent).length, 0);
  });

  it('opens the consent page on install', async () => {
    const chrome = fakeChrome();
    worker(chrome, fakeAgent(), manualClock()).start({ setInterval: noInterval });
    await chrome.runtime.onInstalled.fire({ reason: 'install' });
    assert.deepEqual(chrome.world.created, [{ url: 'chrome-extension://abcdefgh/pages/consent.html' }]);
  });

  it('loses no time and counts none twice when the worker is killed and restarted', async () => {
    const { chrome, agent, clock, bridge: first } = await pairedWorker();
    for (let i = 0; i < 20; i++) {
      clock.advance(5);
      await first.tick();
    }
    // Chrome stops the worker; the alarm starts a fresh one 30 s later on the same storage.
    clock.advance(30);
    const second = worker(chrome, agent, clock);
    await second.start({ setInterval: noInterval });
    for (let i = 0; i < 20; i++) {
      clock.advance(5);
      await second.tick();
    }
    chrome.world.window.focused = false; // another application took focus
    await second.tick();
    const beats = sentHeartbeats(agent);
    assert.equal(beats.filter((b) => b.signal === 'focus').length, 1, 'one span, not restarted');
    assert.deepEqual(spanSeconds(beats), { 'github.com': 230 });
    assert.equal(new Set(beats.map((b) => `${b.time}|${b.entity}|${b.signal}`)).size, beats.length);
  });

  it('closes the span of the previous browser session after a browser restart', async () => {
    const { chrome, agent, clock, bridge: before } = await pairedWorker();
    clock.advance(100);
    await before.tick();
    clock.advance(3600); // browser closed, reopened an hour later
    const restarted = fakeChrome({ local: chrome.storage.local }); // session storage starts empty
    const after = worker(restarted, agent, clock);
    await after.start({ setInterval: noInterval });
    await restarted.runtime.onStartup.fire();
    const beats = sentHeartbeats(agent);
    const focuses = beats.filter((b) => b.signal === 'focus');
    assert.equal(focuses.length, 2);
    assert.equal(spanSeconds(beats.filter((b) => b.time < focuses[1].time))['github.com'], 40, '100 s minus the 60 s idle proof');
  });

  it('counts tab switches of normal windows and sends them with the next heartbeat', async () => {
    const { chrome, agent, clock, bridge } = await pairedWorker();
    chrome.world.tabs = [{ id: 11, windowId: 1, active: true, url: 'https://www.youtube.com/watch?v=x' }];
    clock.advance(5);
    await chrome.tabs.onActivated.fire({ tabId: 11, windowId: 1 });
    await bridge.tick();
    const beats = sentHeartbeats(agent);
    assert.deepEqual(beats.slice(-2).map((b) => [b.entity, b.signal, b.tab_switches ?? 0]), [
      ['github.com', 'blur', 1], ['youtube.com', 'focus', 0],
    ]);
  });

  it('queues while the agent is down and delivers everything once, in order, when it is back', async () => {
    const { chrome, agent, clock, bridge } = await pairedWorker(() => ({ networkError: true }));
    const domains = ['github.com', 'youtube.com', 'news.ycombinator.com'];
    for (let i = 0; i < 60; i++) {
      clock.advance(5);
      chrome.world.tabs[0].url = `https://${domains[Math.floor(i / 20)]}/`;
      await bridge.tick();
    }
    assert.ok(chrome.storage.local.data.queue.items.length >= 6);
    agent.handler = undefined;
    clock.advance(600);
    chrome.world.idle = 'locked';
    await bridge.tick();
    await bridge.tick();
    const beats = sentHeartbeats(agent);
    assert.deepEqual(chrome.storage.local.data.queue.items, []);
    for (let i = 1; i < beats.length; i++) assert.ok(beats[i].time >= beats[i - 1].time);
    assert.equal(new Set(beats.map((b) => `${b.time}|${b.entity}|${b.signal}`)).size, beats.length);
    assert.deepEqual(Object.keys(spanSeconds(beats)).sort(), ['github.com', 'news.ycombinator.com', 'youtube.com']);
  });

  it('ends the span when consent is withdrawn and then records nothing', async () => {
    const { chrome, agent, clock, bridge } = await pairedWorker();
    clock.advance(120);
    await bridge.tick();
    await chrome.storage.local.set({ consent: { given: false, at: 1 } });
    clock.advance(5);
    await bridge.tick();
    const count = sentHeartbeats(agent).length;
    clock.advance(300);
    await bridge.tick();
    assert.equal(sentHeartbeats(agent).at(-1).signal, 'idle');
    assert.equal(sentHeartbeats(agent).length, count);
  });

  const PAGE = 'chrome-extension://abcdefgh/pages/blocked.html';
  const blockingSession = () => ({
    active: true,
    ends_at: new Date(Date.UTC(2026, 10, 23, 10, 0, 0)).toISOString(),
    block_rules: [
      { type: 'domain', pattern: 'youtube.com', reason: 'Video' },
      { type: 'regex', pattern: '[^/?#:@]+\\.gov', reason: 'Government' },
    ],
  });
  const send = (chrome, message, sender) => new Promise((resolve) => chrome.runtime.onMessage.listeners[0](message, sender, resolve));
  const attempts = (agent) => agent.requests.filter((r) => r.path.endsWith('/focus/attempts')).map((r) => r.body.domain);

  it('reports a blocked attempt with the real host, from our blocked page in a tab', async () => {
    const { chrome, agent, clock } = await pairedWorker((r) => (r.path.endsWith('/focus') ? { status: 200, json: blockingSession() } : undefined));
    await chrome.storage.local.set({ focus: blockingSession() });
    const reply = await send(chrome, { type: 'blocked-attempt', domain: 'ignored.example' },
      { id: 'abcdefgh', frameId: 0, url: `${PAGE}?host=www.usa.gov&rule=%5B%5E%2F%3F%23%3A%40%5D%2B%5C.gov&reason=Government` });
    assert.deepEqual(reply, { ok: true });
    const attempt = agent.requests.find((r) => r.path.endsWith('/focus/attempts'));
    assert.deepEqual(attempt.body, { domain: 'www.usa.gov', time: clock() / 1000 });
    assert.equal(chrome.storage.local.data.attempts.count, 1);
  });

  it('ignores blocked-attempt messages that do not come from a blocked navigation', async () => {
    const { chrome, agent } = await pairedWorker((r) => (r.path.endsWith('/focus') ? { status: 200, json: blockingSession() } : undefined));
    await chrome.storage.local.set({ focus: blockingSession() });
    const good = `${PAGE}?host=youtube.com&rule=youtube.com&reason=Video`;
    const ours = { id: 'abcdefgh', frameId: 0 };
    for (const sender of [
      { ...ours, frameId: 3, url: good }, // framed inside some site
      { ...ours, url: 'https://evil.example/pages/blocked.html?host=youtube.com' },
      { ...ours, url: 'chrome-extension://abcdefgh/pages/popup.html?host=youtube.com' },
      { ...ours, url: `${PAGE}?host=github.com&rule=youtube.com` }, // a host the session does not block
      { ...ours, url: `${PAGE}?rule=youtube.com` },
      { ...ours, id: 'another-extension', url: good },
      {},
    ]) {
      const reply = await send(chrome, { type: 'blocked-attempt', domain: 'youtube.com' }, sender);
      assert.equal(reply.ok, false, JSON.stringify(sender));
    }
    await chrome.storage.local.set({ focus: { active: false } });
    assert.equal((await send(chrome, { type: 'blocked-attempt' }, { ...ours, url: good })).ok, false, 'no running session');
    assert.deepEqual(attempts(agent), []);
    assert.equal(chrome.storage.local.data.attempts, undefined);
  });

  const trackingSettings = (audibleKeepsActive) => (r) => (r.path.endsWith('/settings/tracking')
    ? { status: 200, json: { audible_keeps_active: audibleKeepsActive } } : undefined);

  /** The user starts a video, stops touching anything after 30 s, and the video ends at 300 s. */
  async function watchAVideo({ chrome, clock, bridge }) {
    Object.assign(chrome.world.tabs[0], { url: 'https://www.youtube.com/watch?v=x', audible: true });
    for (let t = 5; t <= 400; t += 5) {
      clock.advance(5);
      if (t === 90) chrome.world.idle = 'idle'; // chrome.idle: no input for 60 s
      if (t === 305) chrome.world.tabs[0].audible = false;
      await bridge.tick();
    }
  }

  it('sends audible: true while the focused tab plays sound, and does not go idle until it stops', async () => {
    const worker = await pairedWorker(trackingSettings(true));
    const start = worker.clock() / 1000;
    await worker.bridge.tick();
    await watchAVideo(worker);
    const beats = sentHeartbeats(worker.agent).filter((b) => b.entity === 'youtube.com');
    const ends = beats.filter((b) => b.signal === 'idle' || b.signal === 'blur');
    assert.equal(ends.length, 1, 'one end, after the sound stopped');
    assert.ok(Math.abs(ends[0].time - (start + 300.001)) < 1e-6, `ends at the last tick with sound, got ${ends[0].time - start}`);
    assert.ok(beats.filter((b) => b.time <= start + 300).every((b) => b.audible === true));
    assert.ok(beats.every((b) => b.audible === true || !('audible' in b)), 'audible is never sent as false');
    assert.ok(worker.agent.requests.some((r) => r.path === '/api/v1/settings/tracking'));
  });

  it('follows the agent when it switches the exception off: chrome.idle ends the span as before', async () => {
    const worker = await pairedWorker(trackingSettings(false));
    const start = worker.clock() / 1000;
    await worker.bridge.tick(); // learns the setting from the agent
    await watchAVideo(worker);
    const beats = sentHeartbeats(worker.agent).filter((b) => b.entity === 'youtube.com');
    const end = beats.find((b) => b.signal === 'idle');
    assert.equal(end.time, start + 90 - 60, 'at the last input chrome.idle proves');
    assert.ok(beats.filter((b) => !b.signal).every((b) => b.audible === true), 'the sound is still reported');
    assert.deepEqual(worker.chrome.storage.local.data.agentSettings, { audibleKeepsActive: false });
  });

  it('treats an agent without the settings endpoint as one without the exception', async () => {
    const worker = await pairedWorker((r) => (r.path.endsWith('/settings/tracking') ? { status: 404, json: { error: 'No such endpoint' } } : undefined));
    assert.deepEqual(await worker.bridge.agentSettings.current(), { audibleKeepsActive: false });
  });

  it('keeps tracking while the agent hangs, with at most one request in flight', async () => {
    const { chrome, agent, clock, bridge } = await pairedWorker();
    const hung = [];
    agent.handler = () => new Promise((resolve) => hung.push(resolve));
    const settle = () => new Promise((resolve) => setTimeout(resolve, 10));
    const ticks = [];
    for (let i = 0; i < 6; i++) {
      clock.advance(5);
      chrome.world.tabs[0].url = i < 3 ? 'https://github.com/' : 'https://docs.rs/';
      ticks.push(bridge.tick());
      await settle();
      assert.equal(chrome.storage.local.data.tracker.lastTick, clock() / 1000, `tick ${i} tracked although the agent hangs`);
    }
    assert.equal(chrome.storage.local.data.tracker.span.domain, 'docs.rs');
    assert.equal(hung.length, 1, 'one request in flight, the other ticks coalesced');
    while (hung.length) {
      hung.shift()({ status: 200, json: { active: false } });
      await settle();
    }
    await Promise.all(ticks);
    assert.ok(agent.requests.length <= 4 + 4, `one run and one pending run of focus poll+settings poll+flush, got ${agent.requests.length}`);
  });
});

import { createAgentClient } from './agent-client.js';
import { createAgentSettings } from './agent-settings.js';
import { browserKind, clientName } from './browser-info.js';
import { BLOCKED_PAGE, createFocusMode, matchingRule } from './focus-mode.js';
import { createPairing } from './pairing.js';
import { appendItems, emptyQueue } from './queue.js';
import { createSender } from './sender.js';
import { withDefaults } from './settings.js';
import { createStore } from './store.js';
import { closeSpan, initialTrackerState, observe, step } from './tracker.js';

export const TICK_MS = 5000;
export const ALARM = 'codehabit-tick';
const VERSION = '0.1.0';

/**
 * The service worker's wiring. Every piece of state lives in chrome.storage.local, so a worker that
 * Chrome stopped and started again continues where the old one was; the 5 s interval keeps a live
 * worker ticking (each tick calls extension APIs, which keeps it alive) and a 30 s alarm wakes a
 * stopped one.
 */
export function createBridge({ chrome, fetchFn, clock = () => Date.now(), userAgent = '' }) {
  const store = createStore(chrome.storage.local);
  const client = createAgentClient({ storage: store, fetchFn });
  const sender = createSender({ store, client, clock });
  const pairing = createPairing({ store, client, clientKind: browserKind(userAgent), clientName: clientName(userAgent) });
  const focusMode = createFocusMode({ chrome, store, client, clock });
  const agentSettings = createAgentSettings({ store, client });
  const heartbeatAgent = `codehabit-browser/${VERSION} ${browserKind(userAgent)}`;
  const trackStep = coalesced(track);
  const networkStep = coalesced(talkToAgent);

  async function settings() {
    return withDefaults((await store.get(['settings'])).settings);
  }

  async function track() {
    const [{ consent, tracker }, current] = await Promise.all([store.get(['consent', 'tracker']), settings()]);
    if (!consent?.given) {
      if (tracker?.span) await endSpan(); // consent withdrawn mid-span: close it, then stop
      return;
    }
    await closeSpanOfEarlierBrowserSession();
    const observation = await observe(chrome, current.idleSeconds, (await agentSettings.current()).audibleKeepsActive);
    await store.update(['tracker', 'queue'], ({ tracker, queue }) => {
      const { state, beats } = step(tracker ?? initialTrackerState(), observation, clock() / 1000, current.idleSeconds, heartbeatAgent);
      return { tracker: state, queue: beats.length ? appendItems(queue, beats) : (queue ?? emptyQueue()) };
    });
  }

  async function talkToAgent() {
    await pairing.poll();
    await focusMode.poll();
    await agentSettings.poll();
    await sender.flush();
    await updateBadge();
  }

  /**
   * Tracking and talking to the agent run apart: a slow or hung agent (each request times out after
   * 5 s) must not stop the tracker from seeing what the user does. Each of the two runs at most once
   * at a time with at most one more waiting, however many ticks and events arrive meanwhile.
   */
  function tick() {
    const tracked = trackStep().catch((error) => console.warn('CodeHabit tracking failed', error));
    return tracked.then(() => networkStep()).catch((error) => console.warn('CodeHabit agent sync failed', error));
  }

  async function endSpan() {
    const current = await settings();
    await store.update(['tracker', 'queue'], ({ tracker, queue }) => {
      const { state, beats } = closeSpan(tracker ?? initialTrackerState(), current.idleSeconds, heartbeatAgent);
      return { tracker: state, queue: appendItems(queue, beats) };
    });
  }

  /**
   * chrome.storage.session is empty after the browser restarts (not after a worker restart): a span
   * still open in storage.local then belongs to the previous browser session and ends where it was
   * last proven, instead of running on through the time the browser was closed.
   */
  async function closeSpanOfEarlierBrowserSession() {
    const { browserSession } = await chrome.storage.session.get(['browserSession']);
    if (browserSession) return;
    await endSpan();
    await chrome.storage.session.set({ browserSession: { startedAt: clock() } });
  }

  async function countTabSwitch(activeInfo) {
    const { consent } = await store.get(['consent']);
    if (!consent?.given) return;
    const win = await chrome.windows.get(activeInfo.windowId).catch(() => null);
    if (!win || win.incognito) return;
    await store.update(['tracker'], ({ tracker }) => {
      const state = tracker ?? initialTrackerState();
      return { tracker: { ...state, switches: (state.switches ?? 0) + 1 } };
    });
  }

  /**
   * The host a blocked-attempt message may count: only from our own blocked page as a tab's top
   * frame (not framed by a site, not any other page), for a host the running session really blocks.
   * The host comes from the URL Chrome reports for the sender, not from the message.
   */
  async function blockedHostOf(sender) {
    // By path, not by full URL: with use_dynamic_url the page's origin may carry the per-session id.
    const url = typeof sender?.url === 'string' && URL.canParse(sender.url) ? new URL(sender.url) : null;
    if (sender?.id !== chrome.runtime.id || sender.frameId !== 0 || url?.protocol !== 'chrome-extension:'
      || url.pathname !== BLOCKED_PAGE) return null;
    const host = url.searchParams.get('host');
    const { focus } = await store.get(['focus']);
    if (!host || !matchingRule(focus, `https://${host}/`, clock())) return null;
    return host;
  }

  async function updateBadge() {
    const { pairing: p, focus } = await store.get(['pairing', 'focus']);
    const text = !p?.token ? '!' : focus?.active ? 'ON' : '';
    await chrome.action?.setBadgeText?.({ text });
  }

  async function onMessage(message, sender) {
    switch (message?.type) {
      case 'blocked-attempt': {
        const host = await blockedHostOf(sender);
        if (!host) return { ok: false, error: 'not a blocked navigation' };
        await focusMode.recordAttempt(host);
        await tick();
        return { ok: true };
      }
      case 'pair-start':
        return pairing.start();
      case 'pair-poll':
        return pairing.poll();
      case 'settings-changed':
        chrome.idle.setDetectionInterval((await settings()).idleSeconds);
        await tick();
        return { ok: true };
      case 'tick':
        await tick();
        return { ok: true };
      default:
        return { ok: false, error: `unknown message ${message?.type}` };
    }
  }

  /** Registers every listener synchronously, as MV3 requires for events to wake the worker. */
  function start({ setInterval: every = globalThis.setInterval } = {}) {
    chrome.runtime.onInstalled.addListener(async (details) => {
      if (details.reason === 'install') await chrome.tabs.create({ url: chrome.runtime.getURL('pages/consent.html') });
    });
    chrome.runtime.onStartup.addListener(() => tick());
    chrome.alarms.onAlarm.addListener((alarm) => {
      if (alarm.name === ALARM) tick();
    });
    chrome.tabs.onActivated.addListener((info) => countTabSwitch(info).then(tick));
    chrome.tabs.onUpdated.addListener((_id, change, tab) => {
      if (tab.active && change.url) tick();
    });
    chrome.windows.onFocusChanged.addListener(() => tick()); // a hint only: see observe()
    chrome.idle.onStateChanged.addListener(() => tick());
    chrome.runtime.onMessage.addListener((message, sender, reply) => {
      onMessage(message, sender).then(reply, (error) => reply({ ok: false, error: String(error?.message ?? error) }));
      return true;
    });
    chrome.alarms.create(ALARM, { periodInMinutes: 0.5 });
    settings().then((current) => chrome.idle.setDetectionInterval(current.idleSeconds));
    every(tick, TICK_MS);
    return tick();
  }

  return { start, tick, endSpan, onMessage, store, sender, pairing, focusMode, agentSettings };
}

/** Runs `fn` at most once at a time; calls meanwhile share one more run after it. */
export function coalesced(fn) {
  let running = null;
  let pending = null;
  function run() {
    running = Promise.resolve().then(fn).finally(() => {
      running = null;
    });
    return running;
  }
  return function call() {
    if (!running) return run();
    pending ??= running.catch(() => {}).then(() => {
      pending = null;
      return run();
    });
    return pending;
  };
}

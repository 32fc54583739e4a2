import { domainOf } from './domain.js';
import { heartbeatItem } from './heartbeat.js';

/**
 * How the bridge turns what the browser shows into exact spans per domain.
 *
 * A span starts with a `focus` heartbeat and ends with a `blur` (browser lost focus, tab or domain
 * changed) or `idle` heartbeat. While it lasts, plain heartbeats BEAT_SECONDS apart keep it joined
 * for the agent and bound what a crash can lose. Those beats are stamped `idleSeconds` in the past:
 * "active" only proves input within the idle interval, and when idle is detected the span ends at
 * (now - idleSeconds); stamping beats the same way keeps every heartbeat of a span in time order.
 */
export const BEAT_SECONDS = 30;
/** A longer silence between ticks means the worker or the machine slept: the span ended back then. */
export const MAX_GAP_SECONDS = 120;

/** What the user is looking at right now, polled (window focus events are unreliable on Linux). */
export async function observe(chrome, idleSeconds) {
  let win;
  try {
    win = await chrome.windows.getLastFocused({ windowTypes: ['normal'] });
  } catch {
    return { away: 'blur' }; // no browser window at all
  }
  if (!win || !win.focused || win.incognito) return { away: 'blur' };
  const idle = await chrome.idle.queryState(idleSeconds);
  if (idle !== 'active') return { away: idle }; // 'idle' or 'locked'
  const [tab] = await chrome.tabs.query({ active: true, windowId: win.id });
  const domain = tab && !tab.incognito ? domainOf(tab.url) : null;
  return domain ? { domain } : { away: 'blur' };
}

export function initialTrackerState() {
  return { span: null, lastTick: null, switches: 0 };
}

/**
 * The state machine, pure: given the stored state, an observation and the clock (epoch seconds),
 * returns the next state and the heartbeats to queue.
 */
export function step(state, observation, now, idleSeconds, userAgent) {
  const beats = [];
  let span = state.span;
  let switches = state.switches ?? 0;
  const emit = (domain, time, signal) => {
    beats.push(heartbeatItem({ domain, time: round(time), signal, tabSwitches: switches, userAgent }));
    switches = 0;
  };
  // The agent joins heartbeats of a stream only while they are at most its keystroke timeout apart
  // (60 s or more), so every stretch of a span is covered by a heartbeat at least every BEAT_SECONDS.
  const fill = (until) => {
    for (let beat = span.lastBeat + BEAT_SECONDS; beat <= until; beat += BEAT_SECONDS) {
      emit(span.domain, beat, undefined);
      span = { ...span, lastBeat: round(beat) };
    }
  };
  const end = (time, signal) => {
    // Strictly after the last beat: a closing heartbeat at the same (time, entity, source) as the
    // span's focus heartbeat would be de-duplicated away by the agent, leaving the span open.
    const at = Math.max(round(time), round(span.lastBeat + 0.001));
    fill(at - 0.001);
    emit(span.domain, at, signal);
    span = null;
  };

  if (span && state.lastTick != null && now - state.lastTick > MAX_GAP_SECONDS) {
    // Nobody watched in between: count only what the last tick proved.
    end(state.lastTick - idleSeconds, 'idle');
  }

  if (observation.domain) {
    if (span && span.domain !== observation.domain) end(now, 'blur');
    if (!span) {
      emit(observation.domain, now, 'focus');
      span = { domain: observation.domain, start: round(now), lastBeat: round(now) };
    } else {
      fill(now - idleSeconds);
    }
  } else if (span) {
    if (observation.away === 'idle') end(now - idleSeconds, 'idle');
    else if (observation.away === 'locked') end(state.lastTick ?? now, 'idle');
    else end(now, 'blur');
  }

  return { state: { span, lastTick: now, switches }, beats };
}

/** Ends whatever span is open (browser restarted, consent withdrawn): the last tick is all we know. */
export function closeSpan(state, idleSeconds, userAgent) {
  if (!state.span) return { state: { ...state, span: null }, beats: [] };
  const at = state.lastTick ?? state.span.lastBeat;
  const { beats } = step({ ...state, lastTick: at }, { away: 'idle' }, at, idleSeconds, userAgent);
  return { state: { span: null, lastTick: state.lastTick, switches: 0 }, beats };
}

function round(time) {
  return Math.round(time * 1000) / 1000;
}

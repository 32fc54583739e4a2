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
 *
 * The one exception ("watching a video keeps you active", the agent's setting `audible_keeps_active`): a tab
 * playing sound proves presence up to the tick that heard it, so while it plays, beats are stamped up to `now`
 * and chrome.idle's idle does not end the span. When the sound stops, a last beat flagged audible marks the last
 * tick that heard it, and an end that follows comes no earlier than that.
 */
export const BEAT_SECONDS = 30;
/** A longer silence between ticks means the worker or the machine slept: the span ended back then. */
export const MAX_GAP_SECONDS = 120;

/**
 * What the user is looking at right now, polled (window focus events are unreliable on Linux).
 * `audible`: the tab plays sound and is not muted (sent on heartbeats); `watching`: that sound counts as
 * presence (`audibleKeepsActive`), which then also outlasts chrome.idle's idle (not a locked screen).
 */
export async function observe(chrome, idleSeconds, audibleKeepsActive = false) {
  let win;
  try {
    win = await chrome.windows.getLastFocused({ windowTypes: ['normal'] });
  } catch {
    return { away: 'blur' }; // no browser window at all
  }
  if (!win || !win.focused || win.incognito) return { away: 'blur' };
  const idle = await chrome.idle.queryState(idleSeconds);
  if (idle === 'locked') return { away: idle };
  const [tab] = await chrome.tabs.query({ active: true, windowId: win.id });
  const domain = tab && !tab.incognito ? domainOf(tab.url) : null;
  const audible = Boolean(domain && tab.audible && !tab.mutedInfo?.muted);
  const watching = audible && audibleKeepsActive;
  if (idle !== 'active' && !watching) return { away: idle };
  if (!domain) return { away: 'blur' };
  return watching ? { domain, audible, watching } : audible ? { domain, audible } : { domain };
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
  const emit = (domain, time, signal, audible) => {
    beats.push(heartbeatItem({ domain, time: round(time), signal, tabSwitches: switches, userAgent, audible }));
    switches = 0;
  };
  // The agent joins heartbeats of a stream only while they are at most its keystroke timeout apart
  // (60 s or more), so every stretch of a span is covered by a heartbeat at least every BEAT_SECONDS.
  const fill = (until, audible) => {
    for (let beat = span.lastBeat + BEAT_SECONDS; beat <= until; beat += BEAT_SECONDS) {
      emit(span.domain, beat, undefined, audible);
      span = { ...span, lastBeat: round(beat) };
    }
  };
  // The sound stopped (or the span ends): beats up to the last tick that heard it are audible, and one
  // at that tick tells the agent exactly where the sound-proven time ends.
  const soundEnded = () => {
    if (span.audibleAt == null) return;
    fill(span.audibleAt, true);
    if (span.audibleAt > span.lastBeat) {
      emit(span.domain, span.audibleAt, undefined, true);
      span = { ...span, lastBeat: span.audibleAt };
    }
    span = { ...span, audibleAt: null };
  };
  const end = (time, signal) => {
    soundEnded(); // so the end below comes after the last tick that heard sound
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
      emit(observation.domain, now, 'focus', observation.audible);
      span = { domain: observation.domain, start: round(now), lastBeat: round(now) };
    } else if (observation.watching) {
      // The sound proves presence up to this tick, and only since the last tick that did not hear it: beats up
      // to that one are not flagged, or the agent would keep time from before the sound began.
      if (span.audibleAt == null && state.lastTick != null) fill(state.lastTick, false);
      fill(now, true);
    } else {
      soundEnded();
      fill(now - idleSeconds, observation.audible);
    }
    if (span && observation.watching) span = { ...span, audibleAt: round(now) };
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

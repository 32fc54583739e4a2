/** Builds the queue items the agent understands (docs/api.md, "Heartbeats" and "Browser bridge"). */
export const SOURCE = 'browser';

/** Seconds with millisecond precision, so ids and the agent's (time, entity, source) key are stable. */
export function seconds(ms) {
  return Math.round(ms) / 1000;
}

export function heartbeatItem({ domain, time, signal, tabSwitches, userAgent, audible }) {
  const body = { entity: domain, type: 'domain', category: 'browsing', time, source: SOURCE };
  if (signal) body.signal = signal;
  if (tabSwitches) body.tab_switches = tabSwitches;
  if (audible) body.audible = true; // the focused tab plays sound, unmuted; never sent as false
  if (userAgent) body.user_agent = userAgent;
  return { id: `hb:${time}:${domain}:${signal ?? 'beat'}`, kind: 'heartbeat', body };
}

export function attemptItem({ domain, time }) {
  return { id: `at:${time}:${domain}`, kind: 'attempt', body: { domain, time } };
}

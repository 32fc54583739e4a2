// A faked chrome.* with just the surface the bridge uses, backed by plain objects. Storage
// round-trips through structuredClone like the real one, and can outlive a "worker" (a bridge
// instance) so tests can kill one and start another on the same data.

function event() {
  const listeners = [];
  return {
    addListener: (fn) => listeners.push(fn),
    fire: (...args) => Promise.all(listeners.map((fn) => fn(...args))),
    listeners,
  };
}

export function fakeStorageArea(initial = {}) {
  const data = structuredClone(initial);
  return {
    data,
    async get(keys) {
      const names = keys == null ? Object.keys(data) : Array.isArray(keys) ? keys : [keys];
      const out = {};
      for (const k of names) if (k in data) out[k] = structuredClone(data[k]);
      return out;
    },
    async set(values) {
      for (const [k, v] of Object.entries(values)) data[k] = structuredClone(v);
    },
  };
}

export function fakeChrome({ local = fakeStorageArea() } = {}) {
  const world = {
    window: { id: 1, focused: true, incognito: false },
    idle: 'active',
    tabs: [{ id: 10, windowId: 1, active: true, url: 'https://github.com/org/repo?secret=1', title: 'Secret title', incognito: false }],
    rules: [],
    updates: [],
    created: [],
    badge: '',
  };
  const chrome = {
    world,
    storage: { local, session: fakeStorageArea() },
    windows: {
      getLastFocused: async () => {
        if (!world.window) throw new Error('No last-focused window');
        return { ...world.window };
      },
      get: async (id) => (world.window && world.window.id === id ? { ...world.window } : { id, focused: false, incognito: false }),
      onFocusChanged: event(),
    },
    idle: {
      queryState: async () => world.idle,
      setDetectionInterval: (seconds) => {
        world.idleInterval = seconds;
      },
      onStateChanged: event(),
    },
    tabs: {
      query: async (filter) => world.tabs.filter((t) => (filter.active === undefined || t.active === filter.active)
        && (filter.windowId === undefined || t.windowId === filter.windowId)).map((t) => ({ ...t })),
      update: async (id, props) => {
        world.updates.push({ id, ...props });
        const tab = world.tabs.find((t) => t.id === id);
        if (tab && props.url) tab.url = props.url;
        return tab;
      },
      create: async (props) => {
        world.created.push(props);
      },
      onActivated: event(),
      onUpdated: event(),
    },
    declarativeNetRequest: {
      getDynamicRules: async () => structuredClone(world.rules),
      updateDynamicRules: async ({ removeRuleIds = [], addRules = [] }) => {
        if (addRules.some((r) => world.refuseRegex && r.condition.regexFilter)) throw new Error('regexFilter is not a valid RE2');
        world.rules = world.rules.filter((r) => !removeRuleIds.includes(r.id)).concat(structuredClone(addRules));
      },
    },
    alarms: { create: (name, info) => { world.alarm = { name, ...info }; }, onAlarm: event() },
    runtime: {
      id: 'abcdefgh',
      onInstalled: event(),
      onStartup: event(),
      onMessage: event(),
      getURL: (path) => `chrome-extension://abcdefgh/${path.replace(/^\//, '')}`,
    },
    action: { setBadgeText: async ({ text }) => { world.badge = text; } },
  };
  return chrome;
}

/**
 * A scripted agent for fetch: records requests and answers from a handler (default: accept all).
 * GET /health is answered by `agent.health` (default: a healthy agent) and recorded apart.
 */
export function fakeAgent(handler) {
  const requests = [];
  const healthChecks = [];
  const fetchFn = async (url, init = {}) => {
    const body = init.body ? JSON.parse(init.body) : undefined;
    const request = { url, method: init.method ?? 'GET', headers: init.headers ?? {}, body, path: new URL(url).pathname, signal: init.signal };
    // Health checks are the client's own business; tests about the API look at `requests`.
    const isHealth = request.path.endsWith('/health');
    (isHealth ? healthChecks : requests).push(request);
    const handle = (isHealth ? agent.health : agent.handler) ?? defaultHandler;
    const answer = (await handle(request)) ?? defaultHandler(request);
    request.status = answer.networkError ? 0 : answer.status;
    if (answer.networkError) throw new TypeError('Failed to fetch');
    return {
      status: answer.status,
      headers: { get: (name) => answer.headers?.[name] ?? null },
      json: async () => {
        if (answer.json === undefined) throw new SyntaxError('no body');
        return structuredClone(answer.json);
      },
    };
  };
  const agent = { requests, healthChecks, fetchFn, handler };
  return agent;
}

export function defaultHandler(request) {
  if (request.path.endsWith('/health')) return { status: 200, json: { status: 'ok', version: 'test' } };
  if (request.path.endsWith('/heartbeats.bulk')) {
    return { status: 202, json: { responses: request.body.map((hb) => [{ data: hb }, 201]) } };
  }
  if (request.path.endsWith('/focus') && request.method === 'GET') return { status: 200, json: { active: false } };
  return { status: 201, json: {} };
}

/** A clock tests move by hand (milliseconds). */
export function manualClock(startMs = Date.UTC(2026, 10, 23, 9, 0, 0)) {
  let now = startMs;
  const clock = () => now;
  clock.advance = (seconds) => {
    now += seconds * 1000;
  };
  clock.seconds = () => now / 1000;
  return clock;
}

/**
 * Adds up the seconds per domain that a span-aware agent would count from these heartbeats:
 * a span runs from its `focus` to the next blur/idle/focus of the stream, or to its last beat.
 */
export function spanSeconds(heartbeats) {
  const totals = {};
  let open = null;
  const close = (time) => {
    if (!open) return;
    totals[open.entity] = (totals[open.entity] ?? 0) + (time - open.start);
    open = null;
  };
  for (const hb of [...heartbeats].sort((a, b) => a.time - b.time)) {
    if (hb.signal === 'focus') {
      close(open ? open.last : hb.time);
      open = { entity: hb.entity, start: hb.time, last: hb.time };
    } else if (hb.signal === 'blur' || hb.signal === 'idle') {
      if (open && open.entity === hb.entity) close(hb.time);
      else close(open?.last);
    } else if (open && open.entity === hb.entity) {
      open.last = hb.time;
    }
  }
  close(open?.last);
  return totals;
}

/**
 * The agent's own duration rule (timeline/SpanRule): a heartbeat counts the gap to the next one of
 * its stream when that gap is within the keystroke timeout, unless it is itself an end signal.
 */
export function agentSeconds(heartbeats, timeoutSeconds) {
  const sorted = [...heartbeats].sort((a, b) => a.time - b.time);
  const totals = {};
  sorted.forEach((hb, i) => {
    const next = sorted[i + 1];
    const ends = hb.signal === 'blur' || hb.signal === 'idle';
    const gap = next ? next.time - hb.time : 0;
    if (!ends && next && gap <= timeoutSeconds) totals[hb.entity] = (totals[hb.entity] ?? 0) + gap;
  });
  return totals;
}

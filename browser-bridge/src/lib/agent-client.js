import { agentBase, withDefaults } from './settings.js';

/** A request the agent has not answered by then is treated like an unreachable agent (status 0). */
export const REQUEST_TIMEOUT_MS = 5000;

/**
 * Talks to the local agent. host_permissions cover 127.0.0.1, so this is a plain fetch without CORS.
 * Never throws for HTTP statuses; a network failure or a timeout comes back as status 0.
 *
 * The token only goes to a port where GET /api/v1/health answered {"status": "ok"}: another program
 * listening on the configured port (a dev server, a stale port setting) never sees it. The check is
 * remembered per base URL until a request to it fails at the network level.
 */
export function createAgentClient({ storage, fetchFn = (...args) => fetch(...args), timeoutMs = REQUEST_TIMEOUT_MS }) {
  let verifiedBase = null;

  async function config() {
    const { settings, pairing } = await storage.get(['settings', 'pairing']);
    return { base: agentBase(withDefaults(settings)), token: pairing?.token ?? null };
  }

  async function send(url, init) {
    let response;
    try {
      response = await fetchFn(url, { ...init, cache: 'no-store', signal: AbortSignal.timeout(timeoutMs) });
    } catch (error) {
      return { status: 0, json: null, error: String(error?.message ?? error), retryAfter: null };
    }
    let json = null;
    try {
      json = await response.json();
    } catch {
      json = null;
    }
    return { status: response.status, json, retryAfter: retryAfterSeconds(response.headers?.get?.('Retry-After')) };
  }

  async function isAgent(base) {
    if (verifiedBase === base) return true;
    const health = await send(`${base}/health`, { method: 'GET', headers: { Accept: 'application/json' } });
    if (health.status === 200 && health.json?.status === 'ok') {
      verifiedBase = base;
      return true;
    }
    return false;
  }

  async function request(method, path, body, { auth = true } = {}) {
    const { base, token } = await config();
    const headers = { Accept: 'application/json' };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    if (auth && token) {
      if (!(await isAgent(base))) {
        return { status: 0, json: null, error: `no CodeHabit agent answers at ${base}`, retryAfter: null };
      }
      headers.Authorization = `Bearer ${token}`;
    }
    const response = await send(`${base}${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (response.status === 0 && verifiedBase === base) verifiedBase = null; // check again next time
    return response;
  }

  return { request, config };
}

function retryAfterSeconds(value) {
  if (!value) return null;
  const n = Number(value);
  return Number.isFinite(n) && n >= 0 ? n : null;
}

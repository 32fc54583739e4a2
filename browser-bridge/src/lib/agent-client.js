import { agentBase, withDefaults } from './settings.js';

/**
 * Talks to the local agent. host_permissions cover 127.0.0.1, so this is a plain fetch without CORS.
 * Never throws for HTTP statuses; a network failure (agent not running) comes back as status 0.
 */
export function createAgentClient({ storage, fetchFn = (...args) => fetch(...args) }) {
  async function config() {
    const { settings, pairing } = await storage.get(['settings', 'pairing']);
    return { base: agentBase(withDefaults(settings)), token: pairing?.token ?? null };
  }

  async function request(method, path, body, { auth = true } = {}) {
    const { base, token } = await config();
    const headers = { Accept: 'application/json' };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    if (auth && token) headers.Authorization = `Bearer ${token}`;
    let response;
    try {
      response = await fetchFn(`${base}${path}`, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
        cache: 'no-store',
      });
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

  return { request, config };
}

function retryAfterSeconds(value) {
  if (!value) return null;
  const n = Number(value);
  return Number.isFinite(n) && n >= 0 ? n : null;
}

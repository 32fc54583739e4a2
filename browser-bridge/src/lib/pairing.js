/**
 * Pairing: the extension asks the agent for a token; the user approves on the desktop after
 * comparing the code the popup shows. Stored under `pairing` =
 * { status: 'unpaired'|'pending'|'paired'|'denied'|'expired'|'revoked', id, code, token, clientId }.
 */
export function createPairing({ store, client, clientKind, clientName }) {
  async function start() {
    const response = await client.request('POST', '/pairing', { client: clientKind, name: clientName }, { auth: false });
    if (response.status !== 202 || !response.json?.id) {
      const error = response.status === 0
        ? 'The CodeHabit agent is not running'
        : (response.json?.error ?? `The agent answered HTTP ${response.status}`);
      return { ok: false, error };
    }
    const pairing = { status: 'pending', id: response.json.id, code: response.json.code, token: null };
    await store.set({ pairing });
    return { ok: true, pairing };
  }

  /** Asks the agent about a pending request; stores the token the one time the agent hands it out. */
  async function poll() {
    const { pairing } = await store.get(['pairing']);
    if (pairing?.status !== 'pending') return pairing ?? { status: 'unpaired' };
    const response = await client.request('GET', `/pairing/${encodeURIComponent(pairing.id)}`, undefined, { auth: false });
    if (response.status === 0) return pairing;
    const status = response.status === 404 ? 'expired' : response.json?.status;
    if (status === 'approved' && response.json?.token) {
      const next = { status: 'paired', id: pairing.id, code: null, token: response.json.token, clientId: response.json.client_id ?? null };
      await store.update(['pairing', 'sender'], ({ sender }) => ({
        pairing: next,
        sender: { ...sender, backoffUntil: 0, delayMs: 0 },
      }));
      return next;
    }
    if (status === 'denied' || status === 'expired' || status === 'approved') {
      // 'approved' without a token: someone else already took it; this request is spent.
      const next = { status: status === 'approved' ? 'expired' : status, id: null, code: null, token: null };
      await store.set({ pairing: next });
      return next;
    }
    return pairing;
  }

  return { start, poll };
}

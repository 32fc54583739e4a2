import { nextBatch, removeIds } from './queue.js';

/**
 * Flushes the offline queue to the agent in order. Backs off exponentially on network errors,
 * 429 and 5xx (honouring Retry-After); on 401 forgets the token and marks the pairing as revoked
 * so the popup asks to pair again. Only what the agent itself rejects is dropped (it would be
 * rejected forever) and counted: items refused one by one in a 202's `responses`, or a whole
 * request answered 400 with the agent's `{"error": ...}` body. Any other 4xx (a proxy, another
 * program on the port, an agent version without this route) keeps the queue and backs off.
 */
export const BATCH_SIZE = 100;
export const BACKOFF_MIN_MS = 1000;
export const BACKOFF_MAX_MS = 5 * 60 * 1000;

export function createSender({ store, client, clock = () => Date.now() }) {
  let flushing = null;

  async function sendBatch(batch) {
    if (batch[0].kind === 'heartbeat') {
      return client.request('POST', '/users/current/heartbeats.bulk', batch.map((item) => item.body));
    }
    return client.request('POST', '/focus/attempts', batch[0].body);
  }

  async function backoff(retryAfter, error) {
    await store.update(['sender'], ({ sender }) => {
      const previous = sender?.delayMs ?? 0;
      const delayMs = retryAfter != null
        ? Math.min(retryAfter * 1000, BACKOFF_MAX_MS)
        : Math.min(Math.max(BACKOFF_MIN_MS, previous * 2), BACKOFF_MAX_MS);
      return { sender: { ...sender, delayMs, backoffUntil: clock() + delayMs, lastError: error } };
    });
  }

  /** Which of the batch's items are settled (stored, duplicate or rejected) after a 2xx. */
  function settled(batch, response) {
    if (batch[0].kind !== 'heartbeat' || !Array.isArray(response.json?.responses)) {
      return { done: batch.map((item) => item.id), rejected: 0 };
    }
    const done = [];
    let rejected = 0;
    for (const [index, item] of batch.entries()) {
      const status = response.json.responses[index]?.[1];
      if (status == null || status >= 500 || status === 429) break; // keep order: retry from here
      if (status >= 400 && status !== 409) rejected += 1;
      done.push(item.id);
    }
    return { done, rejected };
  }

  /** The agent's answer to input it will never take: 400 with its JSON error body. */
  function rejectedByAgent(response) {
    return response.status === 400 && typeof response.json?.error === 'string';
  }

  async function flushOnce() {
    for (;;) {
      const { queue, pairing, sender } = await store.get(['queue', 'pairing', 'sender']);
      if (!pairing?.token) return 'unpaired';
      if ((sender?.backoffUntil ?? 0) > clock()) return 'backoff';
      const batch = nextBatch(queue ?? { items: [] }, BATCH_SIZE);
      if (batch.length === 0) return 'empty';

      const response = await sendBatch(batch);
      if (response.status === 401) {
        await store.update(['pairing'], ({ pairing: p }) => ({ pairing: { ...p, status: 'revoked', token: null } }));
        return 'unauthorized';
      }
      if (response.status === 0 || (response.status >= 400 && !rejectedByAgent(response))) {
        await backoff(response.retryAfter, response.error ?? `HTTP ${response.status}`);
        return 'backoff';
      }
      const { done, rejected } = response.status >= 400
        ? { done: batch.map((item) => item.id), rejected: batch.length }
        : settled(batch, response);
      await store.update(['queue', 'sender'], ({ queue: q, sender: s }) => ({
        queue: removeIds(q, done),
        sender: {
          ...s,
          delayMs: 0,
          backoffUntil: 0,
          lastError: rejected ? `agent rejected ${rejected} event(s)` : null,
          lastOkAt: clock(),
          sent: (s?.sent ?? 0) + done.length - rejected,
          rejected: (s?.rejected ?? 0) + rejected,
        },
      }));
      if (done.length < batch.length) {
        await backoff(null, 'agent could not store every event');
        return 'backoff';
      }
    }
  }

  return {
    /** One flush at a time; callers arriving meanwhile share it. */
    flush() {
      flushing ??= flushOnce().finally(() => {
        flushing = null;
      });
      return flushing;
    },
  };
}

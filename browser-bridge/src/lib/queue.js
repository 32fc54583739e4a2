/**
 * The offline queue: what the agent has not acknowledged yet, oldest first, in chrome.storage.local
 * under `queue` = { items: [{id, kind, body}], dropped }. Items have stable ids so a retry after a
 * lost response (or a restarted worker) never adds a second copy; the agent also de-duplicates
 * heartbeats on (time, entity, source).
 */
export const QUEUE_LIMIT = 5000;

export function emptyQueue() {
  return { items: [], dropped: 0 };
}

/** Appends items not already queued; trims the oldest beyond `limit` and counts them as dropped. */
export function appendItems(queue, items, limit = QUEUE_LIMIT) {
  const current = queue ?? emptyQueue();
  const known = new Set(current.items.map((item) => item.id));
  const merged = [...current.items];
  for (const item of items) {
    if (known.has(item.id)) continue;
    known.add(item.id);
    merged.push(item);
  }
  const overflow = Math.max(0, merged.length - limit);
  return { items: merged.slice(overflow), dropped: current.dropped + overflow };
}

/** Removes the items whose ids the agent has taken (stored or rejected for good). */
export function removeIds(queue, ids) {
  const done = new Set(ids);
  return { ...queue, items: queue.items.filter((item) => !done.has(item.id)) };
}

/** The leading run of items of one kind, at most `max`: what one request sends, keeping order. */
export function nextBatch(queue, max) {
  const first = queue.items[0];
  if (!first) return [];
  const batch = [];
  for (const item of queue.items) {
    if (item.kind !== first.kind || batch.length >= max) break;
    batch.push(item);
    if (item.kind !== 'heartbeat') break; // only heartbeats have a bulk endpoint
  }
  return batch;
}

/**
 * Read-modify-write over one chrome.storage area, serialized: tab events, ticks and flushes run
 * concurrently in the worker and must not overwrite each other's changes. Everything written by
 * one update() lands in a single set() call, so the tracker's state and the queue it appends to
 * change together or not at all (a killed worker never leaves one without the other).
 */
export function createStore(area) {
  let chain = Promise.resolve();
  return {
    async get(keys) {
      return area.get(keys);
    },
    async set(values) {
      return this.update(Object.keys(values), () => values);
    },
    update(keys, fn) {
      const run = chain.then(async () => {
        const current = await area.get(keys);
        const patch = await fn(current);
        if (patch && Object.keys(patch).length > 0) await area.set(patch);
        return patch;
      });
      chain = run.catch(() => {});
      return run;
    },
  };
}

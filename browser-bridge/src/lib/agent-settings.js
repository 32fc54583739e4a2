/**
 * The agent's tracking settings the bridge follows (GET /api/v1/settings/tracking). The agent is their one
 * source of truth: the user changes them in the agent's Settings window, and the bridge picks the change up on
 * its next tick. Kept in storage so a restarted worker or an unreachable agent keeps the last known values.
 */
export const DEFAULT_AGENT_SETTINGS = Object.freeze({
  // The agent's default: a focused tab playing sound keeps you active.
  audibleKeepsActive: true,
});

export function createAgentSettings({ store, client }) {
  async function current() {
    const { agentSettings } = await store.get(['agentSettings']);
    return { ...DEFAULT_AGENT_SETTINGS, ...(agentSettings ?? {}) };
  }

  /** Refreshes from the agent when paired; an agent without the endpoint (older) has no such exception. */
  async function poll() {
    const { pairing } = await store.get(['pairing']);
    if (!pairing?.token) return current();
    const response = await client.request('GET', '/settings/tracking');
    const known = await current();
    let audibleKeepsActive = known.audibleKeepsActive;
    if (response.status === 200 && typeof response.json?.audible_keeps_active === 'boolean') {
      audibleKeepsActive = response.json.audible_keeps_active;
    } else if (response.status === 404) {
      audibleKeepsActive = false;
    }
    // Written only when it changed: this runs every tick, and a storage write wakes every listener.
    if (audibleKeepsActive !== known.audibleKeepsActive) {
      await store.set({ agentSettings: { ...known, audibleKeepsActive } });
    }
    return { ...known, audibleKeepsActive };
  }

  return { current, poll };
}

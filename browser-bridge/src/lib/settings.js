/** User settings with their defaults; stored under `settings` in chrome.storage.local. */
export const DEFAULT_SETTINGS = Object.freeze({
  port: 2633,
  // chrome.idle refuses intervals below 15 s.
  idleSeconds: 60,
});

export const IDLE_MIN_SECONDS = 15;
export const IDLE_MAX_SECONDS = 3600;

export function withDefaults(stored) {
  return { ...DEFAULT_SETTINGS, ...(stored ?? {}) };
}

/** Validates a settings patch from the options page; throws with a message a user can act on. */
export function validateSettings(patch) {
  const port = Number(patch.port);
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error('Port must be a whole number from 1 to 65535');
  const idleSeconds = Number(patch.idleSeconds);
  if (!Number.isInteger(idleSeconds) || idleSeconds < IDLE_MIN_SECONDS || idleSeconds > IDLE_MAX_SECONDS) {
    throw new Error(`Idle time must be ${IDLE_MIN_SECONDS} to ${IDLE_MAX_SECONDS} seconds`);
  }
  return { port, idleSeconds };
}

export function agentBase(settings) {
  return `http://127.0.0.1:${settings.port}/api/v1`;
}

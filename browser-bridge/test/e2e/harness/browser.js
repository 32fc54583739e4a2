import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';

const CANDIDATES = ['/usr/lib/chromium/chromium', '/usr/bin/chromium'];

export function chromiumPath() {
  const found = [process.env.CHROMIUM_PATH, ...CANDIDATES].find((path) => path && existsSync(path));
  if (!found) throw new Error('Debian\'s chromium is not installed (apt-get install chromium; see .ci/apt-packages)');
  return found;
}

/** Debian's Chromium with the unpacked extension, on the test's X display, sites mapped to the local server. */
export async function launchBrowser({ profileDir, extensionDir, hosts, env, headless = false }) {
  const rules = [...hosts.map((host) => `MAP ${host} 127.0.0.1`), 'EXCLUDE 127.0.0.1'].join(', ');
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: chromiumPath(),
    headless,
    env,
    ignoreHTTPSErrors: true,
    viewport: { width: 1100, height: 700 },
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--no-sandbox',
      '--ignore-certificate-errors',
      `--host-resolver-rules=${rules}`,
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--no-default-browser-check',
    ],
  });
  // Wait for the worker before the first navigation, or its first tabs.onUpdated is missed.
  let [worker] = context.serviceWorkers();
  if (!worker) worker = await context.waitForEvent('serviceworker', { timeout: 30_000 });
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    worker: () => context.serviceWorkers()[0] ?? worker,
    extensionUrl: (path) => `chrome-extension://${extensionId}/${path}`,
    /** The extension's chrome.storage.local, read through its own service worker. */
    storage: async (keys) => (context.serviceWorkers()[0] ?? worker).evaluate((k) => chrome.storage.local.get(k), keys),
  };
}

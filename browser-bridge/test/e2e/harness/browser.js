import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';

const CANDIDATES = ['/usr/lib/chromium/chromium', '/usr/bin/chromium'];

export function chromiumPath() {
  const found = [process.env.CHROMIUM_PATH, ...CANDIDATES].find((path) => path && existsSync(path));
  if (!found) throw new Error('Missing system command: chromium (Debian package chromium). Run ./test, which installs the packages in .ci/apt-packages.');
  return found;
}

/** Debian's Chromium with the unpacked extension, on the test's X display, sites mapped to the local server. */
export async function launchBrowser({ profileDir, extensionDir, hosts, env, headless = false, args = [] }) {
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
      ...args,
    ],
  });
  // Wait for the worker before the first navigation, or its first tabs.onUpdated is missed.
  let [worker] = context.serviceWorkers();
  if (!worker) worker = await context.waitForEvent('serviceworker', { timeout: 30_000 });
  const extensionId = new URL(worker.url()).host;
  const currentWorker = () => context.serviceWorkers().at(-1) ?? worker;
  return {
    context,
    extensionId,
    /**
     * Stops the extension's service worker the hard way (closing its DevTools target), as Chrome does to an
     * idle worker, and returns once a new worker instance runs.
     */
    async killWorker(page) {
      const origin = await currentWorker().evaluate(() => performance.timeOrigin);
      const cdp = await context.newCDPSession(page);
      const { targetInfos } = await cdp.send('Target.getTargets');
      const target = targetInfos.find((t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${extensionId}/`));
      await cdp.send('Target.closeTarget', { targetId: target.targetId });
      await cdp.detach();
      const deadline = Date.now() + 45_000;
      while (Date.now() < deadline) {
        const now = await currentWorker().evaluate(() => performance.timeOrigin).catch(() => origin);
        if (now !== origin) return;
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
      throw new Error('the service worker did not come back');
    },
    worker: currentWorker,
    extensionUrl: (path) => `chrome-extension://${extensionId}/${path}`,
    /** The extension's chrome.storage.local, read through its own service worker. */
    storage: async (keys) => currentWorker().evaluate((k) => chrome.storage.local.get(k), keys),
  };
}

// The browser bridge end to end: Debian's Chromium on a private X display loads the built extension,
// which talks to the real agent jar. Sites are served by a local HTTPS server that --host-resolver-rules
// maps github.com, youtube.com, ... to. What the test does is timed, and the agent's figures must agree.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { startAgent } from './harness/agent.js';
import { launchBrowser } from './harness/browser.js';
import { startDisplay } from './harness/display.js';
import { createProcesses, sleep, waitFor } from './harness/processes.js';
import { startSites } from './harness/sites.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const extensionDir = join(root, 'dist', 'unpacked');
const output = join(root, 'test-output');
const jar = process.env.CODEHABIT_AGENT_JAR ?? join(root, '..', 'agent', 'target', 'codehabit-agent.jar');
const IDLE_SECONDS = 15;
// Focus loss to another application is only seen by polling, every 5 s.
const TOLERANCE = 6;
const HOSTS = ['github.com', 'www.github.com', 'youtube.com', 'www.youtube.com', 'docs.python.org', 'news.ycombinator.com',
  'docs.rs', 'www.usa.gov', 'en.wikipedia.org'];

const processes = createProcesses();
const startedAt = Date.now();
const work = mkdtempSync(join(tmpdir(), 'codehabit-e2e-'));
const log = (line) => process.env.E2E_VERBOSE && process.stdout.write(line);
let display;
let sites;
let agent;
let browser;
let popup;
const today = () => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};
const stats = async () => (await agent.api('GET', `/stats?from=${today()}&to=${today()}`)).json;
const near = (actual, expected, what, slackBelow = 2, slackAbove = TOLERANCE) => assert.ok(
  actual >= expected - slackBelow && actual <= expected + slackAbove,
  `${what}: agent says ${actual} s, the test did ${expected} s`,
);

/** Runs `fn` and returns the whole seconds it took, measured by the test's own clock. */
async function timed(fn) {
  const start = Date.now();
  await fn();
  return (Date.now() - start) / 1000;
}

async function openExtensionPage(path) {
  const page = await browser.context.newPage();
  await page.goto(browser.extensionUrl(path));
  return page;
}

before(async () => {
  assert.ok(existsSync(jar), `agent jar missing at ${jar}: build the agent module first (./mvnw -pl browser-bridge -am verify)`);
  assert.ok(existsSync(join(extensionDir, 'manifest.json')), 'extension not built: npm run build');
  mkdirSync(output, { recursive: true });
  display = await startDisplay(processes);
  sites = await startSites(work);
  agent = await startAgent(processes, { jar, dataDir: join(work, 'agent-data'), log });
  browser = await launchBrowser({ profileDir: join(work, 'profile'), extensionDir, hosts: HOSTS, env: display.env,
    args: ['--autoplay-policy=no-user-gesture-required'] });
  display.keepActive();
});

after(async () => {
  display?.stopActivity();
  await browser?.context.close().catch(() => {});
  await sites?.close();
  await processes.stopAll();
  rmSync(work, { recursive: true, force: true });
});

describe('browser bridge in a real Chromium against the real agent', { concurrency: false }, () => {
  it('opens its consent page on install and records nothing before consent', async () => {
    await waitFor('consent page opened by onInstalled', () => browser.context.pages().some((p) => p.url().endsWith('/pages/consent.html')));
    const { queue, tracker } = await browser.storage(['queue', 'tracker']);
    assert.equal(queue, undefined);
    assert.equal(tracker, undefined);
  });

  it('is configured, given consent and paired through the admin API', async () => {
    const options = await openExtensionPage('pages/options.html');
    await options.fill('#port', String(agent.port));
    await options.fill('#idle', String(IDLE_SECONDS));
    await options.click('button[type=submit]');
    await options.getByText('Saved.').waitFor();
    await options.close();

    const consent = browser.context.pages().find((p) => p.url().endsWith('/pages/consent.html'));
    await consent.click('#agree');
    await consent.getByText('Tracking on since', { exact: false }).waitFor();
    await consent.close();

    popup = await openExtensionPage('pages/popup.html');
    await popup.setViewportSize({ width: 360, height: 640 });
    await popup.click('#pair-button');
    const code = await waitFor('pairing code in the popup', async () => {
      const error = await popup.locator('#pair-error').textContent();
      if (error) throw new Error(`popup says: ${error}`);
      return (await popup.locator('#pair-code').textContent()).trim();
    }, 10_000);
    assert.match(code, /^\d{3}-\d{3}$/);
    const pending = await agent.api('GET', '/pairing?status=pending');
    assert.equal(pending.status, 200);
    const request = pending.json.find((p) => p.code === code);
    assert.ok(request, `pending request with code ${code} in ${JSON.stringify(pending.json)}`);
    assert.match(request.name, /on Linux/);
    assert.equal((await agent.api('POST', `/pairing/${request.id}/approve`)).status, 200);
    await popup.locator('#pairing-pill', { hasText: 'Paired' }).waitFor({ timeout: 10_000 });
    const clients = await agent.api('GET', '/clients');
    assert.equal(clients.json.filter((c) => c.client === 'chrome').length, 1);
  });

  let expected;
  let switchesBefore;
  let snapshot; // the stats right after the timed part, before anything else adds time

  it('counts per-domain time: tab switches, another application, idle', async () => {
    switchesBefore = ((await browser.storage(['tracker'])).tracker?.switches ?? 0) + ((await stats()).tab_switches ?? 0);
    const gh = await browser.context.newPage();
    await gh.goto(sites.url('github.com', '/codehabit/agent?tab=readme'));
    await gh.bringToFront();
    const gh1 = await timed(() => sleep(15_000));
    const yt = await browser.context.newPage();
    const yt1 = await timed(async () => {
      await yt.goto(sites.url('www.youtube.com', '/watch?v=secret'));
      await yt.bringToFront();
      await sleep(10_000);
    });
    const gh2 = await timed(async () => {
      await gh.bringToFront();
      await sleep(8_000);
    });
    const xterm = await display.focusOtherApp(processes);
    await sleep(10_000); // the user is in another application: no web time
    await processes.stop(xterm);
    const py = await timed(async () => {
      await gh.bringToFront();
      await gh.goto(sites.url('docs.python.org', '/3/library/asyncio.html'));
      await sleep(8_000);
    });
    display.stopActivity();
    // idle after 15 s without input; the span ends when input stopped
    await sleep((IDLE_SECONDS + 8) * 1000);
    expected = { 'github.com': gh1 + gh2, 'youtube.com': yt1, 'docs.python.org': py };
    await waitFor('queue flushed', async () => ((await browser.storage(['queue'])).queue?.items.length ?? 0) === 0);
    const s = await stats();
    log(`expected ${JSON.stringify(expected)} got ${JSON.stringify(s.domains)}\n`);
    near(s.domains['github.com'], expected['github.com'], 'github.com');
    near(s.domains['youtube.com'], expected['youtube.com'], 'youtube.com');
    near(s.domains['docs.python.org'], expected['docs.python.org'], 'docs.python.org', 3, 3);
    assert.deepEqual(Object.keys(s.domains).sort(), ['docs.python.org', 'github.com', 'youtube.com']);
    near(s.web_seconds, expected['github.com'] + expected['youtube.com'] + expected['docs.python.org'], 'web total', 4, 2 * TOLERANCE);
    assert.equal(s.tab_switches - switchesBefore, 3, 'new github tab, new youtube tab, back to github');
    snapshot = s;
  });

  it('categorises the sites and computes the productivity score from them', async () => {
    const s = snapshot;
    assert.equal(s.domain_categories['github.com'], 'software-development');
    assert.equal(s.domain_categories['docs.python.org'], 'software-development');
    assert.equal(s.domain_categories['youtube.com'], 'video');
    near(s.site_categories['software-development'], expected['github.com'] + expected['docs.python.org'], 'software development', 4, 2 * TOLERANCE);
    near(s.site_categories.video, expected['youtube.com'], 'video');
    const productive = s.domains['github.com'] + s.domains['docs.python.org'];
    // RescueTime's pulse: very productive counts 4, very distracting 0, over 4 x categorized time.
    const pulse = (productive * 4) / (4 * (productive + s.domains['youtube.com'])) * 100;
    assert.ok(Math.abs(s.productivity_score - pulse) < 0.5, `score ${s.productivity_score} vs ${pulse}`);
    const byTest = ((expected['github.com'] + expected['docs.python.org']) * 4)
      / (4 * (expected['github.com'] + expected['docs.python.org'] + expected['youtube.com'])) * 100;
    assert.ok(Math.abs(s.productivity_score - byTest) < 8, `score ${s.productivity_score} vs what the test did ${byTest}`);
    near(s.productive_seconds, productive, 'productive seconds', 0.5, 0.5);
    near(s.distracting_seconds, s.domains['youtube.com'], 'distracting seconds', 0.5, 0.5);
  });

  it('shows today in the popup', async () => {
    display.keepActive();
    await popup.bringToFront();
    await popup.reload();
    await popup.locator('#top-sites li').first().waitFor();
    const sitesShown = await popup.locator('#top-sites li').allTextContents();
    assert.match(sitesShown[0], /github\.com/);
    assert.notEqual(await popup.locator('#score').textContent(), '–');
    // The agent's default, read from GET /api/v1/settings/tracking.
    assert.match(await popup.locator('#sound-rule').textContent(), /playing sound keeps you active/);
    await popup.screenshot({ path: join(output, 'popup.png') });
  });

  it('loses and doubles no time when Chrome stops its service worker mid-span', async () => {
    const page = await browser.context.newPage();
    const span = await timed(async () => {
      await page.goto(sites.url('docs.rs', '/tokio/latest/tokio/'));
      await page.bringToFront();
      await sleep(6_000);
      await browser.killWorker(page);
      await sleep(8_000);
    });
    const xterm = await display.focusOtherApp(processes);
    await waitFor('span ended and sent', async () => {
      const { queue, tracker } = await browser.storage(['queue', 'tracker']);
      return !tracker.span && queue.items.length === 0;
    });
    const counted = (await stats()).domains['docs.rs'];
    log(`docs.rs: did ${span} s, agent says ${counted} s\n`);
    near(counted, span, 'docs.rs across a worker restart');
    await processes.stop(xterm);
    await page.close();
  });

  it('blocks distracting sites during focus mode, open tabs included, and counts attempts', async () => {
    const before = (await stats()).distraction_attempts ?? 0;
    const yt = await browser.context.newPage();
    await yt.goto(sites.url('youtube.com', '/feed'));
    const govRule = await agent.api('PUT', '/categories', { rules: [{ kind: 'suffix', pattern: '*.gov', category: 'news' }] });
    assert.equal(govRule.status, 200, JSON.stringify(govRule.json));
    const started = await agent.api('POST', '/focus', { minutes: 25, strict: false });
    assert.equal(started.status, 201, JSON.stringify(started.json));
    // the open tab is moved to the blocked page within a poll (5 s)
    await waitFor('open youtube tab redirected', () => yt.url().includes('/pages/blocked.html'), 8_000);
    const gh = await browser.context.newPage();
    await gh.goto(sites.url('www.youtube.com', '/shorts/1')).catch(() => {});
    await waitFor('blocked page', () => gh.url().includes('/pages/blocked.html'));
    await gh.bringToFront();
    await gh.locator('#site', { hasText: 'youtube.com' }).waitFor();
    assert.match(await gh.locator('#why').textContent(), /video/i);
    await gh.screenshot({ path: join(output, 'blocked.png') });
    await waitFor('attempt reported', async () => (await stats()).distraction_attempts === before + 1, 15_000);
    // a suffix rule (*.gov) blocks by the host only, and its attempt carries the real host
    await gh.goto(sites.url('en.wikipedia.org', '/wiki/data.gov/'));
    assert.equal(new URL(gh.url()).hostname, 'en.wikipedia.org', 'a suffix in the path blocks nothing');
    await gh.goto(sites.url('www.usa.gov', '/benefits')).catch(() => {});
    await waitFor('suffix-blocked page', () => gh.url().includes('/pages/blocked.html'));
    assert.equal(new URL(gh.url()).searchParams.get('host'), 'www.usa.gov');
    await gh.locator('#site', { hasText: 'www.usa.gov' }).waitFor();
    await waitFor('suffix attempt reported', async () => (await stats()).distraction_attempts === before + 2, 15_000);
    // a site that is not on the blocklist still opens
    await gh.goto(sites.url('github.com', '/'));
    assert.equal(new URL(gh.url()).hostname, 'github.com');
    assert.equal((await agent.api('DELETE', '/focus')).status, 204);
    await waitFor('rules lifted', async () => !(await browser.storage(['focus'])).focus?.active, 8_000);
    await gh.goto(sites.url('youtube.com', '/again'));
    assert.equal(new URL(gh.url()).hostname, 'youtube.com');
    assert.equal((await agent.api('PUT', '/categories', { rules: [] })).status, 200);
    await yt.close();
    await gh.close();
  });

  it('queues while the agent is down and delivers that time exactly once after a restart', async () => {
    const port = agent.port;
    await agent.stop();
    const page = await browser.context.newPage();
    const hn = await timed(async () => {
      await page.goto(sites.url('news.ycombinator.com', '/item?id=1'));
      await page.bringToFront();
      await sleep(12_000);
    });
    const xterm = await display.focusOtherApp(processes);
    await waitFor('span ended into the queue', async () => {
      const { queue } = await browser.storage(['queue']);
      return queue.items.some((i) => i.body.entity === 'news.ycombinator.com' && i.body.signal === 'blur');
    });
    agent = await startAgent(processes, { jar, dataDir: join(work, 'agent-data'), port, log });
    await waitFor('queue flushed after restart', async () => ((await browser.storage(['queue'])).queue?.items.length ?? 1) === 0, 45_000);
    const s = await stats();
    log(`news.ycombinator.com offline: did ${hn} s, agent says ${s.domains['news.ycombinator.com']} s\n`);
    near(s.domains['news.ycombinator.com'], hn, 'news.ycombinator.com (queued offline)');
    assert.equal(s.domain_categories['news.ycombinator.com'], 'news');
    await processes.stop(xterm);
    await page.close();
  });

  it('reports a tab playing sound as audible, and its time goes on through idleness until the sound stops', async () => {
    display.keepActive();
    const before = (await stats()).domains['youtube.com'] ?? 0;
    const page = await browser.context.newPage();
    const watched = await timed(async () => {
      await page.goto(sites.url('www.youtube.com', '/sound?v=secret'));
      await page.bringToFront();
      await waitFor('Chromium marks the tab audible', async () => (await browser.worker().evaluate(
        () => chrome.tabs.query({ active: true, lastFocusedWindow: true })))[0]?.audible === true);
      display.stopActivity();
      // chrome.idle says idle after 15 s without input; the sound keeps the span going (the agent's default setting)
      await sleep((IDLE_SECONDS + 20) * 1000);
      await page.evaluate(() => window.stopSound());
    });
    await sleep(8_000); // the next tick hears silence and, the user being idle, ends the span where it last heard sound
    await waitFor('queue flushed', async () => ((await browser.storage(['queue'])).queue?.items.length ?? 0) === 0);
    near((await stats()).domains['youtube.com'] - before, watched, 'youtube.com watched with sound', 6, 3);

    const exported = JSON.parse((await promisify(execFile)(process.env.JAVA_HOME ? join(process.env.JAVA_HOME, 'bin', 'java') : 'java',
      ['-jar', jar, '--data-dir', join(work, 'agent-data'), 'export', '--format', 'json'], { maxBuffer: 64 << 20 })).stdout);
    const audible = exported.heartbeats.filter((h) => h.audible === true);
    assert.ok(audible.length >= 2, `the agent stored audible heartbeats, got ${audible.length}`);
    assert.deepEqual([...new Set(audible.map((h) => h.entity))], ['youtube.com']);
    await page.close();
    display.keepActive();
  });

  it('rejects malformed web events with 400 and keeps the rest', async () => {
    // Before the browser sent anything: the web stream is one timeline, so these must not interleave with it.
    const now = startedAt / 1000 - 600;
    const response = await agent.api('POST', '/users/current/heartbeats.bulk', [
      { entity: 'example.org', type: 'domain', category: 'browsing', time: now - 30, source: 'browser', signal: 'focus' },
      { entity: 'example.org', type: 'domain', category: 'browsing', time: 'yesterday', source: 'browser' },
      { entity: 'example.org', type: 'domain', category: 'browsing', time: now - 20, source: 'browser', signal: 'blur' },
    ]);
    assert.equal(response.status, 202);
    assert.deepEqual(response.json.responses.map((r) => r[1]), [201, 400, 201]);
    const day = new Date(now * 1000);
    const from = `${day.getFullYear()}-${String(day.getMonth() + 1).padStart(2, '0')}-${String(day.getDate()).padStart(2, '0')}`;
    const s = (await agent.api('GET', `/stats?from=${from}&to=${today()}`)).json;
    near(s.domains['example.org'], 10, 'example.org', 0.01, 0.01);
  });

  it('asks to pair again once its client is revoked', async () => {
    const clients = (await agent.api('GET', '/clients')).json;
    const chrome = clients.find((c) => c.client === 'chrome');
    assert.equal((await agent.api('DELETE', `/clients/${chrome.id}`)).status, 204);
    const page = await browser.context.newPage();
    await page.goto(sites.url('github.com', '/again'));
    await page.bringToFront();
    await waitFor('pairing marked lost', async () => (await browser.storage(['pairing'])).pairing.status === 'revoked', 20_000);
    await popup.reload();
    await popup.locator('#pairing-pill', { hasText: 'Pairing lost' }).waitFor();
    assert.ok(await popup.locator('#pair-button').isVisible());
    await popup.screenshot({ path: join(output, 'popup-revoked.png') });
  });
});

// End-to-end: the packaged extension in a real VS Code (code-server) driven by Debian's Chromium, against the
// real agent jar. It types known text, pastes a block, saves, switches files, loses focus and commits in a
// "terminal" (child_process git), then checks what the agent reports against what it did.
//
// Env (set by ide-bridge/pom.xml): CODEHABIT_AGENT_JAR, CODEHABIT_VSIX, CODEHABIT_E2E_WORK, CODEHABIT_JAVA.
import { execFileSync, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const here = path.dirname(fileURLToPath(import.meta.url));
const need = (name) => process.env[name] ?? fail(`${name} is not set`);
const AGENT_JAR = need('CODEHABIT_AGENT_JAR');
const VSIX = need('CODEHABIT_VSIX');
const W = path.resolve(need('CODEHABIT_E2E_WORK'));
const JAVA = process.env.CODEHABIT_JAVA || (process.env.JAVA_HOME ? path.join(process.env.JAVA_HOME, 'bin', 'java') : 'java');
const CHROMIUM = ['/usr/lib/chromium/chromium', '/usr/bin/chromium'].find((p) => fs.existsSync(p)) ?? fail('Missing system command: chromium (Debian package chromium). Run ./test, which installs the packages in .ci/apt-packages.');

const t0 = Date.now();
const log = (m) => console.log(`[e2e ${((Date.now() - t0) / 1000).toFixed(1)}s] ${m}`);
const children = [];
let browser;
let checks = 0;
let failedChecks = 0;
const failures = [];

function fail(message) {
  throw new Error(message);
}

/** One checked fact: recorded, printed, counted in the closing line. */
function check(what, actual, expected) {
  checks++;
  const ok = typeof expected === 'function' ? expected(actual) : JSON.stringify(actual) === JSON.stringify(expected);
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}: ${JSON.stringify(actual)}${ok ? '' : ` (expected ${typeof expected === 'function' ? expected.toString() : JSON.stringify(expected)})`}`);
  if (!ok) {
    failedChecks++;
    failures.push(what);
  }
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
async function until(what, probe, ms = 30_000) {
  const end = Date.now() + ms;
  for (;;) {
    const v = await probe().catch(() => undefined);
    if (v) return v;
    if (Date.now() > end) fail(`timed out waiting for ${what}`);
    await sleep(250);
  }
}

function freePort() {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

/** Starts a process in its own process group so that stopping it stops its children too. */
function startGroup(cmd, args, env, logFile) {
  const out = fs.openSync(logFile, 'a');
  const child = spawn(cmd, args, { env, detached: true, stdio: ['ignore', out, out] });
  children.push(child);
  return child;
}

function stopGroup(child) {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      try { process.kill(-child.pid, 'SIGKILL'); } catch { /* gone */ }
      resolve();
    }, 10_000);
    child.once('exit', () => { clearTimeout(timer); resolve(); });
    try { process.kill(-child.pid, 'SIGTERM'); } catch { clearTimeout(timer); resolve(); }
  });
}

const git = (cwd, ...args) => execFileSync('git', args, { cwd, encoding: 'utf8' }).trim();

async function main() {
  for (const f of [AGENT_JAR, VSIX]) if (!fs.existsSync(f)) fail(`${f} is missing: build the agent and the extension first`);
  fs.rmSync(W, { recursive: true, force: true });
  const dirs = { home: path.join(W, 'home'), data: path.join(W, 'agent-data'), ud: path.join(W, 'user-data'), exts: path.join(W, 'extensions'), ws: path.join(W, 'shop') };
  Object.values(dirs).forEach((d) => fs.mkdirSync(d, { recursive: true }));

  log('installing code-server (cached after the first run)');
  const codeServer = execFileSync('sh', [path.join(here, 'install-code-server.sh')], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] }).trim().split('\n').pop();

  // A git repository on a feature branch, with three files to edit.
  fs.mkdirSync(path.join(dirs.ws, 'src'));
  fs.writeFileSync(path.join(dirs.ws, 'src', 'app.ts'), 'export const app = 1;\n');
  fs.writeFileSync(path.join(dirs.ws, 'NOTES.md'), '# Notes\n');
  fs.writeFileSync(path.join(dirs.ws, 'src', 'other.py'), 'x = 1\n');
  git(dirs.ws, 'init', '-q', '-b', 'main');
  git(dirs.ws, 'config', 'user.email', 'e2e@codehabit.invalid');
  git(dirs.ws, 'config', 'user.name', 'E2E');
  git(dirs.ws, 'config', 'commit.gpgsign', 'false');
  git(dirs.ws, 'add', '-A');
  git(dirs.ws, 'commit', '-q', '-m', 'initial');
  git(dirs.ws, 'checkout', '-q', '-b', 'feature/e2e');

  // The real agent, headless, on a free port; UTC so "today" is the same day for the test and the agent.
  fs.writeFileSync(path.join(dirs.data, 'settings.json'), '{"time_zone": "UTC"}');
  const env = { ...process.env, HOME: dirs.home, XDG_CONFIG_HOME: path.join(dirs.home, '.config'), XDG_DATA_HOME: path.join(dirs.home, '.local', 'share') };
  log('starting the agent');
  const agentProc = startGroup(JAVA, ['-jar', AGENT_JAR, '--headless', '--data-dir', dirs.data, '--port', '0'], env, path.join(W, 'agent.log'));
  const agentInfo = await until('agent.json', async () => {
    if (agentProc.exitCode !== null) fail(`agent exited: ${fs.readFileSync(path.join(W, 'agent.log'), 'utf8')}`);
    const info = JSON.parse(fs.readFileSync(path.join(dirs.data, 'agent.json'), 'utf8'));
    return info.pid === agentProc.pid ? info : undefined;
  });
  const api = async (p) => {
    const res = await fetch(`${agentInfo.api}${p}`, { headers: { authorization: `Bearer ${agentInfo.token}` } });
    if (!res.ok) fail(`GET ${p} answered ${res.status}`);
    return res.json();
  };

  // Editor settings that keep typing exact (no auto-closing, auto-indent, suggestions or auto-save), plus ours.
  const settings = JSON.parse(fs.readFileSync(path.join(here, 'editor-settings.json'), 'utf8'));
  settings['codehabit.dataDir'] = dirs.data;
  fs.mkdirSync(path.join(dirs.ud, 'User'), { recursive: true });
  fs.writeFileSync(path.join(dirs.ud, 'User', 'settings.json'), JSON.stringify(settings, null, 1));
  log('installing the .vsix');
  execFileSync(codeServer, ['--user-data-dir', dirs.ud, '--extensions-dir', dirs.exts, '--install-extension', VSIX], { env, stdio: ['ignore', 'pipe', 'inherit'] });

  const port = await freePort();
  log(`starting code-server on ${port}`);
  const cs = startGroup(codeServer, ['--auth', 'none', '--bind-addr', `127.0.0.1:${port}`, '--disable-telemetry', '--disable-update-check',
    '--disable-workspace-trust', '--disable-getting-started-override', '--user-data-dir', dirs.ud, '--extensions-dir', dirs.exts, dirs.ws], env, path.join(W, 'code-server.log'));
  await until('code-server health', async () => {
    if (cs.exitCode !== null) fail(`code-server exited: ${fs.readFileSync(path.join(W, 'code-server.log'), 'utf8')}`);
    return (await fetch(`http://127.0.0.1:${port}/healthz`)).ok;
  }, 60_000);

  browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox'] });
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const origin = `http://127.0.0.1:${port}`;
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
  const page = await context.newPage();
  globalThis.page = page;
  await page.goto(`${origin}/?folder=${encodeURIComponent(dirs.ws)}`);
  await page.waitForSelector('.monaco-workbench', { timeout: 60_000 });
  log('workbench up');
  // The extension is up once its status bar item shows today's time from the agent.
  const statusItem = page.locator('.statusbar-item[aria-label^="CodeHabit"]').first();
  await statusItem.waitFor({ timeout: 60_000 });
  await until('status bar with the agent\'s time', async () => /CodeHabit: \d+m|CodeHabit: \d+h/.test((await statusItem.getAttribute('aria-label')) ?? ''));
  log(`extension active: ${await statusItem.getAttribute('aria-label')}`);

  const open = async (name) => {
    await page.keyboard.press('Control+P');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible', timeout: 15_000 });
    await input.fill(name);
    await page.locator(`.quick-input-list .monaco-list-row[aria-label*="${name}"]`).first().waitFor({ timeout: 15_000 });
    await page.keyboard.press('Enter');
    await page.waitForSelector(`.tab.active[aria-label*="${name}"], .tab.active[title*="${name}"]`, { timeout: 15_000 });
    const editor = page.locator('.editor-instance .monaco-editor .view-lines').first();
    await editor.click();
    await page.keyboard.press('Control+End');
  };

  // 1. Type known text into a TypeScript file and save.
  const typedTs = 'const total = 42;\nconst label = "e2e";\n';
  await open('app.ts');
  await page.keyboard.type(typedTs, { delay: 15 });
  // 2. A real paste of three lines: generated, not typed.
  const pasted = 'export const a = 1;\nexport const b = 2;\nexport const c = 3;\n';
  await page.evaluate((text) => navigator.clipboard.writeText(text), pasted);
  await page.keyboard.press('Control+V');
  await page.keyboard.press('Control+S');
  // 3. Switch to the Markdown file, type and save.
  const typedMd = 'Shipped the cart.\n';
  await open('NOTES.md');
  await page.keyboard.type(typedMd, { delay: 15 });
  await page.keyboard.press('Control+S');
  // 3b. A freshly opened file: Enter, a short line and an immediate save. The first change of a file arrives while
  // the document still reads as clean and the save comes before its dirty flag is read: it must count all the same.
  const typedPy = '\ny = 2';
  await open('other.py');
  await page.keyboard.type(typedPy, { delay: 15 });
  await page.keyboard.press('Control+S');
  // Wait for the saved text itself: a save truncates, then writes, so "modified" alone can catch an empty file.
  const read = (f) => fs.readFileSync(path.join(dirs.ws, f), 'utf8');
  const expectedTs = 'export const app = 1;\n' + typedTs + pasted;
  await until('both files saved', async () => read('src/app.ts') === expectedTs && read('NOTES.md') === '# Notes\n' + typedMd
    && read('src/other.py') === 'x = 1\n' + typedPy, 15_000)
    .catch((e) => fail(`${e.message}: app.ts ${JSON.stringify(read('src/app.ts'))}, NOTES.md ${JSON.stringify(read('NOTES.md'))}, other.py ${JSON.stringify(read('src/other.py'))}`));
  check('app.ts on disk is what was typed and pasted', read('src/app.ts'), expectedTs);

  // 4. The window loses focus (the built-in git extension stops refreshing), then a commit from a terminal.
  await page.evaluate(() => { document.hasFocus = () => false; window.dispatchEvent(new FocusEvent('blur')); });
  git(dirs.ws, 'add', '-A');
  git(dirs.ws, 'commit', '-q', '-m', 'cart: totals and notes');
  const head = git(dirs.ws, 'rev-parse', 'HEAD');

  // What the agent reports.
  const today = new Date().toISOString().slice(0, 10);
  const commits = await until('the commit at the agent', async () => {
    const body = await api(`/commits?from=${today}&to=${today}`);
    return body.data.length > 0 ? body.data : undefined;
  });
  const typedKeys = [...typedTs].length + [...typedMd].length + [...typedPy].length;
  let latest;
  const stats = await until('stats with every edit', async () => {
    latest = await api(`/stats?from=${today}&to=${today}`);
    // The save event reaches the extension after the file is on disk, so it may trail the blur's heartbeats.
    return latest.keystrokes >= typedKeys && latest.lines_added >= 7 && latest.saves >= 3 && latest.commits >= 1 ? latest : undefined;
  }).catch((e) => fail(`${e.message}; the agent reports ${JSON.stringify({ ...latest, days: undefined })}`));
  const blurs = await until('the blur heartbeat', async () => {
    const s = await api(`/stats?from=${today}&to=${today}`);
    return s.coding_seconds > 0 ? s : undefined;
  });

  check('keystrokes = characters typed (pasted text is not typing)', stats.keystrokes, typedKeys);
  check('characters typed', stats.characters, typedKeys);
  check('lines added (2 typed in app.ts, 3 pasted, 1 typed in NOTES.md, 1 typed in other.py)', stats.lines_added, 7);
  check('lines added by typing', stats.lines_added_human, 4);
  check('lines pasted/generated', stats.lines_added_generated, 3);
  check('lines deleted', stats.lines_deleted, 0);
  check('files modified', stats.files_modified, 3);
  check('saves', stats.saves, 3);
  check('languages', Object.keys(stats.languages).sort(), ['Markdown', 'Python', 'TypeScript']);
  check('project', Object.keys(stats.projects), ['shop']);
  check('branch', Object.keys(stats.branches), ['feature/e2e']);
  check('editor', Object.keys(stats.editors).length, 1);
  check('coding time is counted', blurs.coding_seconds, (s) => s > 0 && s < 600);
  check('commits in stats', stats.commits, 1);
  check('commit hash', commits.map((c) => c.hash), [head]);
  check('commit project and branch', [commits[0].project, commits[0].branch], ['shop', 'feature/e2e']);
  check('commit files changed / insertions (5 in app.ts, 1 in NOTES.md, 2 in other.py) / deletions', [commits[0].files_changed, commits[0].insertions, commits[0].deletions], [3, 8, 0]);
  check('coding time before the commit', commits[0].coding_seconds, (s) => s > 0);

  await page.evaluate(() => { delete document.hasFocus; window.dispatchEvent(new FocusEvent('focus')); });
  await until('status bar shows the coding time', async () => /CodeHabit: \d+m/.test((await statusItem.getAttribute('aria-label')) ?? ''));
  await page.screenshot({ path: path.join(W, 'vscode.png') });
  log(`screenshot: ${path.join(W, 'vscode.png')}`);
}

async function cleanup() {
  await browser?.close().catch(() => undefined);
  for (const c of children.reverse()) await stopGroup(c);
}

main()
  .catch(async (e) => {
    failures.push(String(e?.stack ?? e));
    console.error(e);
    await globalThis.page?.screenshot({ path: path.join(W, 'failure.png') }).catch(() => undefined);
    for (const f of ['agent.log', 'code-server.log']) {
      const p = path.join(W, f);
      if (fs.existsSync(p)) console.error(`--- ${f} (tail)\n${fs.readFileSync(p, 'utf8').split('\n').slice(-30).join('\n')}`);
    }
  })
  .finally(async () => {
    await cleanup();
    log(`done in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    console.log(`e2e: ${checks - failedChecks} passed, ${failures.length} failed`);
    process.exit(failures.length === 0 && checks > 0 ? 0 : 1);
  });

import { execFile } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';
import { promisify } from 'node:util';
import { sleep, waitFor } from './processes.js';

const run = promisify(execFile);

/**
 * A private X display with a window manager, as the browser-e2e recipe says: without openbox,
 * focus can't move between Chromium and another application; without real X input, chrome.idle
 * never sees the user as active.
 */
export async function startDisplay(processes) {
  requireCommands({ Xvfb: 'xvfb', openbox: 'openbox', xprop: 'x11-utils', xdotool: 'xdotool', xterm: 'xterm' });
  // -noreset: by default the server resets when its last client leaves and refuses connections meanwhile,
  // so a poll that ends just before openbox connects could make openbox fail to start.
  const xvfb = processes.spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1280x800x24', '-nolisten', 'tcp', '-noreset'], {
    stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
  });
  const display = await new Promise((resolve, reject) => {
    let text = '';
    xvfb.stdio[3].on('data', (chunk) => {
      text += chunk;
      if (text.includes('\n')) resolve(`:${text.trim()}`);
    });
    xvfb.once('exit', (code) => reject(new Error(`Xvfb exited with ${code}`)));
  });
  const env = { ...process.env, DISPLAY: display };
  processes.spawn('openbox', [], { env, stdio: 'ignore' });
  await waitFor('openbox', async () => (await run('xprop', ['-root', '_NET_SUPPORTING_WM_CHECK'], { env })).stdout.includes('window id'));
  await run('xset', ['s', 'off'], { env });
  await run('xset', ['s', 'reset'], { env });

  const xdotool = async (...args) => (await run('xdotool', args, { env })).stdout.trim();
  let activeTimer = null;
  return {
    display,
    env,
    xdotool,
    /** Real X input every 2 s, so chrome.idle (15 s in the test) sees an active user. */
    keepActive() {
      if (activeTimer) return;
      let flip = 1;
      activeTimer = setInterval(() => {
        flip = -flip;
        xdotool('mousemove_relative', '--', String(flip), String(flip)).catch(() => {});
      }, 2000);
    },
    /** No more input: chrome.idle reports idle after its detection interval. */
    stopActivity() {
      clearInterval(activeTimer);
      activeTimer = null;
    },
    /** Starts an xterm and gives it focus: "the user switched to another application". */
    async focusOtherApp(processes) {
      const xterm = processes.spawn('xterm', ['-title', 'other-app'], { env, stdio: 'ignore' });
      const id = await waitFor('xterm window', async () => (await xdotool('search', '--sync', '--name', 'other-app')).split('\n')[0]);
      await xdotool('windowactivate', '--sync', id);
      await sleep(200);
      return xterm;
    },
  };
}

/** Fails naming each missing X tool and its Debian package, before a spawn fails with a bare ENOENT. */
function requireCommands(packageOf) {
  const dirs = (process.env.PATH || '').split(delimiter).filter(Boolean);
  const onPath = (command) => dirs.some((dir) => {
    try {
      accessSync(join(dir, command), constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
  const missing = Object.entries(packageOf).filter(([command]) => !onPath(command))
    .map(([command, pkg]) => `${command} (Debian package ${pkg})`);
  if (missing.length > 0) {
    throw new Error(`Missing system commands: ${missing.join(', ')}. Run ./test, which installs the packages in .ci/apt-packages.`);
  }
}

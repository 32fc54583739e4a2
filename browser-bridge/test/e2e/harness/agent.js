import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { waitFor } from './processes.js';

/** The real agent jar, headless, on its own data dir; its API called with the admin token. */
export async function startAgent(processes, { jar, dataDir, port = 0, log }) {
  const java = process.env.JAVA_HOME ? join(process.env.JAVA_HOME, 'bin', 'java') : 'java';
  const child = processes.spawn(java, ['-jar', jar, '--headless', '--data-dir', dataDir, '--port', String(port)], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.on('data', (d) => log?.(`[agent] ${d}`));
  child.stderr.on('data', (d) => log?.(`[agent] ${d}`));
  const info = await waitFor('agent.json', () => {
    const file = join(dataDir, 'agent.json');
    if (child.exitCode !== null) throw new Error(`agent exited with ${child.exitCode}`);
    if (!existsSync(file)) return null;
    const parsed = JSON.parse(readFileSync(file, 'utf8'));
    return parsed.pid === child.pid ? parsed : null; // not a stale file from the previous run
  }, 60_000);
  const base = `http://127.0.0.1:${info.port}/api/v1`;
  await waitFor('agent health', async () => (await fetch(`${base}/health`)).ok, 30_000);

  async function api(method, path, body) {
    const response = await fetch(`${base}${path}`, {
      method,
      headers: { Authorization: `Bearer ${info.token}`, ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    let json = null;
    try { json = JSON.parse(text); } catch { json = text; }
    return { status: response.status, json };
  }
  return { child, port: info.port, token: info.token, api, stop: () => processes.stop(child) };
}

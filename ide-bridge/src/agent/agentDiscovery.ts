import * as crypto from 'crypto';
import * as fs from 'fs/promises';
import * as http from 'http';
import * as os from 'os';
import * as path from 'path';

/** Where and how to reach the agent. */
export interface AgentEndpoint {
  /** e.g. http://127.0.0.1:2633/api/v1 (no trailing slash) */
  readonly apiBase: string;
  readonly token: string;
}

export interface DiscoverySettings {
  readonly dataDir: string;
  readonly agentUrl: string;
  readonly apiToken: string;
}

export type Discovery =
  /** `fromFile`: read from agent.json, so the listener must prove it is that agent before it gets the token. */
  | { readonly kind: 'found'; readonly endpoint: AgentEndpoint; readonly fromFile?: boolean }
  | { readonly kind: 'missing'; readonly reason: string };

/** The agent's default data directory, the same rules as the agent's own (docs/api.md). */
export function defaultDataDir(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
  home: string = os.homedir(),
): string {
  if (platform === 'win32') return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), 'CodeHabit');
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', 'CodeHabit');
  const xdg = env.XDG_DATA_HOME && path.isAbsolute(env.XDG_DATA_HOME) ? env.XDG_DATA_HOME : path.join(home, '.local', 'share');
  return path.join(xdg, 'codehabit');
}

/** Explicit URL + token win; otherwise agent.json in the configured or default data dir. */
export async function discoverAgent(settings: DiscoverySettings, fallbackDataDir: () => string = defaultDataDir): Promise<Discovery> {
  if (settings.agentUrl.trim() !== '') {
    if (settings.apiToken.trim() === '') return { kind: 'missing', reason: 'codehabit.agentUrl is set but codehabit.apiToken is empty' };
    return { kind: 'found', endpoint: { apiBase: apiBaseOf(settings.agentUrl.trim()), token: settings.apiToken.trim() } };
  }
  const dir = settings.dataDir.trim() !== '' ? expandHome(settings.dataDir.trim()) : fallbackDataDir();
  const file = path.join(dir, 'agent.json');
  let raw: string;
  try {
    raw = await fs.readFile(file, 'utf8');
  } catch {
    return { kind: 'missing', reason: `agent not running (no ${file})` };
  }
  try {
    const info = JSON.parse(raw) as { port?: unknown; token?: unknown; api?: unknown };
    if (typeof info.token !== 'string' || info.token === '') return { kind: 'missing', reason: `${file} has no token` };
    if (typeof info.api === 'string' && info.api !== '') return { kind: 'found', fromFile: true, endpoint: { apiBase: apiBaseOf(info.api), token: info.token } };
    if (typeof info.port === 'number') return { kind: 'found', fromFile: true, endpoint: { apiBase: `http://127.0.0.1:${info.port}/api/v1`, token: info.token } };
    return { kind: 'missing', reason: `${file} has neither api nor port` };
  } catch {
    return { kind: 'missing', reason: `${file} is not valid JSON` };
  }
}

/** Accepts http://host:port, http://host:port/ or http://host:port/api/v1. */
export function apiBaseOf(url: string): string {
  const trimmed = url.replace(/\/+$/, '');
  return /\/api\/v1$/.test(trimmed) ? trimmed : `${trimmed}/api/v1`;
}

function expandHome(p: string): string {
  return p === '~' || p.startsWith('~/') ? path.join(os.homedir(), p.slice(1)) : p;
}

/** What the agent holding `token` answers to `challenge` (the agent's HealthProof: HMAC-SHA256 keyed by SHA-256(token)). */
export function healthProof(token: string, challenge: string): string {
  const key = crypto.createHash('sha256').update(token, 'utf8').digest();
  return crypto.createHmac('sha256', key).update(`codehabit-health:${challenge}`, 'utf8').digest('base64url');
}

/**
 * Whether the listener at `endpoint` is the agent whose token agent.json holds: it must answer a fresh challenge sent
 * to /health without the token. After the agent stopped (or crashed), any local program may hold its port; it gets
 * neither the token nor anything it could replay.
 */
export function provesItself(endpoint: AgentEndpoint, timeoutMs = 3000): Promise<boolean> {
  const challenge = crypto.randomBytes(32).toString('base64url');
  const url = new URL(`${endpoint.apiBase}/health?challenge=${encodeURIComponent(challenge)}`);
  return new Promise((resolve) => {
    const req = http.get(url, { headers: { accept: 'application/json' }, timeout: timeoutMs }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        try {
          const proof = (JSON.parse(Buffer.concat(chunks).toString('utf8')) as { proof?: unknown }).proof;
          const expected = Buffer.from(healthProof(endpoint.token, challenge));
          resolve(res.statusCode === 200 && typeof proof === 'string' && proof.length === expected.length
            && crypto.timingSafeEqual(Buffer.from(proof), expected));
        } catch {
          resolve(false);
        }
      });
    });
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', () => resolve(false));
  });
}

import * as fs from 'node:fs';
import * as http from 'node:http';
import * as os from 'node:os';
import * as path from 'node:path';
import { AddressInfo } from 'node:net';
import { healthProof } from '../src/agent/agentDiscovery';

export interface Recorded {
  readonly method: string;
  readonly url: string;
  readonly auth?: string;
  readonly body: unknown;
}

export type Responder = (req: Recorded) => { status: number; body?: unknown; headers?: Record<string, string> } | undefined;

/**
 * A stand-in for the agent's HTTP API on loopback (the agent is Java; the extension's unit tests only need its
 * wire contract). Stores heartbeats by (time, entity, source) like the agent, so duplicates are visible.
 */
export class FakeAgent {
  readonly requests: Recorded[] = [];
  readonly stored: Record<string, unknown>[] = [];
  readonly commits: Record<string, unknown>[] = [];
  token = 'secret-token';
  responder: Responder = () => undefined;
  private server!: http.Server;
  port = 0;

  async start(): Promise<this> {
    this.server = http.createServer((req, res) => {
      let raw = '';
      req.on('data', (c) => (raw += c));
      req.on('end', () => {
        const rec: Recorded = { method: req.method ?? '', url: req.url ?? '', auth: req.headers.authorization, body: raw ? JSON.parse(raw) : undefined };
        this.requests.push(rec);
        const answer = this.answer(rec);
        res.writeHead(answer.status, { 'content-type': 'application/json', ...(answer.headers ?? {}) });
        res.end(answer.body === undefined ? '' : JSON.stringify(answer.body));
      });
    });
    await new Promise<void>((r) => this.server.listen(0, '127.0.0.1', r));
    this.port = (this.server.address() as AddressInfo).port;
    return this;
  }

  /** Writes agent.json the way the agent does and returns the data dir. */
  writeAgentJson(dir = fs.mkdtempSync(path.join(os.tmpdir(), 'codehabit-data-'))): string {
    fs.writeFileSync(path.join(dir, 'agent.json'), JSON.stringify({ port: this.port, token: this.token, pid: process.pid, version: '0.1.0', api: `http://127.0.0.1:${this.port}/api/v1` }));
    return dir;
  }

  heartbeatRequests(): Recorded[] {
    return this.requests.filter((r) => r.url.endsWith('/heartbeats.bulk'));
  }

  async stop(): Promise<void> {
    await new Promise<void>((r) => this.server.close(() => r()));
  }

  private answer(rec: Recorded): { status: number; body?: unknown; headers?: Record<string, string> } {
    const health = new URL(rec.url, 'http://127.0.0.1');
    if (health.pathname === '/api/v1/health') {
      const challenge = health.searchParams.get('challenge');
      return { status: 200, body: { status: 'ok', ...(challenge ? { proof: healthProof(this.token, challenge) } : {}) } };
    }
    if (rec.auth !== `Bearer ${this.token}`) return { status: 401, body: { error: 'bad token' } };
    const scripted = this.responder(rec);
    if (scripted) return scripted;
    if (rec.url === '/api/v1/users/current/heartbeats.bulk') {
      const responses = (rec.body as Record<string, unknown>[]).map((hb) => {
        if (typeof hb.entity !== 'string' || typeof hb.time !== 'number') return [{ error: 'entity and time are required' }, 400];
        const dup = this.stored.some((s) => s.time === hb.time && s.entity === hb.entity && s.source === hb.source);
        if (!dup) this.stored.push(hb);
        return [{ data: hb }, 201];
      });
      return { status: 202, body: { responses } };
    }
    if (rec.url === '/api/v1/commits') {
      this.commits.push(rec.body as Record<string, unknown>);
      return { status: 201, body: { data: rec.body } };
    }
    if (rec.url === '/api/v1/users/current/statusbar/today') return { status: 200, body: { data: { grand_total: { total_seconds: 3720, text: '1 hr 2 mins' } } } };
    return { status: 404, body: { error: 'no such route' } };
  }
}

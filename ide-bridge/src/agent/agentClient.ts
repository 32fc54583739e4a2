import * as http from 'http';
import { AgentEndpoint, Discovery, provesItself } from './agentDiscovery';

export interface AgentResponse {
  readonly status: number;
  readonly body: unknown;
  readonly retryAfterSeconds?: number;
}

/** The agent cannot be reached at all (not running, wrong port, refused). */
export class AgentUnavailable extends Error {}

/**
 * Talks to the agent on loopback. Re-reads agent.json whenever a call fails to connect or is refused with 401,
 * because the agent writes a new port and token on every start.
 */
export class AgentClient {
  private endpoint: AgentEndpoint | undefined;
  private lastProblem = 'not connected yet';

  constructor(
    private readonly discover: () => Promise<Discovery>,
    private readonly timeoutMs = 10_000,
    private readonly prove: (endpoint: AgentEndpoint) => Promise<boolean> = provesItself,
  ) {}

  get problem(): string {
    return this.lastProblem;
  }

  async request(method: 'GET' | 'POST', pathAndQuery: string, body?: unknown): Promise<AgentResponse> {
    const first = await this.endpointOrThrow();
    try {
      const res = await this.send(first, method, pathAndQuery, body);
      if (res.status !== 401) return res;
    } catch (e) {
      if (!(e instanceof AgentUnavailable)) throw e;
    }
    // The agent may have restarted with a new port or token: look again once.
    this.endpoint = undefined;
    const second = await this.endpointOrThrow();
    const res = await this.send(second, method, pathAndQuery, body);
    if (res.status === 401) this.lastProblem = 'the agent refused the token (401)';
    return res;
  }

  private async endpointOrThrow(): Promise<AgentEndpoint> {
    if (this.endpoint) return this.endpoint;
    const found = await this.discover();
    if (found.kind === 'missing') {
      this.lastProblem = found.reason;
      throw new AgentUnavailable(found.reason);
    }
    if (found.fromFile && !(await this.prove(found.endpoint))) {
      this.lastProblem = `the program at ${found.endpoint.apiBase} did not prove it is the CodeHabit agent (is agent.json stale?)`;
      throw new AgentUnavailable(this.lastProblem);
    }
    this.endpoint = found.endpoint;
    return found.endpoint;
  }

  private send(endpoint: AgentEndpoint, method: string, pathAndQuery: string, body: unknown): Promise<AgentResponse> {
    const url = new URL(endpoint.apiBase + pathAndQuery);
    const payload = body === undefined ? undefined : Buffer.from(JSON.stringify(body), 'utf8');
    return new Promise((resolve, reject) => {
      const req = http.request(
        url,
        {
          method,
          headers: {
            authorization: `Bearer ${endpoint.token}`,
            accept: 'application/json',
            ...(payload ? { 'content-type': 'application/json', 'content-length': payload.length } : {}),
          },
          timeout: this.timeoutMs,
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => {
            const text = Buffer.concat(chunks).toString('utf8');
            let parsed: unknown = text;
            try {
              parsed = text === '' ? undefined : JSON.parse(text);
            } catch {
              /* keep the text: error pages from proxies are not JSON */
            }
            const retryAfter = Number(res.headers['retry-after']);
            this.lastProblem = '';
            resolve({
              status: res.statusCode ?? 0,
              body: parsed,
              retryAfterSeconds: Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : undefined,
            });
          });
        },
      );
      req.on('timeout', () => req.destroy(new Error('timeout')));
      req.on('error', (e) => {
        this.lastProblem = `agent unreachable at ${endpoint.apiBase} (${e.message})`;
        reject(new AgentUnavailable(this.lastProblem));
      });
      req.end(payload);
    });
  }
}

import { AgentClient } from './agentClient';

export type DashboardResult = 'opened' | 'headless' | 'unsupported';

export interface FocusResult {
  readonly ok: boolean;
  readonly endsAt?: number;
  readonly message?: string;
}

/** The agent's routes the extension reads or triggers (docs/api.md), beyond heartbeat and commit ingest. */
export class AgentApi {
  constructor(private readonly client: AgentClient) {}

  /** Today's coding seconds, from WakaTime's status-bar endpoint. */
  async todaySeconds(): Promise<number> {
    const res = await this.client.request('GET', '/users/current/statusbar/today');
    if (res.status !== 200) throw new Error(`statusbar/today answered ${res.status}`);
    const total = (res.body as { data?: { grand_total?: { total_seconds?: unknown } } })?.data?.grand_total?.total_seconds;
    return typeof total === 'number' ? total : 0;
  }

  /** GET /api/v1/stats for one local day; the body is returned as the agent sent it. */
  async stats(date: string): Promise<Record<string, unknown>> {
    const res = await this.client.request('GET', `/stats?from=${date}&to=${date}`);
    if (res.status !== 200) throw new Error(`stats answered ${res.status}: ${JSON.stringify(res.body)}`);
    return (res.body ?? {}) as Record<string, unknown>;
  }

  async openDashboard(): Promise<DashboardResult> {
    const res = await this.client.request('POST', '/ui/dashboard', {});
    if (res.status >= 200 && res.status < 300) return 'opened';
    if (res.status === 409) return 'headless';
    if (res.status === 404) return 'unsupported';
    throw new Error(`ui/dashboard answered ${res.status}`);
  }

  /** Starts a focus session (POST /api/v1/focus); 409 while one runs. */
  async startFocus(minutes: number): Promise<FocusResult> {
    const res = await this.client.request('POST', '/focus', { minutes, strict: false });
    if (res.status === 409) return { ok: false, message: 'a focus session is already running' };
    if (res.status < 200 || res.status >= 300) {
      const error = (res.body as { error?: string })?.error;
      return { ok: false, message: error ?? `the agent answered ${res.status}` };
    }
    return { ok: true, endsAt: endsAtOf(res.body) ?? Date.now() + minutes * 60_000 };
  }

  /** When the running focus session ends (epoch ms), or undefined when none runs. */
  async focusEndsAt(): Promise<number | undefined> {
    const res = await this.client.request('GET', '/focus');
    if (res.status !== 200) return undefined;
    return (res.body as { active?: boolean })?.active ? endsAtOf(res.body) : undefined;
  }
}

function endsAtOf(body: unknown): number | undefined {
  const endsAt = (body as { ends_at?: unknown })?.ends_at;
  const ms = typeof endsAt === 'string' ? Date.parse(endsAt) : NaN;
  return Number.isFinite(ms) ? ms : undefined;
}

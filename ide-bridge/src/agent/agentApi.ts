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

  async startFocus(minutes: number): Promise<FocusResult> {
    const res = await this.client.request('POST', '/focus/sessions', { minutes, source: 'vscode' });
    if (res.status === 404) return { ok: false, message: 'this agent has no focus sessions yet' };
    if (res.status < 200 || res.status >= 300) {
      const error = (res.body as { error?: string })?.error;
      return { ok: false, message: error ?? `the agent answered ${res.status}` };
    }
    const endsAt = (res.body as { ends_at?: unknown })?.ends_at;
    return { ok: true, endsAt: typeof endsAt === 'number' ? endsAt * 1000 : Date.now() + minutes * 60_000 };
  }
}

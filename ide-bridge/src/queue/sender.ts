import { AgentResponse, AgentUnavailable } from '../agent/agentClient';
import { Backoff } from './backoff';
import { DiskQueue, QueueItem } from './diskQueue';
import { Outgoing } from './outgoing';

export interface SenderDeps {
  readonly queue: DiskQueue<Outgoing>;
  readonly request: (method: 'POST', path: string, body: unknown) => Promise<AgentResponse>;
  readonly setTimer: (fn: () => void, ms: number) => unknown;
  readonly clearTimer: (handle: unknown) => void;
  readonly log: (message: string) => void;
  readonly onState: (state: SenderState) => void;
  readonly backoff?: Backoff;
}

export interface SenderState {
  readonly online: boolean;
  readonly queued: number;
  readonly problem?: string;
}

/** WakaTime's bulk endpoint takes at most 25 heartbeats per request. */
export const BATCH_SIZE = 25;

type Outcome = { readonly delivered: Set<string>; readonly retry?: { readonly problem: string; readonly retryAfterSeconds?: number } };

/**
 * Drains the disk queue to the agent oldest first, one request at a time. An item leaves the queue only when the
 * agent stored it or rejected it for good (a 4xx for that item); 5xx, 429 and an unreachable agent keep it and
 * retry with backoff. The agent deduplicates on (time, entity, source), so a retry after a lost response does not
 * count twice.
 */
export class Sender {
  private running: Promise<void> | undefined;
  private again = false;
  private retryTimer: unknown;
  private readonly backoff: Backoff;

  constructor(private readonly deps: SenderDeps) {
    this.backoff = deps.backoff ?? new Backoff();
  }

  /** Sends everything queued; concurrent calls join the running drain (which then runs once more). */
  flush(): Promise<void> {
    if (this.retryTimer !== undefined) return Promise.resolve(); // backing off: the timer will drain
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = this.drain().finally(() => {
      this.running = undefined;
      if (this.again) {
        this.again = false;
        void this.flush();
      }
    });
    return this.running;
  }

  dispose(): void {
    if (this.retryTimer !== undefined) this.deps.clearTimer(this.retryTimer);
    this.retryTimer = undefined;
  }

  private async drain(): Promise<void> {
    const { queue } = this.deps;
    while (queue.size > 0) {
      const batch = nextBatch(queue.peek(BATCH_SIZE));
      let outcome: Outcome;
      try {
        outcome = batch[0].payload.kind === 'commit' ? await this.sendCommit(batch[0]) : await this.sendHeartbeats(batch);
      } catch (e) {
        const problem = e instanceof AgentUnavailable ? e.message : `sending failed: ${(e as Error).message}`;
        outcome = { delivered: new Set(), retry: { problem } };
      }
      queue.remove(outcome.delivered);
      if (outcome.retry) {
        this.scheduleRetry(outcome.retry.problem, outcome.retry.retryAfterSeconds);
        return;
      }
      this.backoff.reset();
      this.deps.onState({ online: true, queued: queue.size });
    }
    this.deps.onState({ online: true, queued: 0 });
  }

  private async sendHeartbeats(batch: readonly QueueItem<Outgoing>[]): Promise<Outcome> {
    const body = batch.map((i) => (i.payload.kind === 'heartbeat' ? i.payload.heartbeat : undefined));
    const res = await this.deps.request('POST', '/users/current/heartbeats.bulk', body);
    const whole = this.wholeRequestOutcome(res, batch, 'heartbeats');
    if (whole) return whole;
    const responses = (res.body as { responses?: unknown })?.responses;
    if (!Array.isArray(responses) || responses.length !== batch.length) {
      return { delivered: new Set(), retry: { problem: `unexpected bulk answer (status ${res.status})` } };
    }
    const delivered = new Set<string>();
    let retry: Outcome['retry'];
    batch.forEach((item, i) => {
      const [answer, status] = responses[i] as [unknown, number];
      if (status >= 200 && status < 300) delivered.add(item.id);
      else if (status >= 400 && status < 500 && status !== 429) {
        this.deps.log(`agent rejected a heartbeat (${status}): ${JSON.stringify(answer)}`);
        delivered.add(item.id); // it will never be accepted; keeping it would block the queue
      } else retry = { problem: `agent answered ${status} for a heartbeat` };
    });
    return { delivered, retry };
  }

  private async sendCommit(item: QueueItem<Outgoing>): Promise<Outcome> {
    if (item.payload.kind !== 'commit') throw new Error('not a commit');
    const res = await this.deps.request('POST', '/commits', item.payload.commit);
    return this.wholeRequestOutcome(res, [item], 'commit') ?? { delivered: new Set([item.id]) };
  }

  /** Answers that decide for every item of the request; undefined when per-item answers must be read. */
  private wholeRequestOutcome(res: AgentResponse, batch: readonly QueueItem<Outgoing>[], what: string): Outcome | undefined {
    if (res.status === 429 || res.status >= 500 || res.status === 401 || res.status === 408) {
      return { delivered: new Set(), retry: { problem: `agent answered ${res.status} for ${what}`, retryAfterSeconds: res.retryAfterSeconds } };
    }
    if (res.status >= 400) {
      this.deps.log(`agent rejected ${batch.length} ${what} for good (${res.status}): ${JSON.stringify(res.body)}`);
      return { delivered: new Set(batch.map((i) => i.id)) };
    }
    if (what === 'commit') return { delivered: new Set(batch.map((i) => i.id)) };
    return undefined;
  }

  private scheduleRetry(problem: string, retryAfterSeconds?: number): void {
    const delay = this.backoff.next(retryAfterSeconds);
    this.deps.log(`${problem}; retrying in ${Math.round(delay / 1000)} s`);
    this.deps.onState({ online: false, queued: this.deps.queue.size, problem });
    this.retryTimer = this.deps.setTimer(() => {
      this.retryTimer = undefined;
      void this.flush();
    }, delay);
  }
}

/** Consecutive heartbeats travel together; a commit travels alone, so the queue's order is kept. */
function nextBatch(items: readonly QueueItem<Outgoing>[]): readonly QueueItem<Outgoing>[] {
  if (items[0].payload.kind === 'commit') return [items[0]];
  const end = items.findIndex((i) => i.payload.kind !== 'heartbeat');
  return end === -1 ? items : items.slice(0, end);
}

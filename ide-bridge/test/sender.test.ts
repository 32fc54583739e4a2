import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { AgentClient } from '../src/agent/agentClient';
import { discoverAgent } from '../src/agent/agentDiscovery';
import { Backoff } from '../src/queue/backoff';
import { DiskQueue } from '../src/queue/diskQueue';
import { Outgoing } from '../src/queue/outgoing';
import { Sender, SenderState } from '../src/queue/sender';
import { Heartbeat } from '../src/tracking/heartbeat';
import { FakeAgent } from './fakeAgent';

const hb = (t: number, entity = '/ws/a.ts'): Outgoing => ({
  kind: 'heartbeat',
  heartbeat: { entity, type: 'file', category: 'coding', time: t, source: 'vscode', user_agent: 'test' } as Heartbeat,
});

describe('sender', () => {
  let agent: FakeAgent;
  let dataDir: string;
  let queue: DiskQueue<Outgoing>;
  let timers: { fn: () => void; ms: number }[];
  let states: SenderState[];
  let sender: Sender;

  beforeEach(async () => {
    agent = await new FakeAgent().start();
    dataDir = agent.writeAgentJson();
    queue = new DiskQueue<Outgoing>({ dir: fs.mkdtempSync(path.join(os.tmpdir(), 'codehabit-q-')), ownerPid: 1, maxItems: () => 1000, isAlive: () => false });
    queue.open();
    timers = [];
    states = [];
    const client = new AgentClient(() => discoverAgent({ dataDir, agentUrl: '', apiToken: '' }));
    sender = new Sender({
      queue,
      request: (m, p, b) => client.request(m, p, b),
      setTimer: (fn, ms) => timers.push({ fn, ms }),
      clearTimer: () => undefined,
      log: () => undefined,
      onState: (s) => states.push(s),
      backoff: new Backoff(1000, 60_000),
    });
  });

  afterEach(() => agent.stop());

  const runTimer = async () => {
    const t = timers.shift();
    assert.ok(t, 'a retry was scheduled');
    t.fn();
    await sender.flush();
  };

  it('sends queued heartbeats in order in batches of at most 25 and empties the queue', async () => {
    for (let i = 0; i < 30; i++) queue.enqueue(hb(1000 + i));
    await sender.flush();
    const batches = agent.heartbeatRequests().map((r) => (r.body as Heartbeat[]).length);
    assert.deepEqual(batches, [25, 5]);
    assert.deepEqual(agent.stored.map((s) => s.time), Array.from({ length: 30 }, (_, i) => 1000 + i));
    assert.equal(queue.size, 0);
    assert.equal(states.at(-1)?.online, true);
  });

  it('drops an item the agent rejects (400) and keeps sending the rest', async () => {
    queue.enqueue(hb(1));
    queue.enqueue({ kind: 'heartbeat', heartbeat: { time: 2 } as unknown as Heartbeat });
    queue.enqueue(hb(3));
    await sender.flush();
    assert.deepEqual(agent.stored.map((s) => s.time), [1, 3]);
    assert.equal(queue.size, 0);
  });

  it('keeps everything and backs off on 5xx, then delivers once, in order', async () => {
    let fail = true;
    agent.responder = (r) => (fail && r.url.endsWith('.bulk') ? { status: 503, body: { error: 'busy' } } : undefined);
    queue.enqueue(hb(1));
    queue.enqueue(hb(2));
    await sender.flush();
    assert.equal(queue.size, 2);
    assert.equal(timers[0].ms, 1000);
    assert.equal(states.at(-1)?.online, false);
    await sender.flush();
    assert.equal(agent.heartbeatRequests().length, 1, 'no sending while backing off');
    await runTimer();
    assert.equal(timers[0].ms, 2000, 'the delay doubles');
    fail = false;
    await runTimer();
    assert.deepEqual(agent.stored.map((s) => s.time), [1, 2]);
    assert.equal(queue.size, 0);
  });

  it('honours Retry-After on 429', async () => {
    agent.responder = () => ({ status: 429, body: { error: 'slow down' }, headers: { 'retry-after': '30' } });
    queue.enqueue(hb(1));
    await sender.flush();
    assert.equal(timers[0].ms, 30_000);
    assert.equal(queue.size, 1);
  });

  it('keeps events while the agent is not running and sends them when it starts', async () => {
    fs.rmSync(path.join(dataDir, 'agent.json'));
    queue.enqueue(hb(1));
    queue.enqueue({ kind: 'commit', commit: { hash: 'abc', project: 'p', files_changed: 1, insertions: 2, deletions: 0, time: 5, source: 'vscode' } });
    queue.enqueue(hb(2));
    await sender.flush();
    assert.equal(queue.size, 3);
    assert.match(states.at(-1)?.problem ?? '', /agent not running/);
    agent.writeAgentJson(dataDir);
    await runTimer();
    assert.equal(queue.size, 0);
    // First the agent proves itself (no token sent), then the queue goes out in order.
    assert.match(agent.requests[0].url, /^\/api\/v1\/health\?challenge=/);
    assert.equal(agent.requests[0].auth, undefined);
    assert.deepEqual(agent.requests.slice(1).map((r) => r.url.replace('/api/v1', '')), ['/users/current/heartbeats.bulk', '/commits', '/users/current/heartbeats.bulk']);
  });

  it('finds a restarted agent with a new token', async () => {
    queue.enqueue(hb(1));
    await sender.flush();
    agent.token = 'rotated';
    agent.writeAgentJson(dataDir);
    queue.enqueue(hb(2));
    await sender.flush();
    assert.deepEqual(agent.stored.map((s) => s.time), [1, 2]);
  });

  it('never sends an item twice when flushes overlap', async () => {
    for (let i = 0; i < 10; i++) queue.enqueue(hb(i));
    await Promise.all([sender.flush(), sender.flush(), sender.flush()]);
    const sentTimes = agent.heartbeatRequests().flatMap((r) => (r.body as Heartbeat[]).map((h) => h.time));
    assert.deepEqual(sentTimes, Array.from({ length: 10 }, (_, i) => i));
  });
});

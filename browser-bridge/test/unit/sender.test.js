import assert from 'node:assert/strict';
import { beforeEach, describe, it } from 'node:test';
import { createAgentClient } from '../../src/lib/agent-client.js';
import { appendItems, emptyQueue } from '../../src/lib/queue.js';
import { BACKOFF_MAX_MS, createSender } from '../../src/lib/sender.js';
import { createStore } from '../../src/lib/store.js';
import { defaultHandler, fakeAgent, fakeStorageArea, manualClock } from './fake-chrome.js';

const hb = (n) => ({ id: `hb:${n}`, kind: 'heartbeat', body: { entity: `site${n}.com`, time: n } });

let area;
let store;
let agent;
let clock;
let sender;

function setUp(items, pairing = { status: 'paired', token: 'tok-1' }) {
  area = fakeStorageArea({ queue: appendItems(emptyQueue(), items), pairing });
  store = createStore(area);
  agent = fakeAgent();
  clock = manualClock();
  sender = createSender({ store, client: createAgentClient({ storage: store, fetchFn: agent.fetchFn }), clock });
}

describe('sender', () => {
  beforeEach(() => setUp([hb(1), hb(2), hb(3)]));

  it('sends the queue in order with the token and empties it', async () => {
    assert.equal(await sender.flush(), 'empty');
    assert.equal(agent.requests.length, 1);
    const [request] = agent.requests;
    assert.equal(request.url, 'http://127.0.0.1:2633/api/v1/users/current/heartbeats.bulk');
    assert.equal(request.headers.Authorization, 'Bearer tok-1');
    assert.deepEqual(request.body.map((b) => b.time), [1, 2, 3]);
    assert.deepEqual(area.data.queue.items, []);
    assert.equal(await sender.flush(), 'empty');
    assert.equal(agent.requests.length, 1, 'nothing is sent twice');
  });

  it('uses the configured port', async () => {
    area.data.settings = { port: 4321, idleSeconds: 60 };
    await sender.flush();
    assert.match(agent.requests[0].url, /^http:\/\/127\.0\.0\.1:4321\//);
  });

  it('drops what the agent rejects with 400 and keeps the rest flowing', async () => {
    agent.handler = (r) => ({ status: 202, json: { responses: r.body.map((b) => (b.time === 2 ? [{ error: 'bad' }, 400] : [{ data: b }, 201])) } });
    await sender.flush();
    assert.deepEqual(area.data.queue.items, []);
    assert.equal(area.data.sender.rejected, 1);
    assert.equal(area.data.sender.sent, 2);
  });

  it('keeps the queue and backs off exponentially while the agent is down', async () => {
    agent.handler = () => ({ networkError: true });
    assert.equal(await sender.flush(), 'backoff');
    assert.equal(area.data.queue.items.length, 3);
    const first = area.data.sender.delayMs;
    assert.equal(await sender.flush(), 'backoff', 'no request while backing off');
    assert.equal(agent.requests.length, 1);
    clock.advance(first / 1000);
    await sender.flush();
    assert.equal(area.data.sender.delayMs, first * 2);
    for (let i = 0; i < 20; i++) {
      clock.advance(area.data.sender.delayMs / 1000);
      await sender.flush();
    }
    assert.equal(area.data.sender.delayMs, BACKOFF_MAX_MS);
    agent.handler = defaultHandler;
    clock.advance(BACKOFF_MAX_MS / 1000);
    assert.equal(await sender.flush(), 'empty');
    assert.deepEqual(agent.requests.at(-1).body.map((b) => b.time), [1, 2, 3], 'flushed in order once it is back');
  });

  it('backs off on 5xx and honours Retry-After on 429', async () => {
    agent.handler = () => ({ status: 503, json: { error: 'busy' } });
    await sender.flush();
    assert.ok(area.data.sender.backoffUntil > clock());
    clock.advance(3600);
    agent.handler = () => ({ status: 429, headers: { 'Retry-After': '42' }, json: { error: 'slow down' } });
    await sender.flush();
    assert.equal(area.data.sender.backoffUntil, clock() + 42_000);
    assert.equal(area.data.queue.items.length, 3);
  });

  it('retries from the first item the agent could not store, in order', async () => {
    agent.handler = (r) => ({ status: 202, json: { responses: r.body.map((b) => (b.time === 2 ? [{ error: 'db' }, 500] : [{ data: b }, 201])) } });
    await sender.flush();
    assert.deepEqual(area.data.queue.items.map((i) => i.id), ['hb:2', 'hb:3']);
  });

  it('forgets a revoked token, marks the pairing lost and keeps the events', async () => {
    agent.handler = () => ({ status: 401, json: { error: 'unknown token' } });
    assert.equal(await sender.flush(), 'unauthorized');
    assert.equal(area.data.pairing.status, 'revoked');
    assert.equal(area.data.pairing.token, null);
    assert.equal(area.data.queue.items.length, 3);
    assert.equal(await sender.flush(), 'unpaired');
    assert.equal(agent.requests.length, 1);
  });

  it('sends nothing before pairing', async () => {
    setUp([hb(1)], { status: 'unpaired' });
    assert.equal(await sender.flush(), 'unpaired');
    assert.equal(agent.requests.length, 0);
  });

  it('resends the same ids after a lost response, so the agent can de-duplicate', async () => {
    let calls = 0;
    agent.handler = (r) => (++calls === 1 ? { networkError: true } : defaultHandler(r));
    await sender.flush();
    clock.advance(10);
    await sender.flush();
    assert.deepEqual(agent.requests[0].body, agent.requests[1].body);
  });

  it('shares one flush between concurrent callers', async () => {
    await Promise.all([sender.flush(), sender.flush(), sender.flush()]);
    assert.equal(agent.requests.length, 1);
  });

  it('drops a whole batch only when the agent itself answers 400 with its JSON error', async () => {
    agent.handler = () => ({ status: 400, json: { error: 'time must be epoch seconds' } });
    await sender.flush();
    assert.deepEqual(area.data.queue.items, []);
    assert.equal(area.data.sender.rejected, 3);
  });

  for (const [what, answer] of [
    ['a 404 from an agent without this route', { status: 404, json: { error: 'Not found' } }],
    ['a 400 without the agent\'s JSON error body', { status: 400 }],
    ['a 403 from something else on the port', { status: 403, json: { message: 'forbidden' } }],
    ['a 413 from a proxy', { status: 413 }],
  ]) {
    it(`keeps the queue and backs off on ${what}`, async () => {
      agent.handler = () => answer;
      assert.equal(await sender.flush(), 'backoff');
      assert.equal(area.data.queue.items.length, 3);
      assert.equal(area.data.sender.rejected ?? 0, 0);
      assert.ok(area.data.sender.backoffUntil > clock());
    });
  }

  it('never sends the token to a port where no CodeHabit agent answers /health', async () => {
    agent.health = () => ({ status: 200, json: { status: 'running', name: 'some dev server' } });
    assert.equal(await sender.flush(), 'backoff');
    assert.equal(agent.requests.length, 0, 'nothing but the health check went to that port');
    assert.equal(agent.healthChecks.length, 1);
    assert.equal(agent.healthChecks[0].headers.Authorization, undefined);
    assert.equal(area.data.queue.items.length, 3);

    agent.health = undefined; // the agent starts on that port
    clock.advance(3600);
    assert.equal(await sender.flush(), 'empty');
    assert.equal(agent.requests[0].headers.Authorization, 'Bearer tok-1');
  });
});

describe('agent client', () => {
  it('gives up on a request the agent does not answer in time, like an unreachable agent', { timeout: 3000 }, async () => {
    // like fetch: settles only when its signal aborts
    const hanging = (_url, init) => new Promise((_resolve, reject) => {
      init.signal?.addEventListener('abort', () => reject(init.signal.reason));
    });
    const client = createAgentClient({ storage: createStore(fakeStorageArea()), fetchFn: hanging, timeoutMs: 50 });
    // Node unrefs AbortSignal.timeout's timer; keep the loop alive as a browser's would be.
    const keepAlive = setInterval(() => {}, 1000);
    const response = await client.request('GET', '/focus', undefined, { auth: false }).finally(() => clearInterval(keepAlive));
    assert.equal(response.status, 0);
    assert.match(response.error, /time|abort/i);
  });

  it('uses a 5 s timeout by default', async () => {
    let signal;
    const client = createAgentClient({
      storage: createStore(fakeStorageArea()),
      fetchFn: async (_url, init) => {
        signal = init.signal;
        return { status: 200, headers: { get: () => null }, json: async () => ({}) };
      },
    });
    await client.request('GET', '/health', undefined, { auth: false });
    assert.ok(signal instanceof AbortSignal);
  });
});

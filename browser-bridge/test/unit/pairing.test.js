import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createAgentClient } from '../../src/lib/agent-client.js';
import { createPairing } from '../../src/lib/pairing.js';
import { createStore } from '../../src/lib/store.js';
import { fakeAgent, fakeStorageArea } from './fake-chrome.js';

function setUp(handler) {
  const area = fakeStorageArea();
  const store = createStore(area);
  const agent = fakeAgent(handler);
  const pairing = createPairing({ store, client: createAgentClient({ storage: store, fetchFn: agent.fetchFn }), clientKind: 'chrome', clientName: 'Chromium on Linux' });
  return { area, agent, pairing };
}

describe('pairing', () => {
  it('asks without a token, shows the code, and stores the token once approved', async () => {
    let status = 'pending';
    const { area, agent, pairing } = setUp((r) => (r.method === 'POST'
      ? { status: 202, json: { id: 'p1', code: '123-456' } }
      : { status: 200, json: status === 'approved' ? { status, token: 'secret', client_id: 'c1' } : { status } }));
    const started = await pairing.start();
    assert.deepEqual(started, { ok: true, pairing: { status: 'pending', id: 'p1', code: '123-456', token: null } });
    assert.deepEqual(agent.requests[0].body, { client: 'chrome', name: 'Chromium on Linux' });
    assert.equal(agent.requests[0].headers.Authorization, undefined);
    assert.equal((await pairing.poll()).status, 'pending');
    status = 'approved';
    assert.equal((await pairing.poll()).status, 'paired');
    assert.equal(area.data.pairing.token, 'secret');
    assert.equal(agent.requests.at(-1).path, '/api/v1/pairing/p1');
    await pairing.poll();
    assert.equal(agent.requests.length, 3, 'a paired client stops polling');
  });

  it('ends in denied or expired, and says so when the agent is not running', async () => {
    const denied = setUp((r) => (r.method === 'POST' ? { status: 202, json: { id: 'p', code: '1' } } : { status: 200, json: { status: 'denied' } }));
    await denied.pairing.start();
    assert.equal((await denied.pairing.poll()).status, 'denied');
    const gone = setUp((r) => (r.method === 'POST' ? { status: 202, json: { id: 'p', code: '1' } } : { status: 404, json: { error: 'no such request' } }));
    await gone.pairing.start();
    assert.equal((await gone.pairing.poll()).status, 'expired');
    const down = setUp(() => ({ networkError: true }));
    assert.deepEqual(await down.pairing.start(), { ok: false, error: 'The CodeHabit agent is not running' });
    const busy = setUp(() => ({ status: 429, json: { error: 'too many pending pairing requests' } }));
    assert.deepEqual(await busy.pairing.start(), { ok: false, error: 'too many pending pairing requests' });
  });
});

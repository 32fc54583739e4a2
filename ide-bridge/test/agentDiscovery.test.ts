import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { AgentClient, AgentUnavailable } from '../src/agent/agentClient';
import { apiBaseOf, defaultDataDir, discoverAgent, provesItself } from '../src/agent/agentDiscovery';
import { FakeAgent } from './fakeAgent';

const none = { dataDir: '', agentUrl: '', apiToken: '' };

describe('agent discovery', () => {
  it('uses the agent\'s default data dirs per OS', () => {
    assert.equal(defaultDataDir('linux', {}, '/home/u'), '/home/u/.local/share/codehabit');
    assert.equal(defaultDataDir('linux', { XDG_DATA_HOME: '/x/data' }, '/home/u'), '/x/data/codehabit');
    assert.equal(defaultDataDir('darwin', {}, '/Users/u'), '/Users/u/Library/Application Support/CodeHabit');
    assert.equal(defaultDataDir('win32', { APPDATA: 'C:\\Users\\u\\AppData\\Roaming' }, 'C:\\Users\\u'), path.join('C:\\Users\\u\\AppData\\Roaming', 'CodeHabit'));
  });

  it('reads port and token from agent.json in the configured data dir', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'codehabit-d-'));
    fs.writeFileSync(path.join(dir, 'agent.json'), JSON.stringify({ port: 4711, token: 't0k', pid: 1, version: '0.1.0', api: 'http://127.0.0.1:4711/api/v1' }));
    assert.deepEqual(await discoverAgent({ ...none, dataDir: dir }), { kind: 'found', fromFile: true, endpoint: { apiBase: 'http://127.0.0.1:4711/api/v1', token: 't0k' } });
  });

  it('sends the token only to a listener that proves it is the agent agent.json names', async () => {
    const impostor = await new FakeAgent().start();
    try {
      impostor.token = 'the-impostors-own';
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'codehabit-d-'));
      fs.writeFileSync(path.join(dir, 'agent.json'), JSON.stringify({ port: impostor.port, token: 'the-real-token', api: `http://127.0.0.1:${impostor.port}/api/v1` }));
      const client = new AgentClient(() => discoverAgent({ ...none, dataDir: dir }));
      await assert.rejects(client.request('GET', '/users/current/statusbar/today'), AgentUnavailable);
      assert.ok(impostor.requests.length > 0);
      assert.ok(impostor.requests.every((r) => r.auth === undefined && !r.url.includes('the-real-token')));
      assert.match(client.problem, /did not prove/);

      impostor.token = 'the-real-token'; // now it is the agent: it can answer the challenge
      assert.equal(await provesItself({ apiBase: `http://127.0.0.1:${impostor.port}/api/v1`, token: 'the-real-token' }), true);
      assert.equal((await client.request('GET', '/users/current/statusbar/today')).status, 200);
    } finally {
      await impostor.stop();
    }
  });

  it('falls back to the port when agent.json has no api field', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'codehabit-d-'));
    fs.writeFileSync(path.join(dir, 'agent.json'), JSON.stringify({ port: 9, token: 't' }));
    const found = await discoverAgent({ ...none, dataDir: dir });
    assert.equal(found.kind === 'found' && found.endpoint.apiBase, 'http://127.0.0.1:9/api/v1');
  });

  it('says why when the agent is not running or agent.json is broken', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'codehabit-d-'));
    const missing = await discoverAgent({ ...none, dataDir: dir });
    assert.equal(missing.kind, 'missing');
    assert.match(missing.kind === 'missing' ? missing.reason : '', /agent not running/);
    fs.writeFileSync(path.join(dir, 'agent.json'), '{"port": 1, ');
    const broken = await discoverAgent({ ...none, dataDir: dir });
    assert.match(broken.kind === 'missing' ? broken.reason : '', /not valid JSON/);
  });

  it('prefers an explicit agent URL and token, and insists on the token', async () => {
    assert.deepEqual(await discoverAgent({ dataDir: '', agentUrl: 'http://127.0.0.1:2633/', apiToken: 'abc' }), {
      kind: 'found', endpoint: { apiBase: 'http://127.0.0.1:2633/api/v1', token: 'abc' },
    });
    assert.equal((await discoverAgent({ dataDir: '', agentUrl: 'http://127.0.0.1:2633', apiToken: '' })).kind, 'missing');
    assert.equal(apiBaseOf('http://h:1/api/v1/'), 'http://h:1/api/v1');
  });
});

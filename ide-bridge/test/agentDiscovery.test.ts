import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { apiBaseOf, defaultDataDir, discoverAgent } from '../src/agent/agentDiscovery';

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
    assert.deepEqual(await discoverAgent({ ...none, dataDir: dir }), { kind: 'found', endpoint: { apiBase: 'http://127.0.0.1:4711/api/v1', token: 't0k' } });
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

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';

const manifest = JSON.parse(readFileSync(new URL('../../src/manifest.json', import.meta.url), 'utf8'));

describe('manifest', () => {
  it('exposes only the blocked page to web pages, under a per-session URL', () => {
    const exposed = manifest.web_accessible_resources;
    assert.equal(exposed.length, 1);
    assert.deepEqual(exposed[0].resources.filter((r) => r.startsWith('lib/') || r.includes('*')), [],
      'no library code a page could fingerprint or import');
    assert.ok(exposed[0].resources.includes('pages/blocked.html'), 'redirects to the blocked page need it');
    assert.equal(exposed[0].use_dynamic_url, true, 'pages cannot probe for the extension by a fixed URL');
  });
});

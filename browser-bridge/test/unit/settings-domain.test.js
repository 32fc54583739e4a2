import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { browserKind, clientName } from '../../src/lib/browser-info.js';
import { domainMatches, domainOf } from '../../src/lib/domain.js';
import { validateSettings, withDefaults } from '../../src/lib/settings.js';

describe('domainOf', () => {
  it('keeps the host only, without www', () => {
    assert.equal(domainOf('https://www.GitHub.com/a/b?token=x#y'), 'github.com');
    assert.equal(domainOf('http://docs.python.org:8080/3/'), 'docs.python.org');
    assert.equal(domainOf('https://user:pw@example.org/'), 'example.org');
  });
  it('ignores pages that are not websites', () => {
    for (const url of ['chrome://newtab/', 'about:blank', 'chrome-extension://x/pages/popup.html', 'file:///etc/passwd', 'not a url', undefined]) {
      assert.equal(domainOf(url), null, String(url));
    }
  });
  it('matches subdomains but not look-alikes', () => {
    assert.ok(domainMatches('m.youtube.com', 'youtube.com'));
    assert.ok(!domainMatches('notyoutube.com', 'youtube.com'));
  });
});

describe('settings', () => {
  it('defaults to port 2633 and 60 s idle', () => {
    assert.deepEqual(withDefaults(undefined), { port: 2633, idleSeconds: 60 });
  });
  it('rejects what chrome.idle or a port cannot take', () => {
    assert.deepEqual(validateSettings({ port: '3000', idleSeconds: '15' }), { port: 3000, idleSeconds: 15 });
    assert.throws(() => validateSettings({ port: 0, idleSeconds: 60 }), /Port/);
    assert.throws(() => validateSettings({ port: 2633, idleSeconds: 10 }), /Idle/);
  });
});

describe('browser info', () => {
  it('names the client for the pairing prompt', () => {
    const firefox = 'Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0';
    const edge = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/131 Safari/537.36 Edg/131';
    assert.equal(browserKind(firefox), 'firefox');
    assert.equal(clientName(firefox), 'Firefox on Linux');
    assert.equal(browserKind(edge), 'edge');
    assert.equal(clientName(edge), 'Edge on Windows');
  });
});

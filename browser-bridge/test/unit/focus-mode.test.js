import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createAgentClient } from '../../src/lib/agent-client.js';
import { createFocusMode, dnrRules, matchingRule } from '../../src/lib/focus-mode.js';
import { createStore } from '../../src/lib/store.js';
import { fakeAgent, fakeChrome, manualClock } from './fake-chrome.js';

const NOW = Date.UTC(2026, 10, 23, 9, 0, 0);
const PAGE = 'chrome-extension://abcdefgh/pages/blocked.html';

/**
 * Where the browser would redirect `url`: the first rule whose condition matches, applied the way DNR
 * does (regexSubstitution with \\1 for the first group; extensionPath as is). Null: not blocked.
 */
function redirectOf(rules, url) {
  const host = new URL(url).hostname;
  for (const rule of rules) {
    const { condition, action } = rule;
    if (condition.regexFilter) {
      const match = new RegExp(condition.regexFilter).exec(url);
      if (match) return action.redirect.regexSubstitution.replace(/\\(\d)/g, (_, n) => match[Number(n)] ?? '');
    } else if (condition.requestDomains.some((d) => host === d || host.endsWith(`.${d}`))) {
      return `chrome-extension://abcdefgh${action.redirect.extensionPath}`;
    }
  }
  return null;
}
const session = (over = {}) => ({
  active: true,
  ends_at: new Date(NOW + 25 * 60_000).toISOString(),
  strict: false,
  block_rules: [
    { type: 'domain', pattern: 'youtube.com', reason: 'Video' },
    { type: 'regex', pattern: '^(.+\\.)?reddit\\.com$', reason: 'Social media' },
  ],
  ...over,
});

describe('focus rules', () => {
  it('turns an active session into main-frame redirects to the blocked page', () => {
    const rules = dnrRules(session(), NOW, PAGE);
    assert.equal(rules.length, 2);
    assert.deepEqual(rules[0], {
      id: 1, priority: 1,
      action: { type: 'redirect', redirect: { extensionPath: '/pages/blocked.html?host=youtube.com&rule=youtube.com&reason=Video' } },
      condition: { requestDomains: ['youtube.com'], resourceTypes: ['main_frame'] },
    });
    assert.equal(rules[1].condition.regexFilter, '^https?://((?:(.+\\.)?reddit\\.com))(?::[0-9]+)?/');
  });

  it('carries the real host of a regex or suffix match to the blocked page, so the attempt is a domain', () => {
    const focus = session({ block_rules: [
      { type: 'regex', pattern: '[^/?#:@]+\\.gov', reason: 'Government' },
      { type: 'regex', pattern: '^(.+\\.)?reddit\\.com$', reason: 'Social media' },
    ] });
    const rules = dnrRules(focus, NOW, PAGE);
    assert.equal(redirectOf(rules, 'https://www.usa.gov/benefits?x=1'),
      `${PAGE}?host=www.usa.gov&rule=%5B%5E%2F%3F%23%3A%40%5D%2B%5C.gov&reason=Government`);
    const reddit = new URL(redirectOf(rules, 'https://old.reddit.com:8443/r/x'));
    assert.equal(reddit.searchParams.get('host'), 'old.reddit.com');
    assert.equal(reddit.searchParams.get('reason'), 'Social media');
  });

  it('matches a suffix rule only in the host, never in the path', () => {
    const focus = session({ block_rules: [{ type: 'regex', pattern: '[^/?#:@]+\\.gov', reason: 'Government' }] });
    const rules = dnrRules(focus, NOW, PAGE);
    assert.equal(redirectOf(rules, 'https://en.wikipedia.org/wiki/data.gov/'), null);
    assert.equal(redirectOf(rules, 'https://example.com/?next=www.usa.gov/'), null);
    assert.equal(matchingRule(focus, 'https://en.wikipedia.org/wiki/data.gov/', NOW), null);
    assert.notEqual(redirectOf(rules, 'https://data.gov/'), null);
    assert.equal(matchingRule(focus, 'https://www.data.gov/x', NOW).reason, 'Government');
  });

  it('blocks nothing outside a session or after it ran out', () => {
    assert.deepEqual(dnrRules({ active: false }, NOW, PAGE), []);
    assert.deepEqual(dnrRules(session({ ends_at: new Date(NOW - 1000).toISOString() }), NOW, PAGE), []);
  });

  it('matches subdomains and regex rules like the DNR rules do', () => {
    assert.equal(matchingRule(session(), 'https://m.youtube.com/watch', NOW).pattern, 'youtube.com');
    assert.equal(matchingRule(session(), 'https://old.reddit.com/r/x', NOW).reason, 'Social media');
    assert.equal(matchingRule(session(), 'https://notyoutube.com/', NOW), null);
    assert.equal(matchingRule(session(), 'chrome://settings', NOW), null);
  });
});

describe('focus mode polling', () => {
  function setUp(focusAnswer) {
    const chrome = fakeChrome();
    chrome.world.tabs = [
      { id: 1, windowId: 1, active: true, url: 'https://github.com/' },
      { id: 2, windowId: 1, active: false, url: 'https://www.youtube.com/watch?v=1' },
    ];
    chrome.storage.local.data.pairing = { status: 'paired', token: 't' };
    const store = createStore(chrome.storage.local);
    const agent = fakeAgent(() => ({ status: 200, json: focusAnswer() }));
    const clock = manualClock(NOW);
    const focusMode = createFocusMode({ chrome, store, client: createAgentClient({ storage: store, fetchFn: agent.fetchFn }), clock });
    return { chrome, focusMode, agent, clock };
  }

  it('installs the rules and moves tabs already open on a blocked site', async () => {
    let answer = session();
    const { chrome, focusMode, agent } = setUp(() => answer);
    await focusMode.poll();
    assert.equal(chrome.world.rules.length, 2);
    assert.deepEqual(chrome.world.updates, [{ id: 2, url: 'chrome-extension://abcdefgh/pages/blocked.html?host=www.youtube.com&rule=youtube.com&reason=Video&from=open-tab' }]);
    assert.equal(agent.requests[0].headers.Authorization, 'Bearer t');

    await focusMode.poll();
    assert.equal(chrome.world.updates.length, 1, 'unchanged state: nothing redone');

    answer = { active: false };
    await focusMode.poll();
    assert.deepEqual(chrome.world.rules, []);
  });

  it('still blocks the plain domains when the browser refuses a user regex', async () => {
    const { chrome, focusMode } = setUp(() => session());
    chrome.world.refuseRegex = true;
    await focusMode.poll();
    assert.deepEqual(chrome.world.rules.map((r) => r.condition.requestDomains), [['youtube.com']]);
  });

  it('lifts the block when the session ends while the agent is unreachable', async () => {
    let up = true;
    const { chrome, focusMode, agent, clock } = setUp(() => session());
    agent.handler = () => (up ? { status: 200, json: session() } : { networkError: true });
    await focusMode.poll();
    up = false;
    clock.advance(26 * 60);
    await focusMode.poll();
    assert.deepEqual(chrome.world.rules, []);
  });
});

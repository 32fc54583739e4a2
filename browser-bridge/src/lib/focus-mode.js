import { domainMatches, domainOf } from './domain.js';
import { attemptItem, seconds } from './heartbeat.js';
import { appendItems } from './queue.js';

/**
 * Focus mode on the browser side: mirrors the agent's focus session (GET /api/v1/focus, polled on
 * every tick, i.e. at least every 5 s) into declarativeNetRequest redirect rules that send blocked
 * sites to the extension's own blocked page, and moves tabs already open on them there too.
 */
export const BLOCKED_PAGE = '/pages/blocked.html';

export function isActive(focus, nowMs) {
  if (!focus?.active) return false;
  return focus.ends_at == null || Date.parse(focus.ends_at) > nowMs;
}

/**
 * The blocked page's query: `host` is the blocked site (what the attempt counts; a real domain even
 * for suffix and regex rules), `rule` and `reason` what the page explains.
 */
function blockedQuery(rule, host, fromOpenTab = false) {
  const query = new URLSearchParams({ host, rule: rule.pattern, reason: rule.reason ?? '' });
  if (fromOpenTab) query.set('from', 'open-tab');
  return query.toString();
}

export function blockedPath(rule, host, fromOpenTab = false) {
  return `${BLOCKED_PAGE}?${blockedQuery(rule, host, fromOpenTab)}`;
}

/** A user regex matches the whole host; DNR matches URLs, so anchor it between scheme and port/path. */
function hostRegex(pattern) {
  return pattern.replace(/^\^/, '').replace(/\$$/, '');
}

/**
 * Domain rules redirect to a fixed page path (the rule's domain is the host to count); regex rules
 * capture the host in group 1 and substitute it into the page URL, so a `*.gov` rule counts
 * `www.usa.gov`. `pageUrl` is chrome.runtime.getURL(BLOCKED_PAGE): a substitution needs a full URL.
 */
export function dnrRules(focus, nowMs, pageUrl) {
  if (!isActive(focus, nowMs)) return [];
  return (focus.block_rules ?? []).map((rule, index) => {
    if (rule.type !== 'regex') {
      return {
        id: index + 1,
        priority: 1,
        action: { type: 'redirect', redirect: { extensionPath: blockedPath(rule, rule.pattern) } },
        condition: { requestDomains: [rule.pattern], resourceTypes: ['main_frame'] },
      };
    }
    // \\1 stays literal for DNR; the encoded query never contains a backslash of its own.
    const query = blockedQuery(rule, 'HOST').replace('HOST', '\\1');
    return {
      id: index + 1,
      priority: 1,
      action: { type: 'redirect', redirect: { regexSubstitution: `${pageUrl}?${query}` } },
      condition: { regexFilter: `^https?://((?:${hostRegex(rule.pattern)}))(?::[0-9]+)?/`, resourceTypes: ['main_frame'] },
    };
  });
}

/** The rule that blocks `url`, if any (same semantics as the DNR rules above). */
export function matchingRule(focus, url, nowMs) {
  if (!isActive(focus, nowMs)) return null;
  const domain = domainOf(url);
  if (!domain) return null;
  const host = new URL(url).hostname.toLowerCase();
  return (focus.block_rules ?? []).find((rule) => {
    if (rule.type === 'regex') {
      try {
        return new RegExp(`^(?:${hostRegex(rule.pattern)})$`, 'i').test(host);
      } catch {
        return false;
      }
    }
    return domainMatches(domain, rule.pattern) || domainMatches(host, rule.pattern);
  }) ?? null;
}

export function createFocusMode({ chrome, store, client, clock = () => Date.now() }) {
  const pageUrl = chrome.runtime.getURL(BLOCKED_PAGE);
  const signature = (focus, nowMs) => JSON.stringify(dnrRules(focus, nowMs, pageUrl));

  async function apply(focus) {
    let rules = dnrRules(focus, clock(), pageUrl);
    const existing = await chrome.declarativeNetRequest.getDynamicRules();
    const removeRuleIds = existing.map((rule) => rule.id);
    try {
      await chrome.declarativeNetRequest.updateDynamicRules({ removeRuleIds, addRules: rules });
    } catch (error) {
      // One user regex the browser's RE2 refuses must not leave every other site unblocked.
      console.warn('CodeHabit: blocking rules refused, retrying without regex rules', error);
      rules = rules.filter((rule) => !rule.condition.regexFilter);
      await chrome.declarativeNetRequest.updateDynamicRules({ removeRuleIds, addRules: rules });
    }
    if (rules.length === 0) return;
    const tabs = await chrome.tabs.query({});
    for (const tab of tabs) {
      const rule = matchingRule(focus, tab.url, clock());
      if (rule && !tab.incognito) {
        const host = new URL(tab.url).hostname.toLowerCase();
        await chrome.tabs.update(tab.id, { url: chrome.runtime.getURL(blockedPath(rule, host, true)) });
      }
    }
  }

  /** Fetches the agent's focus state; applies it when the rules changed. Keeps the last state offline. */
  async function poll() {
    const { focus: known, pairing } = await store.get(['focus', 'pairing']);
    let focus = known ?? { active: false };
    if (pairing?.token) {
      const response = await client.request('GET', '/focus');
      if (response.status === 200 && response.json) focus = response.json;
    }
    // A session that ran out while the agent was unreachable ends here too.
    if (!isActive(focus, clock()) && focus.active) focus = { ...focus, active: false };
    const applied = signature(focus, clock());
    if (applied !== known?.applied) await apply(focus);
    await store.set({ focus: { ...focus, applied, checkedAt: clock() } });
    return focus;
  }

  /** Once per blocked navigation (see bridge.js for who may ask); the agent gets it through the queue. */
  async function recordAttempt(domain) {
    const nowMs = clock();
    const day = new Date(nowMs).toDateString();
    await store.update(['queue', 'attempts'], ({ queue, attempts }) => ({
      queue: appendItems(queue, [attemptItem({ domain, time: seconds(nowMs) })]),
      attempts: { day, count: (attempts?.day === day ? attempts.count : 0) + 1 },
    }));
  }

  return { poll, apply, recordAttempt };
}

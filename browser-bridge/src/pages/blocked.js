import { createAgentClient } from '../lib/agent-client.js';
import { isActive } from '../lib/focus-mode.js';
import { formatDuration } from './format.js';

const $ = (id) => document.getElementById(id);
const params = new URLSearchParams(location.search);
const host = params.get('host') ?? params.get('rule') ?? '';
const reason = params.get('reason') ?? '';
// Web pages may load this page (it is web-accessible so redirects can reach it) but only a tab's own
// top frame counts; framed, it shows nothing and reports nothing. The worker checks again.
const framed = window.top !== window;

$('site').textContent = framed ? '' : host;
$('why').textContent = reason
  ? `It is blocked because it is in the category “${reason}” on your focus blocklist.`
  : 'It is on your focus blocklist.';

// Count each blocked navigation once: not reloads or history steps back to this page, not tabs we moved
// here ourselves. (A per-tab sessionStorage flag would also swallow the next blocked site in the same tab.)
const navigation = performance.getEntriesByType('navigation')[0]?.type ?? 'navigate';
if (!framed && params.get('from') !== 'open-tab' && navigation === 'navigate') {
  chrome.runtime.sendMessage({ type: 'blocked-attempt', domain: host });
}

async function render() {
  const { focus } = await chrome.storage.local.get(['focus']);
  if (!isActive(focus, Date.now())) {
    $('left').textContent = 'Done';
    $('left-label').textContent = 'The focus session is over.';
    $('end').hidden = true;
    return;
  }
  $('left').textContent = formatDuration((Date.parse(focus.ends_at) - Date.now()) / 1000);
  $('end').hidden = Boolean(focus.strict);
}

$('back').addEventListener('click', async () => {
  // Back to the last tab you used before this one; close this one so it doesn't tempt you.
  const tab = await chrome.tabs.getCurrent();
  const others = (await chrome.tabs.query({ windowId: tab.windowId })).filter((t) => t.id !== tab.id);
  const previous = others.sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0))[0];
  if (previous) await chrome.tabs.update(previous.id, { active: true });
  else await chrome.tabs.create({ url: 'chrome://newtab' });
  await chrome.tabs.remove(tab.id);
});

$('end').addEventListener('click', async () => {
  const response = await createAgentClient({ storage: chrome.storage.local }).request('DELETE', '/focus');
  if (response.status >= 300 || response.status === 0) {
    $('error').textContent = response.json?.error ?? 'The agent is not running';
    $('error').hidden = false;
    return;
  }
  await chrome.runtime.sendMessage({ type: 'tick' });
  await render();
});

if (!framed) {
  render();
  setInterval(render, 1000);
}

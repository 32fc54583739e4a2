import { createAgentClient } from '../lib/agent-client.js';
import { isActive } from '../lib/focus-mode.js';
import { formatDuration } from './format.js';

const $ = (id) => document.getElementById(id);
const params = new URLSearchParams(location.search);
const rule = params.get('rule') ?? '';
const reason = params.get('reason') ?? '';

$('site').textContent = rule;
$('why').textContent = reason
  ? `It is blocked because it is in the category “${reason}” on your focus blocklist.`
  : 'It is on your focus blocklist.';

// Count each blocked navigation once (not reloads of this page, not tabs we moved here ourselves).
if (params.get('from') !== 'open-tab' && !sessionStorage.getItem('counted')) {
  sessionStorage.setItem('counted', '1');
  chrome.runtime.sendMessage({ type: 'blocked-attempt', domain: rule });
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

render();
setInterval(render, 1000);

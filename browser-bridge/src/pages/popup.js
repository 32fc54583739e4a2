import { createAgentClient } from '../lib/agent-client.js';
import { DEFAULT_AGENT_SETTINGS } from '../lib/agent-settings.js';
import { isActive } from '../lib/focus-mode.js';
import { clockTime, formatDuration, localDay } from './format.js';

const $ = (id) => document.getElementById(id);
const storage = chrome.storage.local;
const client = createAgentClient({ storage });
const ask = (message) => chrome.runtime.sendMessage(message);

async function render() {
  const { consent, pairing, focus, queue, sender, attempts, agentSettings } = await storage.get(
    ['consent', 'pairing', 'focus', 'queue', 'sender', 'attempts', 'agentSettings']);
  $('consent-card').hidden = Boolean(consent?.given);
  renderSoundRule({ ...DEFAULT_AGENT_SETTINGS, ...(agentSettings ?? {}) });
  renderPairing(pairing);
  renderFocus(focus, Boolean(pairing?.token));
  renderQueue(queue, sender);
  const today = new Date().toDateString();
  $('attempts').textContent = plural(attempts?.day === today ? attempts.count : 0, 'blocked attempt');
  if (pairing?.token) await renderStats();
  else {
    $('no-sites').textContent = 'Pair with the agent to see today’s figures.';
    $('no-sites').hidden = false;
  }
}

function renderPairing(pairing) {
  const status = pairing?.status ?? 'unpaired';
  const pill = $('pairing-pill');
  const labels = {
    paired: ['Paired', 'ok'], pending: ['Waiting for approval', 'warn'], revoked: ['Pairing lost', 'bad'],
    denied: ['Pairing denied', 'bad'], expired: ['Not paired', 'warn'], unpaired: ['Not paired', 'warn'],
  };
  const [label, tone] = labels[status] ?? labels.unpaired;
  pill.textContent = label;
  pill.className = `pill ${tone}`;
  $('pair-card').hidden = status === 'paired';
  $('pair-code').hidden = status !== 'pending';
  $('pair-code').textContent = pairing?.code ?? '';
  $('pair-button').hidden = status === 'pending';
  $('pair-text').textContent = {
    pending: 'Approve this code in the CodeHabit agent on your desktop (tray notification or dashboard).',
    revoked: 'The agent no longer accepts this browser (its access was revoked). Pair again to keep sending website time.',
    denied: 'The request was denied on the desktop. You can ask again.',
    expired: 'The request expired before it was approved. You can ask again.',
  }[status] ?? 'Pair once so the browser can send website time to the agent on this computer.';
}

/** The one exception to idleness, as the agent's setting has it (changed in the agent's Settings → Tracking). */
function renderSoundRule({ audibleKeepsActive }) {
  $('sound-rule').textContent = audibleKeepsActive
    ? 'A focused tab playing sound keeps you active while you watch or listen.'
    : 'Sound does not keep you active: away from the keyboard, web time stops (agent setting).';
}

function renderFocus(focus, paired) {
  const active = isActive(focus, Date.now());
  $('focus-state').textContent = active
    ? `On until ${clockTime(focus.ends_at)}${focus.strict ? ' (strict)' : ''}`
    : 'Off';
  $('focus-start').hidden = active;
  $('focus-start').disabled = !paired;
  $('focus-stop').hidden = !active;
  $('focus-stop').disabled = Boolean(focus?.strict);
  $('focus-stop').title = focus?.strict ? 'A strict session cannot be ended early' : '';
}

function renderQueue(queue, sender) {
  const waiting = queue?.items?.length ?? 0;
  const parts = [];
  if (waiting) parts.push(`${waiting} event${waiting === 1 ? '' : 's'} waiting for the agent`);
  if (queue?.dropped) parts.push(`${queue.dropped} dropped (queue full)`);
  if (!parts.length) parts.push(sender?.lastOkAt ? 'All synced' : 'Nothing sent yet');
  $('queue-state').textContent = parts.join(' · ');
}

async function renderStats() {
  const day = localDay();
  const response = await client.request('GET', `/stats?from=${day}&to=${day}`);
  if (response.status !== 200 || !response.json) return;
  const stats = response.json;
  $('web-time').textContent = formatDuration(stats.web_seconds);
  $('score').textContent = stats.productivity_score == null ? '–' : String(Math.round(stats.productivity_score));
  $('tab-switches').textContent = plural(stats.tab_switches ?? 0, 'tab switch', 'tab switches');
  const sites = Object.entries(stats.domains ?? {}).sort((a, b) => b[1] - a[1]).slice(0, 5);
  const max = sites[0]?.[1] ?? 1;
  const list = $('top-sites');
  list.replaceChildren(...sites.map(([domain, seconds]) => siteRow(domain, seconds, max, stats.domain_categories?.[domain])));
  $('no-sites').textContent = 'No website time yet today.';
  $('no-sites').hidden = sites.length > 0;
}

function plural(n, one, many = `${one}s`) {
  return `${n} ${n === 1 ? one : many}`;
}

/** "software-development" → "Software development" (ids are what the agent reports). */
function categoryLabel(id) {
  const words = id.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function siteRow(domain, seconds, max, category) {
  const li = document.createElement('li');
  const name = document.createElement('span');
  name.textContent = domain;
  if (category) {
    const cat = document.createElement('span');
    cat.className = 'cat';
    cat.textContent = categoryLabel(category);
    name.append(cat);
  }
  const time = document.createElement('span');
  time.className = 'muted';
  time.textContent = formatDuration(seconds);
  const bar = document.createElement('div');
  bar.className = 'bar';
  const fill = document.createElement('span');
  fill.style.width = `${Math.max(2, (seconds / max) * 100)}%`;
  bar.append(fill);
  li.append(name, time, bar);
  return li;
}

$('open-consent').addEventListener('click', () => chrome.tabs.create({ url: chrome.runtime.getURL('pages/consent.html') }));

$('pair-button').addEventListener('click', async () => {
  $('pair-error').hidden = true;
  const result = await ask({ type: 'pair-start' });
  if (!result?.ok) {
    $('pair-error').textContent = result?.error ?? 'Pairing failed';
    $('pair-error').hidden = false;
  }
  await render();
});

$('focus-start').addEventListener('click', () => changeFocus('POST', { minutes: 25, strict: false }));
$('focus-stop').addEventListener('click', () => changeFocus('DELETE'));

async function changeFocus(method, body) {
  const response = await client.request(method, '/focus', body);
  $('focus-error').hidden = response.status >= 200 && response.status < 300;
  $('focus-error').textContent = response.json?.error ?? (response.status === 0 ? 'The agent is not running' : '');
  await ask({ type: 'tick' });
  await render();
}

// While the popup is open: follow a pending pairing and keep the figures fresh.
setInterval(async () => {
  const { pairing } = await storage.get(['pairing']);
  if (pairing?.status === 'pending') await ask({ type: 'pair-poll' });
  await render();
}, 1500);
render();

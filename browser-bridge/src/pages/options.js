import { validateSettings, withDefaults } from '../lib/settings.js';

const $ = (id) => document.getElementById(id);

async function load() {
  const { settings, consent } = await chrome.storage.local.get(['settings', 'consent']);
  const current = withDefaults(settings);
  $('port').value = current.port;
  $('idle').value = current.idleSeconds;
  $('consent').textContent = consent?.given ? 'Website tracking is on.' : 'Website tracking is off.';
}

$('form').addEventListener('submit', async (event) => {
  event.preventDefault();
  $('error').hidden = true;
  try {
    const settings = validateSettings({ port: $('port').value, idleSeconds: $('idle').value });
    await chrome.storage.local.set({ settings });
    await chrome.runtime.sendMessage({ type: 'settings-changed' });
    $('saved').textContent = 'Saved.';
  } catch (error) {
    $('error').textContent = error.message;
    $('error').hidden = false;
  }
});

$('consent-page').addEventListener('click', () => chrome.tabs.create({ url: chrome.runtime.getURL('pages/consent.html') }));
load();

const status = document.getElementById('status');

async function show() {
  const { consent } = await chrome.storage.local.get(['consent']);
  status.textContent = consent?.given ? `Tracking on since ${new Date(consent.at).toLocaleString()}` : 'Tracking is off.';
}

document.getElementById('agree').addEventListener('click', async () => {
  await chrome.storage.local.set({ consent: { given: true, at: Date.now() } });
  await chrome.runtime.sendMessage({ type: 'tick' });
  await show();
  status.textContent += ' Next: open the CodeHabit button in the toolbar and pair with the agent.';
});

document.getElementById('decline').addEventListener('click', async () => {
  await chrome.storage.local.set({ consent: { given: false, at: Date.now() } });
  await show();
});

show();

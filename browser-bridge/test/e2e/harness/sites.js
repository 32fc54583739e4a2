import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:https';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/**
 * "A video": a quiet WebAudio tone (Chromium marks the tab audible; it needs no sound card for that, and
 * --autoplay-policy=no-user-gesture-required lets it start without a click). window.stopSound() ends it.
 */
const SOUND = `<script>
const audio = new AudioContext(); const tone = audio.createOscillator(); const gain = audio.createGain();
gain.gain.value = 0.05; tone.connect(gain).connect(audio.destination); tone.start();
window.stopSound = () => audio.close();
</script>`;

/**
 * One HTTPS server standing in for every website: Chromium forces HSTS-preloaded hosts such as
 * github.com to https, and --host-resolver-rules sends them all here. Each page has a title the
 * bridge must never send.
 */
export async function startSites(dir) {
  await run('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-subj', '/CN=codehabit-e2e', '-days', '2',
    '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem')]);
  const server = createServer({ key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) }, (req, res) => {
    const host = (req.headers.host ?? '').split(':')[0];
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(`<!doctype html><title>SECRET-TITLE ${host}</title><h1>${host}</h1><p>${req.url}</p>`
      + (req.url.startsWith('/sound') ? SOUND : ''));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = server.address().port;
  return {
    port,
    url: (host, path = '/') => `https://${host}:${port}${path}`,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

// Builds the extension: dist/unpacked (load it in Chromium/Chrome/Edge/Brave), and zips for the
// Chrome Web Store and for Firefox (whose MV3 runs background scripts instead of a service worker).
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { zipSync } from 'fflate';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const src = join(root, 'src');
const dist = join(root, 'dist');
const unpacked = join(dist, 'unpacked');

rmSync(dist, { recursive: true, force: true });
mkdirSync(dist, { recursive: true });
cpSync(src, unpacked, { recursive: true });

const manifest = JSON.parse(readFileSync(join(src, 'manifest.json'), 'utf8'));
const version = manifest.version;

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

function zip(target, manifestJson) {
  const entries = {};
  for (const path of files(unpacked)) {
    const name = relative(unpacked, path).split('\\').join('/');
    entries[name] = name === 'manifest.json'
      ? new TextEncoder().encode(JSON.stringify(manifestJson, null, 2))
      : readFileSync(path);
  }
  // Fixed timestamps keep the archive byte-for-byte reproducible.
  writeFileSync(target, zipSync(entries, { level: 9, mtime: new Date('2020-01-01T00:00:00Z') }));
}

zip(join(dist, `codehabit-browser-bridge-${version}-chrome.zip`), manifest);

const firefox = structuredClone(manifest);
firefox.background = { scripts: ['background.js'], type: 'module' };
delete firefox.minimum_chrome_version;
firefox.browser_specific_settings = { gecko: { id: 'browser-bridge@codehabit.dev', strict_min_version: '128.0' } };
zip(join(dist, `codehabit-browser-bridge-${version}-firefox.zip`), firefox);

console.log(`built ${relative(root, unpacked)} and zips for chrome and firefox (version ${version})`);

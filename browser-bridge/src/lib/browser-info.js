/** Which browser this is, for the pairing request ("client") and the name the user sees on the desktop. */
export function browserKind(userAgent) {
  if (/Firefox\//.test(userAgent)) return 'firefox';
  if (/Edg\//.test(userAgent)) return 'edge';
  return 'chrome';
}

export function clientName(userAgent) {
  const browser = /Firefox\//.test(userAgent) ? 'Firefox'
    : /Edg\//.test(userAgent) ? 'Edge'
      : /Chromium\//.test(userAgent) ? 'Chromium'
        : 'Chrome';
  const os = /Windows/.test(userAgent) ? 'Windows'
    : /Mac OS X/.test(userAgent) ? 'macOS'
      : /CrOS/.test(userAgent) ? 'ChromeOS'
        : /Linux/.test(userAgent) ? 'Linux'
          : 'unknown OS';
  return `${browser} on ${os}`;
}

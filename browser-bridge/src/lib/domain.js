/**
 * The only part of a page the bridge ever looks at: its host name, for http(s) pages.
 * Returns null for browser pages (chrome://, about:, extension pages, files) so they are never tracked.
 */
export function domainOf(url) {
  if (typeof url !== 'string') return null;
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  const host = parsed.hostname.toLowerCase().replace(/\.$/, '');
  if (!host) return null;
  return host.startsWith('www.') ? host.slice(4) : host;
}

/** True when `domain` is `rule` or one of its subdomains. */
export function domainMatches(domain, rule) {
  return domain === rule || domain.endsWith(`.${rule}`);
}

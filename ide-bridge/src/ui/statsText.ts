import { formatDuration } from './clock';

/** One line per fact of today's stats (GET /api/v1/stats), for a notification. Tolerates absent fields. */
export function statsLines(stats: Record<string, unknown>): string[] {
  const num = (k: string) => (typeof stats[k] === 'number' ? (stats[k] as number) : undefined);
  const lines = [`Coding: ${formatDuration(num('coding_seconds') ?? 0)}`];
  // The agent sends dimensions as {name: seconds}, largest first.
  const top = (k: string) => {
    const dim = stats[k];
    if (!dim || typeof dim !== 'object' || Array.isArray(dim)) return undefined;
    const entries = Object.entries(dim as Record<string, number>).slice(0, 3);
    return entries.length === 0 ? undefined : entries.map(([name, seconds]) => `${name} ${formatDuration(seconds)}`).join(', ');
  };
  const languages = top('languages');
  if (languages) lines.push(`Languages: ${languages}`);
  const projects = top('projects');
  if (projects) lines.push(`Projects: ${projects}`);
  const added = num('lines_added');
  if (added !== undefined) {
    const generated = num('lines_added_generated');
    const split = generated !== undefined ? ` (${added - generated} typed, ${generated} pasted/generated)` : '';
    lines.push(`Lines: +${added}${split} −${num('lines_deleted') ?? 0}`);
  }
  const keystrokes = num('keystrokes');
  if (keystrokes !== undefined) lines.push(`Keystrokes: ${keystrokes}, characters: ${num('characters') ?? 0}`);
  const commits = num('commits');
  if (commits !== undefined) lines.push(`Commits: ${commits}`);
  return lines;
}

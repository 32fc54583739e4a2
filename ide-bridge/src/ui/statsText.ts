import { formatDuration } from './clock';

/** One line per fact of today's stats (GET /api/v1/stats), for a notification. Tolerates absent fields. */
export function statsLines(stats: Record<string, unknown>): string[] {
  const num = (k: string) => (typeof stats[k] === 'number' ? (stats[k] as number) : undefined);
  const lines = [`Coding: ${formatDuration(num('coding_seconds') ?? 0)}`];
  const top = (k: string) => {
    const list = stats[k];
    if (!Array.isArray(list) || list.length === 0) return undefined;
    return list
      .slice(0, 3)
      .map((e: { name?: string; seconds?: number; total_seconds?: number }) => `${e.name ?? '?'} ${formatDuration(e.seconds ?? e.total_seconds ?? 0)}`)
      .join(', ');
  };
  const languages = top('languages');
  if (languages) lines.push(`Languages: ${languages}`);
  const projects = top('projects');
  if (projects) lines.push(`Projects: ${projects}`);
  const added = num('lines_added');
  if (added !== undefined) {
    const generated = num('generated_lines_added');
    const split = generated !== undefined ? ` (${added - generated} typed, ${generated} pasted/generated)` : '';
    lines.push(`Lines: +${added}${split} −${num('lines_deleted') ?? 0}`);
  }
  const keystrokes = num('keystrokes');
  if (keystrokes !== undefined) lines.push(`Keystrokes: ${keystrokes}, characters: ${num('characters') ?? 0}`);
  const commits = num('commits');
  if (commits !== undefined) lines.push(`Commits: ${commits}`);
  return lines;
}

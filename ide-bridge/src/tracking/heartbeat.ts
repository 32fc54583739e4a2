/** A WakaTime-compatible heartbeat plus CodeHabit's own fields (docs/api.md). Counts are deltas. */
export interface Heartbeat {
  entity: string;
  type: 'file';
  category: Category;
  time: number;
  project?: string;
  branch?: string;
  language?: string;
  lines?: number;
  lineno?: number;
  cursorpos?: number;
  is_write?: boolean;
  line_additions?: number;
  line_deletions?: number;
  generated_additions?: number;
  keystrokes?: number;
  characters?: number;
  signal?: 'focus' | 'blur' | 'idle';
  source: 'vscode';
  user_agent: string;
  plugin?: string;
}

export type Category = 'coding' | 'debugging' | 'building';

/** A git commit as the agent's POST /api/v1/commits takes it. */
export interface CommitEvent {
  hash: string;
  project: string;
  branch?: string;
  files_changed: number;
  insertions: number;
  deletions: number;
  time: number;
  source: 'vscode';
}

import { execFile } from 'child_process';

/** Runs git in a directory and returns its stdout; rejects when git fails. */
export type GitRunner = (cwd: string, args: readonly string[]) => Promise<string>;

export const execGit: GitRunner = (cwd, args) =>
  new Promise((resolve, reject) => {
    execFile('git', [...args], { cwd, timeout: 15_000, maxBuffer: 8 * 1024 * 1024, env: { ...process.env, GIT_OPTIONAL_LOCKS: '0' } }, (err, stdout) =>
      err ? reject(err) : resolve(stdout),
    );
  });

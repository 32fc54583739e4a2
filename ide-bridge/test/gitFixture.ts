import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

/** A real git repository in a temp dir, driven like a user in a terminal would. */
export class GitFixture {
  readonly root: string;

  constructor(name = 'repo') {
    this.root = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'codehabit-git-')), name);
    fs.mkdirSync(this.root);
    this.git('init', '-q', '-b', 'main');
    this.git('config', 'user.email', 'dev@example.com');
    this.git('config', 'user.name', 'Dev');
    this.git('config', 'commit.gpgsign', 'false');
  }

  git(...args: string[]): string {
    return execFileSync('git', args, { cwd: this.root, encoding: 'utf8' });
  }

  write(file: string, text: string): void {
    fs.mkdirSync(path.dirname(path.join(this.root, file)), { recursive: true });
    fs.writeFileSync(path.join(this.root, file), text);
  }

  commit(message: string, files: Record<string, string>): string {
    for (const [f, t] of Object.entries(files)) this.write(f, t);
    this.git('add', '-A');
    this.git('commit', '-q', '-m', message);
    return this.git('rev-parse', 'HEAD').trim();
  }
}

import { spawn } from 'node:child_process';

/** Spawned helpers, ended by pid (and process group) when the test finishes, whatever happened. */
export function createProcesses() {
  const children = [];
  return {
    spawn(command, args, options = {}) {
      const child = spawn(command, args, { detached: true, ...options });
      children.push(child);
      return child;
    },
    async stop(child, signal = 'SIGTERM') {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      try {
        process.kill(-child.pid, signal);
      } catch {
        child.kill(signal);
      }
      const timer = setTimeout(() => {
        try { process.kill(-child.pid, 'SIGKILL'); } catch { /* already gone */ }
      }, 10_000);
      await exited;
      clearTimeout(timer);
    },
    async stopAll() {
      for (const child of children.reverse()) await this.stop(child);
    },
  };
}

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls `probe` until it returns a truthy value; fails with `what` after `timeoutMs`. */
export async function waitFor(what, probe, timeoutMs = 20_000, everyMs = 250) {
  const deadline = Date.now() + timeoutMs;
  let last;
  while (Date.now() < deadline) {
    try {
      last = await probe();
      if (last) return last;
    } catch (error) {
      last = error;
    }
    await sleep(everyMs);
  }
  throw new Error(`Timed out waiting for ${what} (last: ${last instanceof Error ? last.message : JSON.stringify(last)})`);
}

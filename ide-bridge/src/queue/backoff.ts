/** Exponential backoff with a cap; a server's Retry-After wins when it asks for longer. */
export class Backoff {
  private failures = 0;

  constructor(
    private readonly baseMs = 2_000,
    private readonly capMs = 5 * 60_000,
  ) {}

  /** Delay before the next attempt after one more failure. */
  next(retryAfterSeconds?: number): number {
    this.failures++;
    const exp = Math.min(this.capMs, this.baseMs * 2 ** (this.failures - 1));
    return retryAfterSeconds ? Math.max(exp, Math.min(this.capMs, retryAfterSeconds * 1000)) : exp;
  }

  reset(): void {
    this.failures = 0;
  }

  get failureCount(): number {
    return this.failures;
  }
}

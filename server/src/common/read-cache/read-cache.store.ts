/** One stored answer: the exact bytes Apollo sent, valid while the versions it was computed at are current. */
export interface CachedAnswer {
  version: string;
  body: Buffer;
  contentType: string;
}

/**
 * Least recently used answers within a byte budget. Holds only what was sent to anonymous viewers, so nothing in
 * it is private; every use is checked against the database's versions first, so nothing in it is served stale.
 */
export class ReadCacheStore {
  private readonly entries = new Map<string, CachedAnswer>();
  private bytes = 0;

  constructor(private readonly maxBytes: number) {}

  get(key: string): CachedAnswer | undefined {
    const found = this.entries.get(key);
    if (found) {
      // Map keeps insertion order: re-inserting makes it the most recently used.
      this.entries.delete(key);
      this.entries.set(key, found);
    }
    return found;
  }

  set(key: string, answer: CachedAnswer): void {
    const size = answer.body.length + key.length;
    if (size > this.maxBytes / 8) return;
    this.delete(key);
    this.entries.set(key, answer);
    this.bytes += size;
    for (const [oldest, entry] of this.entries) {
      if (this.bytes <= this.maxBytes) break;
      this.entries.delete(oldest);
      this.bytes -= entry.body.length + oldest.length;
    }
  }

  get size(): { entries: number; bytes: number } {
    return { entries: this.entries.size, bytes: this.bytes };
  }

  private delete(key: string): void {
    const found = this.entries.get(key);
    if (!found) return;
    this.entries.delete(key);
    this.bytes -= found.body.length + key.length;
  }
}

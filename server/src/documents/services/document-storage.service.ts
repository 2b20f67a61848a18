import { randomUUID } from 'node:crypto';
import { createReadStream, type ReadStream } from 'node:fs';
import { mkdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';

const SHA256 = /^[0-9a-f]{64}$/;

/**
 * The upload directory. Files are content-addressed (`<sha256[0..2]>/<sha256>`),
 * so two documents with the same bytes share one file and a file's name can
 * never come from user input. Uploads are written to `tmp/` first, on the same
 * file system, so moving a finished one into place is an atomic rename.
 */
@Injectable()
export class DocumentStorageService implements OnModuleInit {
  private readonly root: string;
  private readonly tmpDir: string;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.root = config.uploadDir;
    this.tmpDir = path.join(this.root, 'tmp');
  }

  async onModuleInit(): Promise<void> {
    await mkdir(this.tmpDir, { recursive: true });
  }

  /** A fresh path for an upload in progress. */
  tempPath(): string {
    return path.join(this.tmpDir, `${randomUUID()}.part`);
  }

  pathOf(sha256: string): string {
    if (!SHA256.test(sha256)) throw new Error(`Not a SHA-256: ${sha256}`);
    return path.join(this.root, sha256.slice(0, 2), sha256);
  }

  /** Moves a finished upload into place; the same content already there is simply replaced by itself. */
  async commit(tempPath: string, sha256: string): Promise<void> {
    const target = this.pathOf(sha256);
    await mkdir(path.dirname(target), { recursive: true });
    await rename(tempPath, target);
  }

  /** Never throws for a file that is already gone: cleanup must not hide the error that caused it. */
  async discard(filePath: string): Promise<void> {
    await rm(filePath, { force: true });
  }

  async remove(sha256: string): Promise<void> {
    await this.discard(this.pathOf(sha256));
  }

  /** The stored file with its size, or null when it is missing on disk. */
  async open(sha256: string): Promise<{ stream: ReadStream; size: number } | null> {
    const filePath = this.pathOf(sha256);
    try {
      const info = await stat(filePath);
      return { stream: createReadStream(filePath), size: info.size };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
  }
}

import { createHash } from 'node:crypto';
import { createWriteStream, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import type { IncomingMessage } from 'node:http';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import busboy from 'busboy';
import { FieldErrorCode } from '@ratusz/shared';
import { DomainError } from '../../common/errors/domain-error.js';
import { fileTooLarge, uploadIncomplete } from '../upload-errors.js';
import { TextSniffer } from './content-type.js';

export interface ReceiveOptions {
  maxBytes: number;
  /** The name of the form field carrying the file; other file parts are skipped. */
  fileField: string;
  /** Where the file is written while it arrives. */
  tempPath: string;
  /**
   * Called when the file part begins, with the fields sent before it. It may
   * throw to refuse the upload before a byte is written (no access, unknown
   * consultation); the file waits, unread, meanwhile.
   */
  beforeFile(fields: ReadonlyMap<string, string>): Promise<void>;
  /** Removes a file; must not throw for a missing one. */
  discard(filePath: string): Promise<void>;
}

export interface ReceivedUpload {
  fields: ReadonlyMap<string, string>;
  /** As the browser sent it, decoded as UTF-8; sanitise before use. */
  fileName: string;
  tempPath: string;
  sizeBytes: number;
  sha256: string;
  /** UTF-8 text without NUL bytes (the only evidence a CSV file gives). */
  isText: boolean;
}

/** How long a refused request's remaining body is read (and thrown away) before the connection is cut. */
const DRAIN_MS = 10_000;

/**
 * Streams one multipart/form-data upload to `tempPath`, hashing it on the
 * way, without ever holding it in memory. It resolves only once the whole
 * form arrived; on every failure (too large, aborted, truncated, refused by
 * `beforeFile`, a disk error) it rejects only after the partial file is
 * removed, so nothing is left behind whatever happens.
 */
export function receiveUpload(req: IncomingMessage, options: ReceiveOptions): Promise<ReceivedUpload> {
  return new Promise<ReceivedUpload>((resolve, reject) => {
    let parser: busboy.Busboy;
    try {
      parser = busboy({
        headers: req.headers,
        // Browsers send the file name as raw UTF-8; busboy's default (latin1) would garble "ą" and "ż".
        defParamCharset: 'utf8',
        limits: { files: 1, fileSize: options.maxBytes, fields: 10, fieldSize: 2_000, parts: 12, headerPairs: 20 },
      });
    } catch {
      reject(
        DomainError.badInput(
          [{ field: 'file', code: FieldErrorCode.REQUIRED }],
          'Send the file as multipart/form-data.',
        ),
      );
      return;
    }

    const fields = new Map<string, string>();
    let settled = false;
    let fileStream: Readable | null = null;
    let output: WriteStream | null = null;
    let fileDone: Promise<Omit<ReceivedUpload, 'fields'>> | null = null;

    const fail = (error: unknown): void => {
      if (settled) return;
      settled = true;
      req.unpipe(parser);
      drain(req);
      fileStream?.destroy();
      const pending = fileDone;
      void (async () => {
        // The write stream must be closed before its file is removed, or a late open could recreate it.
        await pending?.catch(() => undefined);
        if (output && !output.closed) await once(output, 'close').catch(() => undefined);
        await options.discard(options.tempPath).catch(() => undefined);
        reject(error);
      })();
    };

    parser.on('field', (name, value, info) => {
      if (info.valueTruncated) fail(DomainError.badInput([{ field: name, code: FieldErrorCode.TOO_LONG }]));
      else fields.set(name, value);
    });

    parser.on('file', (name, stream, info) => {
      if (name !== options.fileField || fileDone || settled) {
        stream.resume();
        return;
      }
      fileStream = stream;
      // busboy reports a broken form on the parser too (handled there); this keeps a late copy from going unhandled.
      stream.on('error', () => undefined);
      let tooLarge = false;
      stream.on('limit', () => {
        tooLarge = true;
        fail(fileTooLarge());
      });
      fileDone = (async () => {
        await options.beforeFile(fields);
        if (settled) throw uploadIncomplete();
        const hash = createHash('sha256');
        const sniffer = new TextSniffer();
        let sizeBytes = 0;
        const meter = new Transform({
          transform(chunk: Buffer, _encoding, callback) {
            hash.update(chunk);
            sniffer.push(chunk);
            sizeBytes += chunk.length;
            callback(null, chunk);
          },
        });
        output = createWriteStream(options.tempPath, { flags: 'wx' });
        await pipeline(stream, meter, output);
        if (tooLarge) throw fileTooLarge();
        return {
          fileName: info.filename ?? '',
          tempPath: options.tempPath,
          sizeBytes,
          sha256: hash.digest('hex'),
          isText: sniffer.isText(),
        };
      })();
      fileDone.catch(fail);
    });

    parser.on('error', () => fail(uploadIncomplete()));
    parser.on('close', () => {
      if (settled) return;
      if (!fileDone) {
        fail(
          DomainError.badInput([{ field: options.fileField, code: FieldErrorCode.REQUIRED }], 'The form has no file.'),
        );
        return;
      }
      fileDone.then((file) => {
        if (settled) return;
        settled = true;
        resolve({ fields, ...file });
      }, fail);
    });

    req.on('close', () => {
      if (!req.complete) fail(uploadIncomplete());
    });
    req.pipe(parser);
  });
}

/**
 * Reads and drops the rest of a refused request, so the client gets to read
 * our answer instead of a reset connection, but only for so long.
 */
function drain(req: IncomingMessage): void {
  if (req.complete || req.destroyed) return;
  const timer = setTimeout(() => req.destroy(), DRAIN_MS);
  timer.unref();
  req.once('end', () => clearTimeout(timer));
  req.once('close', () => clearTimeout(timer));
  req.resume();
}

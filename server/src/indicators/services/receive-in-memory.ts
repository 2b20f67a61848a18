import type { IncomingMessage } from 'node:http';
import busboy from 'busboy';
import { FieldErrorCode, INDICATOR_IMPORT_LIMITS } from '@ratusz/shared';
import { DomainError } from '../../common/errors/domain-error.js';

function noFile(): DomainError {
  return DomainError.badInput(
    [{ field: 'file', code: FieldErrorCode.REQUIRED }],
    'Send the file as multipart/form-data.',
  );
}

function tooLarge(): DomainError {
  return DomainError.badInput(
    [{ field: 'file', code: FieldErrorCode.TOO_LONG, params: { max: INDICATOR_IMPORT_LIMITS.maxBytes } }],
    `An import file may have at most ${INDICATOR_IMPORT_LIMITS.maxBytes} bytes.`,
  );
}

/**
 * The `file` part of a small multipart form, in memory: an import file is
 * read whole anyway (every row is checked before any is stored) and capped
 * at INDICATOR_IMPORT_LIMITS.maxBytes.
 */
export function receiveSmallFile(req: IncomingMessage): Promise<Buffer> {
  return new Promise<Buffer>((resolve, reject) => {
    let parser: busboy.Busboy;
    try {
      parser = busboy({
        headers: req.headers,
        limits: { files: 1, fileSize: INDICATOR_IMPORT_LIMITS.maxBytes, fields: 5, parts: 6 },
      });
    } catch {
      reject(noFile());
      return;
    }
    let file: Promise<Buffer> | null = null;
    parser.on('file', (name, stream) => {
      if (name !== 'file' || file) {
        stream.resume();
        return;
      }
      file = new Promise<Buffer>((done, fail) => {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('limit', () => fail(tooLarge()));
        stream.on('end', () => done(Buffer.concat(chunks)));
        stream.on('error', fail);
      });
      // Reported once the whole form has arrived (below).
      file.catch(() => undefined);
    });
    parser.on('error', () => reject(noFile()));
    parser.on('close', () => {
      if (!file) reject(noFile());
      else file.then(resolve, reject);
    });
    req.pipe(parser);
  });
}

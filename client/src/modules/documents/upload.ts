import { CombinedGraphQLErrors } from '@apollo/client/errors';
import type { GraphQLFormattedError } from 'graphql';
import { UPLOAD_CSRF_HEADER, UPLOAD_PATH, type DocumentKind, type LiveDocument } from '@ratusz/shared';

/** Where the file goes: a consultation (its documents, or `kind` says otherwise) or a network's documents. */
export type UploadScope = { consultationId: string; networkId?: never } | { networkId: string; consultationId?: never };

export type UploadRequest = UploadScope & {
  /** What the file is for; the consultation's own documents unless said otherwise. */
  kind?: DocumentKind;
  title: string;
  file: File;
  /** 0–1 as the bytes leave the browser. */
  onProgress: (fraction: number) => void;
  signal?: AbortSignal;
};

function errorsOf(body: string): GraphQLFormattedError[] | null {
  try {
    const parsed: unknown = JSON.parse(body);
    if (typeof parsed === 'object' && parsed !== null && 'errors' in parsed && Array.isArray(parsed.errors)) {
      return parsed.errors as GraphQLFormattedError[];
    }
  } catch {
    // Not our JSON (a proxy's page): reported as a network problem below.
  }
  return null;
}

/**
 * Sends a document to the upload endpoint. XMLHttpRequest rather than fetch,
 * because only it reports upload progress. The endpoint answers errors in
 * GraphQL's shape, so they reject as CombinedGraphQLErrors and the forms
 * translate them like any other server error; a lost connection rejects
 * with a TypeError, which the forms call a network problem.
 */
export function uploadDocument({
  consultationId,
  networkId,
  kind,
  title,
  file,
  onProgress,
  signal,
}: UploadRequest): Promise<LiveDocument> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', UPLOAD_PATH);
    request.withCredentials = true;
    request.setRequestHeader(UPLOAD_CSRF_HEADER, '1');
    request.responseType = 'text';
    request.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress(event.loaded / event.total);
    };
    request.onload = () => {
      if (request.status >= 200 && request.status < 300) {
        try {
          resolve(JSON.parse(request.responseText) as LiveDocument);
        } catch {
          reject(new TypeError('The upload answer was not JSON.'));
        }
        return;
      }
      const errors = errorsOf(request.responseText);
      reject(errors ? new CombinedGraphQLErrors({ errors }) : new TypeError(`Upload failed with ${request.status}.`));
    };
    request.onerror = () => reject(new TypeError('The upload could not reach the server.'));
    request.onabort = () => reject(new DOMException('The upload was cancelled.', 'AbortError'));
    signal?.addEventListener('abort', () => request.abort(), { once: true });
    // The scope and title come before the file: the server checks them before storing anything.
    const form = new FormData();
    if (consultationId) form.append('consultationId', consultationId);
    if (networkId) form.append('networkId', networkId);
    if (kind) form.append('kind', kind);
    if (title.trim()) form.append('title', title.trim());
    form.append('file', file, file.name);
    request.send(form);
  });
}

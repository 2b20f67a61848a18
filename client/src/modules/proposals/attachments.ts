import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { DocumentKind, ErrorCode } from '@ratusz/shared';
import { checkDocumentFile } from '../documents/files';
import { uploadDocument } from '../documents/upload';

/** What can be wrong with the files chosen for a proposal, before or after sending them. */
export type AttachmentProblem =
  | { code: 'FILE_TOO_LARGE'; name: string }
  | { code: 'FILE_TYPE_NOT_ALLOWED'; name: string }
  | { code: 'TOO_MANY' }
  | { code: 'PHASE_CLOSED' };

/** Null when the chosen files may be sent: each within the upload rules, and no more than there is room for. */
export function checkAttachments(files: readonly File[], room: number): AttachmentProblem | null {
  if (files.length > room) return { code: 'TOO_MANY' };
  for (const file of files) {
    const problem = checkDocumentFile(file);
    if (problem?.code === 'FILE_TOO_LARGE') return { code: 'FILE_TOO_LARGE', name: file.name };
    // An empty file is no attachment either; the server would refuse it as a file of no known type.
    if (problem) return { code: 'FILE_TYPE_NOT_ALLOWED', name: file.name };
  }
  return null;
}

/** The server's refusal of an attachment, as the picker says it; null for anything else. */
export function attachmentProblemOf(error: unknown, files: readonly File[]): AttachmentProblem | null {
  if (!CombinedGraphQLErrors.is(error)) return null;
  const code = error.errors[0]?.extensions?.code;
  const name = (error as { fileName?: string }).fileName ?? files[0]?.name ?? '';
  switch (code) {
    case ErrorCode.FILE_TOO_LARGE:
      return { code: 'FILE_TOO_LARGE', name };
    case ErrorCode.FILE_TYPE_NOT_ALLOWED:
      return { code: 'FILE_TYPE_NOT_ALLOWED', name };
    case ErrorCode.PROPOSAL_TOO_MANY_ATTACHMENTS:
      return { code: 'TOO_MANY' };
    case ErrorCode.PHASE_CLOSED:
      return { code: 'PHASE_CLOSED' };
    default:
      return null;
  }
}

/**
 * Uploads the files one by one as proposal attachments and returns their ids.
 * `uploaded` remembers what already went up, so trying again after a refused
 * submission does not send (and count) the same file twice.
 */
export async function uploadAttachments(
  consultationId: string,
  files: readonly File[],
  uploaded: WeakMap<File, string>,
): Promise<string[]> {
  const ids: string[] = [];
  for (const file of files) {
    let id = uploaded.get(file);
    if (!id) {
      try {
        id = (
          await uploadDocument({
            consultationId,
            kind: DocumentKind.PROPOSAL_ATTACHMENT,
            title: '',
            file,
            onProgress: () => undefined,
          })
        ).id;
      } catch (error) {
        // Which file was refused, for the message.
        if (error instanceof Error) Object.assign(error, { fileName: file.name });
        throw error;
      }
      uploaded.set(file, id);
    }
    ids.push(id);
  }
  return ids;
}

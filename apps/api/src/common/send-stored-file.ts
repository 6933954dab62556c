import { DomainError } from '@app/domain';
import type { FileOwner, FilesService } from '@app/platform';
import type { Response } from 'express';
import type { AuthContext } from '../auth/auth-context';

/**
 * Streams a stored file as a download, if it belongs to `owner` (the record the caller was already
 * allowed to see); any other file is the same 404 as a missing one.
 */
export async function sendStoredFile(
  files: FilesService,
  auth: AuthContext,
  owner: FileOwner,
  fileId: string,
  res: Response,
  disposition: 'attachment' | 'inline' = 'attachment',
): Promise<void> {
  const { file, stream } = await files.open(auth, fileId);
  if (file.ownerType !== owner.type || file.ownerId !== owner.id)
    throw DomainError.notFound('File');
  res.setHeader('Content-Type', file.contentType);
  res.setHeader(
    'Content-Disposition',
    `${disposition}; filename*=UTF-8''${encodeURIComponent(file.filename)}`,
  );
  stream.pipe(res);
}

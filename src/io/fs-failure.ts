// Why a file operation failed, in the catalogue's words, from the system's error code: one
// short phrase for a message, never a stack.

import { statSync } from 'node:fs';
import { fileSystem, reading } from '../text/messages.js';

/** The system error code of a failed file operation ("ENOSPC"), or undefined if `error` is not one. */
export function fsErrorCode(error: unknown): string | undefined {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  return typeof code === 'string' && /^E[A-Z0-9]+$/.test(code) ? code : undefined;
}

/** Why a file operation failed, as a short phrase ("no space left on the device"). */
export function fsFailure(error: unknown): string {
  const code = fsErrorCode(error);
  switch (code) {
    case 'ENOENT':
      return reading.noSuchFile();
    case 'EISDIR':
      return reading.isAFolder();
    case 'EACCES':
    case 'EPERM':
      return reading.permissionDenied();
    case 'EROFS':
      return fileSystem.readOnly();
    case 'ENOSPC':
      return fileSystem.noSpace();
    case 'EDQUOT':
      return fileSystem.quota();
    case 'ENOTDIR':
      return fileSystem.notAFolder();
    case 'EFBIG':
      return fileSystem.tooLarge();
    case 'ENAMETOOLONG':
      return fileSystem.nameTooLong();
    case 'EIO':
      return fileSystem.ioError();
    case 'EBADF':
    case 'EPIPE':
      return fileSystem.closed();
    case undefined:
      return (error as Error)?.message ?? String(error);
    default:
      return fileSystem.other(code);
  }
}

/** What is at `path`: a folder, a file, something else, nothing, or why it cannot be told. */
export function kindOfPath(path: string): 'folder' | 'file' | 'other' | 'missing' | { readonly failure: string } {
  try {
    const stats = statSync(path);
    return stats.isDirectory() ? 'folder' : stats.isFile() ? 'file' : 'other';
  } catch (error) {
    const code = fsErrorCode(error);
    // ENOTDIR: a file in the middle of the path.
    if (code === 'ENOENT' || code === 'ENOTDIR') return 'missing';
    return { failure: fsFailure(error) };
  }
}

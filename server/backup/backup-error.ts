/**
 * Why a backup or a restore stopped, naming the file or folder at fault. Operators meet these in
 * the admin CLI and the server log, never users in the app, so they are not AppErrors: the message
 * is the explanation (in English, like the CLI's other messages).
 */
import 'server-only';

export type BackupProblem = 'missing' | 'damaged' | 'exists' | 'notEmpty' | 'inUse' | 'cannotReplace' | 'auditChainBroken' | 'filesBroken';

export class BackupError extends Error {
  constructor(
    /** The file or folder at fault, as the operator wrote it or relative to the backup folder. */
    readonly file: string,
    readonly problem: BackupProblem,
    message: string,
  ) {
    super(message);
    this.name = 'BackupError';
  }
}

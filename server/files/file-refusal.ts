/**
 * Why an upload was refused. The file functions return a refusal instead of throwing, so a caller
 * can clean up before answering; its code is an AppError code (lib/errors), shown translated.
 */
import { AppError, type AppErrorCode } from '@/lib/errors/app-error';

export type FileRefusalCode = Extract<
  AppErrorCode,
  'FILE_TOO_LARGE' | 'QUOTA_EXCEEDED' | 'UNSUPPORTED_TYPE' | 'TYPE_MISMATCH' | 'IMAGE_TOO_LARGE' | 'UNREADABLE_IMAGE' | 'HEIC_UNSUPPORTED'
>;

export interface FileRefusal<Code extends FileRefusalCode = FileRefusalCode> {
  ok: false;
  code: Code;
  /** For the server's log, in English; never shown to users (it may name internals). */
  reason: string;
}

export function refuse<Code extends FileRefusalCode>(code: Code, reason: string): FileRefusal<Code> {
  return { ok: false, code, reason };
}

/** The error a route throws for a refusal: the code only, the reason stays in the log. */
export function appErrorOf(refusal: FileRefusal): AppError {
  return new AppError(refusal.code);
}

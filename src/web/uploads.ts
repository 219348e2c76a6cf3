import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { FastifyRequest } from 'fastify';
import { nfc } from '../vi/text.ts';
import { WEB_TEXT } from '../vi/web-text.ts';

/** How much one upload request may bring. */
export interface UploadLimits {
  /** Files in one request. */
  maxFiles: number;
  /** Bytes of one file (the ingest's own limit by default). */
  maxFileBytes: number;
  /** Bytes of all the files of one request. */
  maxTotalBytes: number;
}

/** One uploaded file: the name the user's computer gave it (shown, stored) and our copy's path. */
export interface UploadedFile {
  name: string;
  path: string;
}

export type UploadLimitKind = 'file' | 'count' | 'total';

/** A limit was passed: the request is answered 413, whatever was saved is removed by the caller. */
export class UploadLimitError extends Error {
  constructor(readonly kind: UploadLimitKind) {
    super(`upload limit: ${kind}`);
  }
}

/** The request's body is not a multipart form that can be read (cut off, malformed): a 400. */
export class MalformedUploadError extends Error {}

/** @fastify/multipart's errors for its own limits (file size, number of files or parts). */
const MULTIPART_LIMIT: Record<string, UploadLimitKind> = {
  FST_REQ_FILE_TOO_LARGE: 'file',
  FST_FILES_LIMIT: 'count',
  FST_PARTS_LIMIT: 'count',
  FST_FIELDS_LIMIT: 'count',
};

/** The name shown for an upload: the last part of what the browser sent (some send a path), NFC. */
export function displayName(raw: string, n: number): string {
  const name = nfc(raw).split(/[\\/]/).pop()?.trim() ?? '';
  return name || WEB_TEXT.unnamedFile(n);
}

/**
 * The file name our copy is saved under, inside a folder of its own that we made: letters,
 * digits and a few marks only (never a separator, never a leading dot), at most 100 characters
 * with the extension kept. The uploaded name is data, never a path.
 */
export function safeFileName(raw: string, n: number): string {
  const name = displayName(raw, n)
    .replace(/[^\p{L}\p{M}\p{N} ._()+,-]/gu, '_')
    .replace(/^[.\s]+/, '')
    .trim();
  if (!name) return `tep-${n}`;
  const chars = [...name];
  if (chars.length <= 100) return name;
  const dot = name.lastIndexOf('.');
  const ext = dot > 0 && name.length - dot <= 8 ? name.slice(dot) : '';
  return chars.slice(0, 100 - ext.length).join('') + ext;
}

/** Counts the bytes of all files of a request as they stream by. */
function totalCounter(state: { bytes: number }, max: number): Transform {
  return new Transform({
    transform(chunk: Buffer, _enc, done) {
      state.bytes += chunk.length;
      done(state.bytes > max ? new UploadLimitError('total') : null, chunk);
    },
  });
}

/**
 * Streams a multipart request's files to `dir/<n>/<safe name>` and collects its text fields.
 * Every part is read to its end or the request fails with a limit (UploadLimitError): a request
 * is never left hanging half read. Empty file inputs (no file chosen) are skipped.
 */
export async function saveUploads(
  request: FastifyRequest,
  dir: string,
  limits: UploadLimits,
): Promise<{ files: UploadedFile[]; fields: Record<string, string> }> {
  const files: UploadedFile[] = [];
  const fields: Record<string, string> = {};
  const total = { bytes: 0 };
  try {
    const parts = request.parts({ limits: { fileSize: limits.maxFileBytes, files: limits.maxFiles, fields: 20, fieldSize: 4096, parts: limits.maxFiles + 20 } });
    for await (const part of parts) {
      if (part.type === 'field') {
        if (typeof part.value === 'string') fields[part.fieldname] = part.value;
        continue;
      }
      if (!part.filename) {
        part.file.resume();
        continue;
      }
      const n = files.length + 1;
      const folder = join(dir, String(n));
      await mkdir(folder, { recursive: true });
      const path = join(folder, safeFileName(part.filename, n));
      await pipeline(part.file, totalCounter(total, limits.maxTotalBytes), createWriteStream(path, { flags: 'wx' }));
      files.push({ name: displayName(part.filename, n), path });
    }
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code && MULTIPART_LIMIT[code]) throw new UploadLimitError(MULTIPART_LIMIT[code]);
    if (error instanceof UploadLimitError) throw error;
    // A file system error (a full disk) is the server's; anything else came from reading the body.
    if ((error as NodeJS.ErrnoException).syscall !== undefined) throw error;
    throw new MalformedUploadError((error as Error).message);
  }
  return { files, fields };
}

import { createHash } from 'node:crypto';
import type { Plan } from '../model/plan.ts';

/** Pieces of canonical JSON are handed out once they reach this many characters. */
const CHUNK = 64 * 1024;

/**
 * Writes the canonical JSON of a value — object keys sorted, undefined members left out,
 * otherwise exactly JSON.stringify — to `emit`, in pieces of about 64K characters. A
 * province-size plan is ~90 MB of JSON: as one string (two bytes per character for Vietnamese
 * text) it would be the peak of an ingest's memory; in pieces it never exists whole.
 */
export function writeCanonicalJson(value: unknown, emit: (chunk: string) => void): void {
  let buffer = '';
  const write = (v: unknown): void => {
    if (Array.isArray(v)) {
      buffer += '[';
      for (let i = 0; i < v.length; i++) {
        if (i > 0) buffer += ',';
        const item: unknown = v[i];
        // As JSON.stringify: undefined (or a function) in an array is null.
        if (item === undefined || typeof item === 'function') buffer += 'null';
        else write(item);
        if (buffer.length >= CHUNK) {
          emit(buffer);
          buffer = '';
        }
      }
      buffer += ']';
    } else if (v !== null && typeof v === 'object') {
      const record = v as Record<string, unknown>;
      buffer += '{';
      let first = true;
      for (const key of Object.keys(record).sort()) {
        const member = record[key];
        if (member === undefined || typeof member === 'function') continue;
        buffer += `${first ? '' : ','}${JSON.stringify(key)}:`;
        first = false;
        write(member);
      }
      buffer += '}';
    } else {
      buffer += JSON.stringify(v);
    }
  };
  write(value);
  if (buffer) emit(buffer);
}

/** SHA-256 (hex) of the plan's canonical content: the version stamped into every workbook. */
export function planHash(plan: Plan): string {
  const hash = createHash('sha256');
  writeCanonicalJson(plan, (chunk) => hash.update(chunk));
  return hash.digest('hex');
}

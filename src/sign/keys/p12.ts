import { readFile } from 'node:fs/promises';
import { P12Signer, type Signer } from '@libpdf/core';
import { describeError } from '../../vi/errors.ts';
import { makeFinding } from '../../vi/messages/index.ts';
import { SignError } from '../sign-error.ts';

/** Opens a PKCS#12 file (.p12/.pfx). A wrong password and a file that is not PKCS#12 look the same to the library. */
export async function openP12(file: string, password: string): Promise<Signer> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    throw new SignError([makeFinding('sign/key-unreadable', { file }, { file, reason: describeError(error) })]);
  }
  try {
    return await P12Signer.create(bytes, password);
  } catch {
    // Only our own message: nothing of the library's error text (or the password) reaches the user.
    throw new SignError([makeFinding('sign/wrong-password', { file }, { file })]);
  }
}

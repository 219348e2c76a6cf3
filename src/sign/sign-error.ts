import type { Finding } from '../model/finding.ts';

/** Signing cannot go on; the findings say why (in Vietnamese). Nothing has been written. */
export class SignError extends Error {
  constructor(readonly findings: Finding[]) {
    super(findings.map((f) => f.message).join('\n'));
    this.name = 'SignError';
  }
}

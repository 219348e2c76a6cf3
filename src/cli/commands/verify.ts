import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { z } from 'zod';
import type { SignatureCheck } from '../../model/sign.ts';
import { isoVietnam, readTrustedCertificates, verifyPdf } from '../../sign/index.ts';
import { describeError } from '../../vi/errors.ts';
import { makeFinding } from '../../vi/messages/index.ts';
import { SIGN_CLI_TEXT as T } from '../../vi/sign-text.ts';
import { type CliContext, EXIT, printJson } from '../context.ts';
import { jsonOption } from '../options.ts';
import { paint, renderFindings } from '../render.ts';

const VerifyOptionsSchema = z.object({ file: z.string().min(1), ca: z.string().min(1).optional(), json: z.boolean().optional() });

/** A signature is good when its CMS checks out and no page content was changed after it. */
export function isGood(s: SignatureCheck): boolean {
  return s.valid && s.changedAfter !== 'content' && s.trusted !== false;
}

function renderSignature(s: SignatureCheck, isTTY: boolean): string[] {
  const status = s.valid ? paint(isTTY, 'green', T.valid) : paint(isTTY, 'red', T.invalid);
  const at = s.signedAt ? isoVietnam(new Date(s.signedAt)) : '—';
  const lines = [`${T.signatureLine(s.index, s.field)}: ${status}${s.problem ? ` — ${T.problem[s.problem] ?? s.problem}` : ''}`];
  lines.push(`  ${T.signerLabel}: ${s.signerName || '—'}`);
  lines.push(`  ${T.orgLabel}: ${s.organization || '—'}`);
  lines.push(`  ${T.timeLabel}: ${at}`);
  if (s.reason || s.location) lines.push(`  ${T.reasonLabel}: ${s.reason ?? '—'}; ${T.locationLabel}: ${s.location ?? '—'}`);
  if (s.trusted !== null) lines.push(`  ${T.trustLabel}: ${s.trusted ? T.trusted : paint(isTTY, 'red', T.untrusted)}`);
  if (s.certificateValidAtSigning !== null) lines.push(`  ${T.certLabel}: ${s.certificateValidAtSigning ? T.certOk : T.certBad}`);
  const after = T.after[s.changedAfter] ?? s.changedAfter;
  lines.push(`  ${T.afterLabel}: ${s.changedAfter === 'content' ? paint(isTTY, 'red', after) : after}`);
  return lines;
}

export function registerVerifyCommand(program: Command, ctx: CliContext): void {
  program
    .command('verify')
    .description(T.verifyDescription)
    .argument('<tệp.pdf>', T.pdfArgument)
    .option('--ca <tệp.pem>', T.caOption)
    .addOption(jsonOption())
    .action(async (file: string, raw: Record<string, unknown>) => {
      const o = VerifyOptionsSchema.parse({ ...raw, file });
      const json = Boolean(o.json);
      let checks: SignatureCheck[];
      try {
        const bytes = await readFile(o.file);
        const trusted = o.ca ? readTrustedCertificates(await readFile(o.ca)) : undefined;
        checks = await verifyPdf(bytes, trusted ? { trusted } : {}).catch(() => {
          throw new Error(T.notPdf);
        });
      } catch (error) {
        const reason = error instanceof Error && error.message === T.notPdf ? T.notPdf : describeError(error);
        const finding = makeFinding('sign/input-unreadable', { file: o.file }, { file: o.file, reason });
        if (json) printJson(ctx, { file: o.file, valid: false, signatures: [], findings: [finding] });
        else ctx.stderr(renderFindings([finding], false));
        ctx.exitCode = EXIT.usage;
        return;
      }
      const findings = checks.length === 0 ? [makeFinding('sign/not-signed', { file: o.file }, { file: o.file })] : [];
      const good = checks.length > 0 && checks.every(isGood);
      if (json) printJson(ctx, { file: o.file, valid: good, signatures: checks, findings });
      else if (checks.length === 0) ctx.stderr(renderFindings(findings, ctx.isTTY));
      else {
        ctx.stdout(T.verifyTitle(o.file, checks.length));
        for (const s of checks) ctx.stdout(renderSignature(s, ctx.isTTY).join('\n'));
        ctx.stdout(good ? T.allValid : paint(ctx.isTTY, 'red', T.someInvalid));
        if (!o.ca) ctx.stdout(paint(ctx.isTTY, 'gray', T.trustNote));
      }
      ctx.exitCode = good ? EXIT.ok : EXIT.findings;
    });
}

import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Command } from 'commander';
import { z } from 'zod';
import type { Finding } from '../../model/finding.ts';
import type { ReportSettings } from '../../model/report.ts';
import { type SignResult, type SignatureRole, SigningSettingsSchema } from '../../model/sign.ts';
import { DEFAULT_SETTINGS_FILE, ReportConfigError, loadReportSettings } from '../../report/index.ts';
import { type KeySource, SignError, checkSigningSettings, signReport } from '../../sign/index.ts';
import { CLI_TEXT } from '../../vi/cli-text.ts';
import { describeError } from '../../vi/errors.ts';
import { makeFinding } from '../../vi/messages/index.ts';
import { SIGN_CLI_TEXT as T } from '../../vi/sign-text.ts';
import { type CliContext, EXIT, printJson } from '../context.ts';
import { flagOf, forceOption, jsonOption } from '../options.ts';
import { renderFindings } from '../render.ts';
import { promptSecret } from '../secret.ts';

const Slot = z.string().trim().regex(/^\d+$/, 'slot').transform(Number);

/** The key options of `sign` (and `report --sign`). Secrets come from the environment or a prompt, never from an option. */
export const SignKeyOptionsSchema = z.object({
  p12: z.string().min(1).optional(),
  orgP12: z.string().min(1).optional(),
  passwordEnv: z.string().trim().min(1).optional(),
  orgPasswordEnv: z.string().trim().min(1).optional(),
  pkcs11: z.string().min(1).optional(),
  slot: Slot.optional(),
  keyLabel: z.string().trim().min(1).optional(),
  orgSlot: Slot.optional(),
  orgKeyLabel: z.string().trim().min(1).optional(),
});
export type SignKeyOptions = z.infer<typeof SignKeyOptionsSchema>;

const SignOptionsSchema = SignKeyOptionsSchema.extend({
  input: z.string().min(1),
  output: z.string().regex(/\.pdf$/i, 'pdf'),
  config: z.string().min(1).optional(),
  force: z.boolean().optional(),
  json: z.boolean().optional(),
});

/** Adds the key options to a command (sign, report --sign). */
export function addSignKeyOptions(cmd: Command): Command {
  return cmd
    .option('--p12 <tệp>', T.p12Option)
    .option('--org-p12 <tệp>', T.orgP12Option)
    .option('--password-env <BIẾN>', T.passwordEnvOption)
    .option('--org-password-env <BIẾN>', T.orgPasswordEnvOption)
    .option('--pkcs11 <thư-viện>', T.pkcs11Option)
    .option('--slot <n>', T.slotOption)
    .option('--key-label <nhãn>', T.keyLabelOption)
    .option('--org-slot <n>', T.orgSlotOption)
    .option('--org-key-label <nhãn>', T.orgKeyLabelOption);
}

/** A bad option, worded for the user. */
export function signOptionError(issue: z.core.$ZodIssue, raw: Record<string, unknown>): string {
  const field = String(issue.path[0] ?? '');
  const value = typeof raw[field] === 'string' ? (raw[field] as string) : '';
  if (field === 'output') return T.outputNotPdf(value);
  if (field === 'slot' || field === 'orgSlot') return T.badSlot(value);
  return CLI_TEXT.badOption(flagOf(issue.path[0]), issue.message);
}

async function secret(role: SignatureRole, variable: string | undefined, question: string): Promise<string | Finding> {
  const fromEnv = variable ? process.env[variable] : undefined;
  if (fromEnv !== undefined && fromEnv !== '') return fromEnv;
  const asked = await promptSecret(question);
  if (asked !== null) return asked;
  return makeFinding('sign/secret-missing', {}, { role, variable: variable ?? '', kind: question === T.askPin(T.roleShort[role] ?? role) ? 'pin' : 'password' });
}

/**
 * Turns the key options into key sources for the signatures the settings ask for, asking for the
 * secrets the environment does not hold. When only the organisation signs, the signer's options
 * (--p12, --slot, --key-label, --password-env) serve for it too.
 */
export async function resolveKeys(o: SignKeyOptions, roles: readonly SignatureRole[]): Promise<{ keys: Partial<Record<SignatureRole, KeySource>>; findings: Finding[] }> {
  const keys: Partial<Record<SignatureRole, KeySource>> = {};
  const findings: Finding[] = [];
  const orgAlone = !roles.includes('signer');
  const wanted: Array<{ role: SignatureRole; p12?: string; env?: string; slot?: number; label?: string; token: boolean }> = [];
  if (roles.includes('signer')) wanted.push({ role: 'signer', p12: o.p12, env: o.passwordEnv, slot: o.slot, label: o.keyLabel, token: Boolean(o.pkcs11) });
  if (roles.includes('organization')) {
    wanted.push({
      role: 'organization',
      p12: o.orgP12 ?? (orgAlone ? o.p12 : undefined),
      env: o.orgPasswordEnv ?? (orgAlone ? o.passwordEnv : undefined),
      slot: o.orgSlot ?? (orgAlone ? o.slot : undefined),
      label: o.orgKeyLabel ?? (orgAlone ? o.keyLabel : undefined),
      token: Boolean(o.pkcs11) && (orgAlone || o.orgSlot !== undefined || o.orgKeyLabel !== undefined),
    });
  }
  for (const w of wanted) {
    if (w.p12) {
      const s = await secret(w.role, w.env, T.askPassword(basename(w.p12)));
      if (typeof s === 'string') keys[w.role] = { kind: 'p12', file: w.p12, password: s };
      else findings.push(s);
    } else if (w.token && o.pkcs11) {
      const s = await secret(w.role, w.env, T.askPin(T.roleShort[w.role] ?? w.role));
      if (typeof s === 'string') keys[w.role] = { kind: 'pkcs11', module: o.pkcs11, pin: s, ...(w.slot !== undefined ? { slot: w.slot } : {}), ...(w.label ? { keyLabel: w.label } : {}) };
      else findings.push(s);
    }
  }
  return { keys, findings };
}

/** Writes the signed PDF through a temporary file: a failure leaves no partial output behind. */
async function writeAtomically(output: string, bytes: Uint8Array): Promise<void> {
  await mkdir(dirname(output) || '.', { recursive: true });
  const temp = join(dirname(output) || '.', `.${basename(output)}.${process.pid}.tmp`);
  try {
    await writeFile(temp, bytes, { flag: 'wx' });
    await rename(temp, output);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

export type SignOutcome = { ok: true; path: string; result: SignResult } | { ok: false; findings: Finding[]; code: number };

const FINDING_EXIT = (findings: Finding[]) => (findings.some((f) => /^sign\/(cert-|already-signed)/.test(f.code)) ? EXIT.findings : EXIT.usage);

/** Signs `bytes` (a .docx or .pdf) into `output`; shared by `sign` and `report --sign`. */
export async function signToFile(input: {
  bytes: Uint8Array;
  file: string;
  output: string;
  settings: ReportSettings;
  settingsDir: string;
  keyOptions: SignKeyOptions;
  force: boolean;
}): Promise<SignOutcome> {
  if (existsSync(input.output) && !input.force) {
    return { ok: false, findings: [makeFinding('sign/output-exists', { file: input.output }, { file: input.output })], code: EXIT.usage };
  }
  const early = await checkSigningSettings(input.settings, input.settingsDir);
  if (early.length > 0) return { ok: false, findings: early, code: EXIT.usage };
  const roles = SigningSettingsSchema.parse(input.settings.signing ?? {}).signatures;
  const { keys, findings } = await resolveKeys(input.keyOptions, roles);
  if (findings.length > 0) return { ok: false, findings, code: EXIT.usage };
  try {
    const result = await signReport({ bytes: input.bytes, file: input.file, settings: input.settings, settingsDir: input.settingsDir, keys });
    await writeAtomically(input.output, result.bytes);
    return { ok: true, path: input.output, result };
  } catch (error) {
    if (!(error instanceof SignError)) throw error;
    return { ok: false, findings: error.findings, code: FINDING_EXIT(error.findings) };
  }
}

/** Prints a signing outcome (human or JSON) and sets the exit code. */
export function printSignOutcome(ctx: CliContext, outcome: SignOutcome, json: boolean): void {
  if (!outcome.ok) {
    if (json) printJson(ctx, { path: null, signatures: [], findings: outcome.findings });
    else ctx.stderr(renderFindings(outcome.findings, false));
    ctx.exitCode = outcome.code;
    return;
  }
  const { result } = outcome;
  if (json) printJson(ctx, { path: outcome.path, signatures: result.signed, findings: result.findings });
  else {
    if (result.findings.length > 0) ctx.stderr(renderFindings(result.findings, ctx.isTTY));
    ctx.stdout(T.signed(outcome.path));
    result.signed.forEach((s, i) => ctx.stdout(T.signedLine(i + 1, T.roleShort[s.role] ?? s.role, s.signerName, s.organization, s.signedAt)));
  }
  ctx.exitCode = EXIT.ok;
}

export function registerSignCommand(program: Command, ctx: CliContext): void {
  const cmd = program
    .command('sign')
    .description(T.signDescription)
    .argument('<báo-cáo>', T.inputArgument)
    .requiredOption('-o, --output <tệp.pdf>', T.outputOption)
    .option('--config <tệp>', T.configOption);
  addSignKeyOptions(cmd)
    .addOption(forceOption(T.forceOption))
    .addOption(jsonOption())
    .action(async (input: string, raw: Record<string, unknown>) => {
      const parsed = SignOptionsSchema.safeParse({ ...raw, input });
      if (!parsed.success) {
        ctx.stderr(parsed.error.issues.map((i) => signOptionError(i, raw)).join('\n'));
        ctx.exitCode = EXIT.usage;
        return;
      }
      const o = parsed.data;
      const json = Boolean(o.json);
      let settings: ReportSettings;
      try {
        settings = await loadReportSettings(o.config);
      } catch (error) {
        if (!(error instanceof ReportConfigError)) throw error;
        printSignOutcome(ctx, { ok: false, findings: error.findings, code: EXIT.usage }, json);
        return;
      }
      let bytes: Uint8Array;
      try {
        bytes = await readFile(o.input);
      } catch (error) {
        const finding = makeFinding('sign/input-unreadable', { file: o.input }, { file: o.input, reason: describeError(error) });
        printSignOutcome(ctx, { ok: false, findings: [finding], code: EXIT.usage }, json);
        return;
      }
      const outcome = await signToFile({
        bytes,
        file: o.input,
        output: o.output,
        settings,
        settingsDir: dirname(o.config ?? DEFAULT_SETTINGS_FILE),
        keyOptions: o,
        force: Boolean(o.force),
      });
      printSignOutcome(ctx, outcome, json);
    });
}

import type { Command } from 'commander';
import { dirname } from 'node:path';
import { z } from 'zod';
import type { ReportSettings } from '../../model/report.ts';
import { type SignatureRole, SigningSettingsSchema } from '../../model/sign.ts';
import { DEFAULT_SETTINGS_FILE, ReportConfigError, loadReportSettings } from '../../report/index.ts';
import { type KeySource, checkSigningSettings } from '../../sign/index.ts';
import { SignKeyOptionsSchema, resolveKeys, signOptionError } from './sign.ts';
import { SIGN_CLI_TEXT } from '../../vi/sign-text.ts';
import { loadPlan } from '../../plan/index.ts';
import { SERVE_TEXT as T } from '../../vi/web-text.ts';
import { type CliContext, EXIT } from '../context.ts';
import { dbOption, parseOptions, planOption } from '../options.ts';
import { renderFindings } from '../render.ts';
import { openStoreOrSay } from '../store.ts';

const OptionsSchema = z.object({
  plan: z.string().trim().min(1),
  db: z.string().trim().min(1).default('baocao.db'),
  port: z.coerce.number().int().min(1).max(65535).default(8080),
  host: z.string().trim().min(1).default('127.0.0.1'),
  /** The name of the environment variable holding the password (never the password itself: it would show in the process list). */
  passwordEnv: z.string().trim().regex(/^[A-Za-z_][A-Za-z0-9_]*$/).optional(),
  config: z.string().min(1).optional(),
  wording: z.string().min(1).optional(),
  maxFiles: z.coerce.number().int().min(1).max(100_000).optional(),
  // The signed PDF on the Downloads page: the keys of `baocao sign`, named --sign-… here since
  // --password-env already means the upload password.
  signP12: z.string().min(1).optional(),
  signOrgP12: z.string().min(1).optional(),
  signPkcs11: z.string().min(1).optional(),
  signSlot: z.string().optional(),
  signKeyLabel: z.string().optional(),
  signOrgSlot: z.string().optional(),
  signOrgKeyLabel: z.string().optional(),
  signPasswordEnv: z.string().optional(),
  signOrgPasswordEnv: z.string().optional(),
});

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1']);

export function registerServeCommand(program: Command, ctx: CliContext): void {
  program
    .command('serve')
    .description(T.description)
    .addOption(planOption(T.planOption, { arg: '<kế-hoạch>' }))
    .addOption(dbOption())
    .option('--port <cổng>', T.portOption)
    .option('--host <địa-chỉ>', T.hostOption)
    .option('--password-env <BIẾN>', T.passwordEnvOption)
    .option('--config <tệp>', T.configOption)
    .option('--wording <tệp>', T.wordingOption)
    .option('--max-files <số>', T.maxFilesOption)
    .option('--sign-p12 <tệp>', T.signP12Option)
    .option('--sign-org-p12 <tệp>', T.signOrgP12Option)
    .option('--sign-pkcs11 <thư-viện>', T.signPkcs11Option)
    .option('--sign-slot <n>', T.signSlotOption)
    .option('--sign-key-label <nhãn>', T.signKeyLabelOption)
    .option('--sign-org-slot <n>', T.signOrgSlotOption)
    .option('--sign-org-key-label <nhãn>', T.signOrgKeyLabelOption)
    .option('--sign-password-env <BIẾN>', T.signPasswordEnvOption)
    .option('--sign-org-password-env <BIẾN>', T.signOrgPasswordEnvOption)
    .action(async (raw: unknown) => runServe(ctx, raw));
}

/** `baocao serve`: runs until Ctrl+C (exit 0); 2 for bad usage, an unusable plan or store, a port in use. */
async function runServe(ctx: CliContext, raw: unknown): Promise<void> {
  const options = parseOptions(OptionsSchema, raw, ctx);
  if (!options) return;
  let password: string | undefined;
  if (options.passwordEnv) {
    password = process.env[options.passwordEnv];
    if (!password) {
      ctx.stderr(T.passwordEnvEmpty(options.passwordEnv));
      ctx.exitCode = EXIT.usage;
      return;
    }
  }
  const loaded = await loadPlan(options.plan);
  if (!loaded.ok) {
    ctx.stderr(renderFindings(loaded.findings, ctx.isTTY));
    ctx.exitCode = EXIT.usage;
    return;
  }
  const signing = await openSigning(ctx, options);
  if (signing === false) return;
  const store = openStoreOrSay(ctx, options.db);
  if (!store) return;
  // Loaded only by this command: the other commands do not pay for the web server's packages.
  const { buildServer, signedPdfHook } = await import('../../web/index.ts');
  const app = await buildServer({
    plan: loaded.plan,
    planHash: loaded.hash,
    store,
    ...(password ? { password } : {}),
    ...(options.config ? { reportConfig: options.config } : {}),
    ...(options.wording ? { reportWording: options.wording } : {}),
    ...(options.maxFiles ? { limits: { maxFiles: options.maxFiles } } : {}),
    ...(signing ? { signedPdf: signedPdfHook(signing.settings, signing.settingsDir, signing.keys) } : {}),
  });
  try {
    await app.listen({ port: options.port, host: options.host });
  } catch (error) {
    await app.close();
    store.close();
    if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error;
    ctx.stderr(T.portInUse(options.port));
    ctx.exitCode = EXIT.usage;
    return;
  }
  const host = options.host.includes(':') ? `[${options.host}]` : options.host;
  ctx.stdout(T.listening(`http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${options.port}/`));
  if (!LOOPBACK.has(options.host) && !password) ctx.stderr(T.openBeyondLocal(options.host));
  await new Promise<void>((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  await app.close();
  store.close();
  ctx.stdout(T.stopped);
  ctx.exitCode = EXIT.ok;
}

/**
 * The keys for the Downloads page's signed PDF, opened once at start (the password or PIN from
 * the environment, or asked now, then kept in memory only): null when no key option was given,
 * false when they are unusable (said, exit 2).
 */
async function openSigning(ctx: CliContext, o: z.infer<typeof OptionsSchema>): Promise<{ settings: ReportSettings; settingsDir: string; keys: Partial<Record<SignatureRole, KeySource>> } | null | false> {
  if (!o.signP12 && !o.signOrgP12 && !o.signPkcs11) return null;
  const keyOptions = SignKeyOptionsSchema.safeParse({
    p12: o.signP12, orgP12: o.signOrgP12, pkcs11: o.signPkcs11, slot: o.signSlot, keyLabel: o.signKeyLabel,
    orgSlot: o.signOrgSlot, orgKeyLabel: o.signOrgKeyLabel, passwordEnv: o.signPasswordEnv, orgPasswordEnv: o.signOrgPasswordEnv,
  });
  if (!keyOptions.success) {
    ctx.stderr(keyOptions.error.issues.map((i) => signOptionError(i, {})).join('\n'));
    ctx.exitCode = EXIT.usage;
    return false;
  }
  let settings: ReportSettings;
  try {
    settings = await loadReportSettings(o.config);
  } catch (error) {
    if (!(error instanceof ReportConfigError)) throw error;
    ctx.stderr(renderFindings(error.findings, ctx.isTTY));
    ctx.exitCode = EXIT.usage;
    return false;
  }
  const settingsDir = dirname(o.config ?? DEFAULT_SETTINGS_FILE);
  const roles = SigningSettingsSchema.parse(settings.signing ?? {}).signatures;
  const findings = [...(await checkSigningSettings(settings, settingsDir))];
  const { keys, findings: keyFindings } = findings.length === 0 ? await resolveKeys(keyOptions.data, roles) : { keys: {}, findings: [] };
  findings.push(...keyFindings);
  if (findings.length > 0) {
    ctx.stderr(renderFindings(findings, ctx.isTTY));
    ctx.exitCode = EXIT.usage;
    return false;
  }
  ctx.stdout(T.signingReady(Object.keys(keys).map((r) => SIGN_CLI_TEXT.roleShort[r as SignatureRole] ?? r).join(', ')));
  return { settings, settingsDir, keys };
}

import type { Command } from 'commander';
import { z } from 'zod';
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
  const store = openStoreOrSay(ctx, options.db);
  if (!store) return;
  // Loaded only by this command: the other commands do not pay for the web server's packages.
  const { buildServer } = await import('../../web/index.ts');
  const app = await buildServer({
    plan: loaded.plan,
    planHash: loaded.hash,
    store,
    ...(password ? { password } : {}),
    ...(options.config ? { reportConfig: options.config } : {}),
    ...(options.wording ? { reportWording: options.wording } : {}),
    ...(options.maxFiles ? { limits: { maxFiles: options.maxFiles } } : {}),
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

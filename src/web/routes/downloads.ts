import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { FastifyInstance, FastifyReply } from 'fastify';
import JSZip from 'jszip';
import { z } from 'zod';
import { periodFromStore } from '../../evaluate/index.ts';
import type { PeriodId } from '../../model/period.ts';
import { findOrg } from '../../plan/index.ts';
import { collectExportFindings, loadReportSettings, loadReportWording, writeExport, writeOrgSummary, writeReport } from '../../report/index.ts';
import { writeTemplates } from '../../template/index.ts';
import { periodName, periodOf } from '../../vi/period.ts';
import { WEB_TEXT as T } from '../../vi/web-text.ts';
import { type WebContext, WebError, attachment, checkPeriod, periodFromQuery, sendPage } from '../context.ts';
import { downloadsPage } from '../pages/downloads.ts';
import { planPeriods } from '../periods.ts';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** "2024-Q2.docx" → the period, checked; anything else is a missing page. */
const FileParamsSchema = z.object({ file: z.string().max(100) });
const OrgFileParamsSchema = z.object({ period: z.string().max(20), file: z.string().max(120) });

function periodOfFile(ctx: WebContext, file: string, ext: string): PeriodId {
  if (!file.endsWith(ext)) throw new WebError(404, T.errorTitle, T.notFound);
  return checkPeriod(ctx, file.slice(0, -ext.length));
}

function orgOfFile(ctx: WebContext, file: string, ext: string): string {
  const code = file.endsWith(ext) ? file.slice(0, -ext.length) : '';
  const org = findOrg(ctx.plan, code);
  if (!org) throw new WebError(404, T.errorTitle, T.unknownOrg(code));
  return org.code;
}

function send(reply: FastifyReply, type: string, name: string, bytes: Buffer): FastifyReply {
  return reply.type(type).header('content-disposition', attachment(name)).header('cache-control', 'no-store').send(bytes);
}

/** A folder of the server's own for one output, removed once the answer is built. */
async function withTemp<R>(ctx: WebContext, work: (dir: string) => Promise<R>): Promise<R> {
  const dir = await mkdtemp(join(ctx.workDir, 'out-'));
  try {
    return await work(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** The period's Word report input, exactly as `baocao report` builds it. */
async function reportInput(ctx: WebContext, period: PeriodId) {
  const settings = await loadReportSettings(ctx.reportConfig);
  const wording = await loadReportWording(ctx.reportWording);
  const { evaluation, submissions, log } = periodFromStore(ctx.plan, period, ctx.store, { now: ctx.now() });
  return { input: { plan: ctx.plan, period, evaluation, submissions, settings, wording }, log };
}

/** Tải về: every output is made on request by the library, as the CLI makes it. */
export function registerDownloadRoutes(app: FastifyInstance, ctx: WebContext): void {
  const formsOffered = (period: PeriodId) => ctx.plan.reporting.periods.includes(periodOf(period).kind);

  app.get('/tai-ve', (request, reply) => {
    const period = periodFromQuery(ctx, request.query);
    const body = downloadsPage({ plan: ctx.plan, periods: planPeriods(ctx.plan), period, formsOffered: formsOffered(period), signed: ctx.signedPdf !== null });
    return sendPage(reply, ctx, { title: T.downloadsTitle(periodName(period)), section: 'downloads', body, period });
  });

  // One blank form: `baocao template <plan> --period … --org … --db …`.
  app.get('/tai-ve/bieu-mau/:period/:file', async (request, reply) => {
    const params = OrgFileParamsSchema.parse(request.params);
    const period = checkPeriod(ctx, params.period);
    const org = orgOfFile(ctx, params.file, '.xlsx');
    const made = await withTemp(ctx, async (dir) => {
      const { files } = await writeTemplates(ctx.plan, ctx.planHash, { period, outDir: dir, orgs: [org], store: ctx.store });
      return files[0] ? { name: basename(files[0].path), bytes: await readFile(files[0].path) } : null;
    });
    if (!made) throw new WebError(404, T.errorTitle, T.notFound);
    return send(reply, XLSX, made.name, made.bytes);
  });

  // Every organisation's blank form in one zip.
  app.get('/tai-ve/bieu-mau/:file', async (request, reply) => {
    const period = periodOfFile(ctx, FileParamsSchema.parse(request.params).file, '.zip');
    const zip = await withTemp(ctx, async (dir) => {
      const { files } = await writeTemplates(ctx.plan, ctx.planHash, { period, outDir: dir, store: ctx.store });
      const archive = new JSZip();
      for (const f of files) archive.file(basename(f.path), await readFile(f.path));
      return archive.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
    });
    return send(reply, 'application/zip', `bieu-mau-${period}.zip`, zip);
  });

  // The consolidated workbook: `baocao export`.
  app.get('/tai-ve/tong-hop/:file', async (request, reply) => {
    const period = periodOfFile(ctx, FileParamsSchema.parse(request.params).file, '.xlsx');
    const settings = await loadReportSettings(ctx.reportConfig);
    const { evaluation, submissions, log } = periodFromStore(ctx.plan, period, ctx.store, { now: ctx.now() });
    const bytes = await withTemp(ctx, async (dir) => {
      const out = join(dir, 'tong-hop.xlsx');
      await writeExport(ctx.plan, evaluation, { submissions, findings: collectExportFindings(evaluation, submissions, log) }, out, { orgSheetsMax: settings.appendixDetailMaxOrgs });
      return readFile(out);
    });
    return send(reply, XLSX, `tong-hop-${period}.xlsx`, bytes);
  });

  // The Word report: `baocao report`.
  app.get('/tai-ve/bao-cao/:file', async (request, reply) => {
    const period = periodOfFile(ctx, FileParamsSchema.parse(request.params).file, '.docx');
    const { input } = await reportInput(ctx, period);
    const { buffer } = await writeReport(input);
    return send(reply, DOCX, `bao-cao-${period}.docx`, buffer);
  });

  // One organisation's summary: `baocao report --org`.
  app.get('/tai-ve/bao-cao/:period/:file', async (request, reply) => {
    const params = OrgFileParamsSchema.parse(request.params);
    const period = checkPeriod(ctx, params.period);
    const org = orgOfFile(ctx, params.file, '.docx');
    const { input } = await reportInput(ctx, period);
    const { buffer } = await writeOrgSummary({ ...input, org });
    return send(reply, DOCX, `bao-cao-${org}-${period}.docx`, buffer);
  });

  // The signed PDF, only when the server was given a way to sign (see signed-pdf.ts).
  app.get('/tai-ve/ky-so/:file', async (request, reply) => {
    const sign = ctx.signedPdf;
    if (!sign) throw new WebError(404, T.errorTitle, T.signedMissing);
    const period = periodOfFile(ctx, FileParamsSchema.parse(request.params).file, '.pdf');
    const { input } = await reportInput(ctx, period);
    const { buffer } = await writeReport(input);
    return send(reply, 'application/pdf', `bao-cao-${period}-ky-so.pdf`, await sign({ period, report: buffer }));
  });
}

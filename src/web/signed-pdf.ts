import type { PeriodId } from '../model/period.ts';

/**
 * Hook for the signed report (src/sign is being built beside this): given a period and its Word
 * report, returns the signed PDF. The Downloads page offers "Báo cáo đã ký số (PDF)" only when
 * the server was started with one (`ServeOptions.signedPdf`); until signing is set up there is
 * no such link, and /tai-ve/ky-so/… answers 404.
 */
export type SignedPdfHook = (input: { period: PeriodId; report: Buffer }) => Promise<Buffer>;

import type { PeriodId } from '../model/period.ts';

/**
 * The signed report: given a period and its Word report, returns the signed PDF. The Downloads
 * page offers "Báo cáo đã ký số (PDF)" only when the server was started with one
 * (`ServeOptions.signedPdf`, made by signedPdfHook from `serve`'s key options); otherwise there
 * is no such link, and /tai-ve/ky-so/… answers 404.
 */
export type SignedPdfHook = (input: { period: PeriodId; report: Buffer }) => Promise<Buffer>;

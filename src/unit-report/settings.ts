import type { Finding } from '../model/finding.ts';
import type { ReportSettings } from '../model/report.ts';
import type { UnitTreeAt } from '../units/index.ts';
import { makeFinding } from '../vi/messages/index.ts';
import { UNIT_REPORT_TEXT } from '../vi/unit-report-text.ts';

const caps = (text: string) => text.toLocaleUpperCase('vi');

/**
 * The document settings of a unit's own report: the settings file's `units.<code>` entry over
 * the rest of the file (layout, wording options, appendix…). A unit without an entry takes its
 * name from the units file as issuer, its parent as the superior line and the addressee, its
 * code as the symbol's organ, and no signer's name (`--signer` gives one): said in a warning.
 * `signerName` is the command line's --signer, which wins over the entry's.
 */
export function unitSettings(settings: ReportSettings, tree: UnitTreeAt, unit: string, signerName?: string): { settings: ReportSettings; findings: Finding[] } {
  const findings: Finding[] = [];
  for (const key of Object.keys(settings.units)) {
    if (!tree.get(key)) findings.push(makeFinding('report/unit-settings-unknown', { path: ['units', key] }, { unit: key }));
  }
  const u = tree.get(unit);
  const parent = u?.parent ? tree.get(u.parent) : undefined;
  const name = u?.name ?? unit;
  const entry = settings.units[unit];
  const withName = (s: ReportSettings['signer']) => (signerName === undefined ? s : { ...s, name: signerName });
  if (!entry) {
    const symbol = { type: settings.symbol.type, organ: unit };
    findings.push(
      makeFinding('report/unit-settings-missing', { path: ['units', unit] }, { unit, name, parent: parent?.name ?? '', symbol: `${symbol.type}/${symbol.organ}` }),
    );
    return {
      settings: {
        ...settings,
        upperBody: parent ? [caps(parent.name)] : [],
        issuer: [caps(name)],
        issuerName: name,
        symbol,
        signer: withName({ ...settings.signer, name: '', image: undefined }),
        recipients: UNIT_REPORT_TEXT.defaultRecipients(parent?.name ?? null),
      },
      findings,
    };
  }
  return {
    settings: {
      ...settings,
      upperBody: entry.upperBody ?? (parent ? [caps(parent.name)] : []),
      issuer: entry.issuer ?? [caps(name)],
      issuerName: entry.issuerName ?? name,
      symbol: entry.symbol ?? { type: settings.symbol.type, organ: unit },
      place: entry.place ?? settings.place,
      signer: withName(entry.signer ?? { ...settings.signer, name: '', image: undefined }),
      recipients: entry.recipients ?? UNIT_REPORT_TEXT.defaultRecipients(parent?.name ?? null),
    },
    findings,
  };
}

import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS_FILE, loadReportSettings } from '../../src/report/index.ts';
import { unitSettings } from '../../src/unit-report/index.ts';
import { parseUnitsText } from '../../src/units/index.ts';
import { UNITS_YAML } from './unit-fixture.ts';

const parsed = parseUnitsText(UNITS_YAML, 'units.yaml');
if (!parsed.ok) throw new Error('fixture units file invalid');
const tree = parsed.tree.at('2024-Q1');

/** templates/report.yaml with its commented `units:` example switched on. */
function exampleSettingsFile(): string {
  const text = readFileSync(DEFAULT_SETTINGS_FILE, 'utf8');
  const start = text.indexOf('# units:');
  const end = text.indexOf('\n\n', start);
  const example = text.slice(start, end).split('\n').map((l) => l.replace(/^# /, '')).join('\n');
  const file = join(mkdtempSync(join(tmpdir(), 'baocao-unit-settings-')), 'report.yaml');
  writeFileSync(file, `${text.slice(0, start)}${example}${text.slice(end)}`);
  return file;
}

describe('settings per unit', () => {
  it('the example in templates/report.yaml, switched on, is valid and gives La Gi its own header', async () => {
    const settings = await loadReportSettings(exampleSettingsFile());
    const { settings: s, findings } = unitSettings(settings, tree, 'LAGI', 'Nguyễn Văn Hùng');
    expect(findings).toEqual([]);
    expect([s.upperBody, s.issuer, s.symbol.organ, s.place, s.signer.name]).toEqual([['THỊ ỦY LA GI'], ['BAN DÂN VẬN'], 'BDVThU', 'La Gi', 'Nguyễn Văn Hùng']);
  });

  it('a unit without an entry → its name and its parent from the units file, no signer, the parent as addressee; a warning', async () => {
    const settings = await loadReportSettings(undefined, { signerName: 'Người ký của tỉnh' });
    const { settings: s, findings } = unitSettings(settings, tree, 'LG-TANHAI');
    expect(findings.map((f) => f.code)).toEqual(['report/unit-settings-missing']);
    expect(s.issuer).toEqual(['XÃ TÂN HẢI']);
    expect(s.upperBody).toEqual(['BAN DÂN VẬN THỊ ỦY LA GI']);
    expect(s.signer.name).toBe('');
    expect(s.recipients[0]).toContain('Ban Dân vận Thị ủy La Gi');
  });

  it('an entry for a code not in the units file → a warning naming it', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'baocao-unit-settings-')), 'report.yaml');
    writeFileSync(file, `${readFileSync(DEFAULT_SETTINGS_FILE, 'utf8')}\nunits:\n  LAGI-CU: { place: La Gi }\n`);
    const { findings } = unitSettings(await loadReportSettings(file), tree, 'LAGI');
    expect(findings.map((f) => [f.code, f.path?.join('.')])).toContainEqual(['report/unit-settings-unknown', 'units.LAGI-CU']);
  });
});

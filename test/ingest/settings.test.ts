import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadIngestSettings } from '../../src/ingest/index.ts';
import { tempDir } from './setup.ts';

describe('ingest settings (templates/ingest.yaml)', () => {
  it('the shipped file → versions that lose figures are held', async () => {
    expect(await loadIngestSettings()).toEqual({ ok: true, settings: { onRemovedFigures: 'hold' } });
  });

  it('an empty file → the default, hold', async () => {
    const file = join(tempDir('settings-'), 'ingest.yaml');
    writeFileSync(file, '');
    expect(await loadIngestSettings(file)).toEqual({ ok: true, settings: { onRemovedFigures: 'hold' } });
  });

  it('an unknown value, an unknown key, a missing file → settings-invalid findings naming the field', async () => {
    const file = join(tempDir('settings-'), 'ingest.yaml');
    writeFileSync(file, 'onRemovedFigures: maybe\nonRemovedFigure: accept\n');
    const bad = await loadIngestSettings(file);
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    expect(bad.findings.map((f) => [f.code, f.severity, f.path])).toEqual([
      ['ingest/settings-invalid', 'error', ['onRemovedFigures']],
      ['ingest/settings-invalid', 'error', []],
    ]);
    const missing = await loadIngestSettings(join(tempDir('settings-'), 'none.yaml'));
    expect(missing.ok ? [] : missing.findings.map((f) => f.code)).toEqual(['ingest/settings-invalid']);
  });
});

import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { YAMLParseError, parse as parseYaml } from 'yaml';
import type { Finding } from '../model/finding.ts';
import { type IngestSettings, IngestSettingsSchema } from '../model/versions.ts';
import { describeError, yamlErrorText } from '../vi/errors.ts';
import { makeFinding } from '../vi/messages/index.ts';
import { useVietnameseSchemaErrors } from '../vi/schema-errors.ts';

export const DEFAULT_INGEST_SETTINGS_FILE = fileURLToPath(new URL('../../templates/ingest.yaml', import.meta.url));

/** templates/ingest.yaml (or the file given), checked; findings say why it cannot be used. */
export async function loadIngestSettings(file: string = DEFAULT_INGEST_SETTINGS_FILE): Promise<{ ok: true; settings: IngestSettings } | { ok: false; findings: Finding[] }> {
  let raw: unknown;
  try {
    raw = parseYaml((await readFile(file, 'utf8')).normalize('NFC')) ?? {};
  } catch (error) {
    const reason = error instanceof YAMLParseError ? `dòng ${error.linePos?.[0]?.line ?? 0}: ${yamlErrorText(error)}` : describeError(error);
    return { ok: false, findings: [makeFinding('ingest/settings-invalid', { file }, { field: '', reason })] };
  }
  useVietnameseSchemaErrors();
  const parsed = IngestSettingsSchema.safeParse(raw);
  if (parsed.success) return { ok: true, settings: parsed.data };
  return {
    ok: false,
    findings: parsed.error.issues.map((issue) =>
      makeFinding('ingest/settings-invalid', { file, path: issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p)) }, {
        field: issue.path.map(String).join('.'),
        reason: issue.message,
      }),
    ),
  };
}

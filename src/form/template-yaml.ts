// The parsed YAML of a file in templates/ (columns.yaml, instructions.yaml: the form's layout and
// wording, read at the first form of every process and ingest worker). Here it is read and parsed
// at the first call; in a bundle (bin/bundle.mjs, `templateYamlAtBundleTime`) this module is
// replaced by the same data parsed when the bundle is made — the bundle is made again when one of
// these files changes — so a worker neither parses YAML nor runs the YAML parser's code for its
// first form (≈ 15–25 ms cold, bench/README.md). test/form/template-yaml.test.ts checks the two agree.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

export const TEMPLATES_DIR = new URL('../../templates/', import.meta.url);

/** templates/<name>, parsed (a fresh copy at every call). */
export function templateYaml(name: string): unknown {
  return parse(readFileSync(new URL(name, TEMPLATES_DIR), 'utf8'));
}

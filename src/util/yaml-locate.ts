import { type Document, isMap, isSeq, type LineCounter, type Node as YamlNode } from 'yaml';

/** A path into a YAML document, as zod reports it. */
export type YamlPath = (string | number)[];

/**
 * Finds where a path of a parsed YAML file stands: the line of the deepest existing node on the
 * path (the key itself when the value is missing), for findings that name the line to fix.
 * One locator for every YAML file baocao checks (plans, units).
 */
export function yamlLocator(doc: Document, lineCounter: LineCounter, file: string): (path: YamlPath) => { file: string; path: YamlPath; line?: number } {
  return (path) => {
    for (let n = path.length; n >= 0; n--) {
      const node = doc.getIn(path.slice(0, n), true) as YamlNode | undefined;
      const range = node && typeof node === 'object' && 'range' in node ? node.range : undefined;
      if (range) {
        const parent = n > 0 ? doc.getIn(path.slice(0, n - 1), true) : undefined;
        const keyLine = isMap(parent) ? findKeyLine(parent, path[n - 1], lineCounter) : undefined;
        return { file, path, line: keyLine ?? lineCounter.linePos(range[0]).line };
      }
      if (n < path.length && isSeq(node)) break;
    }
    return { file, path };
  };
}

function findKeyLine(map: YamlNode, key: string | number | undefined, lc: LineCounter): number | undefined {
  if (!isMap(map) || key === undefined) return undefined;
  const pair = map.items.find((p) => (p.key as { value?: unknown } | null)?.value === key);
  const range = (pair?.key as YamlNode | undefined)?.range;
  return range ? lc.linePos(range[0]).line : undefined;
}

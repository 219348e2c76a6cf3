// The events of one pass over XML, as plain data: what the tests compare between the plain
// scanner (src/xlsx/plain-xml.ts) and saxes.
import type { Walker } from '../../src/xlsx/plain-xml.ts';

type Walk = (xml: string, w: Walker, end?: number) => void;

/** Every event of one pass of `walk` over `xml` (up to `end`, when given), in order. */
export function walkEvents(walk: Walk, xml: string, end?: number): unknown[] {
  const out: unknown[] = [];
  walk(xml, { open: (name, attrs) => out.push(['open', name, { ...attrs }]), text: (text) => out.push(['text', text]), close: (name) => out.push(['close', name]) }, end);
  return out;
}

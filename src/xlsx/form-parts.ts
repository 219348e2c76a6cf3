// Styles and shared strings of a form, for the fast form reader (./form-reader.ts).
import { type Attrs, BUILT_IN_FORMATS, plainAllowed, unsupported, walk } from './form-xml.ts';
import { readPlainStrings } from './plain-cells.ts';

// styles.xml: number formats and fonts of each cell style (exceljs: StylesXform.getStyleModel)

export interface StyleModel {
  numFmt?: string;
  font?: { name?: string };
}

export interface Styles {
  /** The style of a cell's or row's `s`, or of a column's `style` (null when that style does not exist). */
  model(id: number): StyleModel | null;
}

export function parseStyles(xml: string): Styles {
  const numFmts = new Map<number, string>();
  const fonts: Array<{ name?: string }> = [];
  const xfs: Array<{ numFmtId: number; fontId: number }> = [];
  const stack: string[] = [];
  // fonts, numFmts and cellXfs come before everything else exceljs would read here.
  const end = xml.indexOf('</cellXfs>');
  walk(
    xml,
    {
      open(name, a) {
        if (stack.length === 0 && name !== 'styleSheet') unsupported('styles root');
        const parent = stack[stack.length - 1];
        const depth = stack.length;
        if (name === 'numFmt' && parent === 'numFmts' && depth === 2) {
          numFmts.set(parseInt(a['numFmtId'] ?? '', 10), (a['formatCode'] ?? unsupported('numFmt')).replace(/[\\](.)/g, '$1'));
        } else if (name === 'font' && parent === 'fonts' && depth === 2) {
          fonts.push({});
        } else if (name === 'name' && parent === 'font' && depth === 3 && stack[1] === 'fonts') {
          const val = a['val'];
          if (val !== undefined) fonts[fonts.length - 1]!.name = val;
        } else if (name === 'xf' && parent === 'cellXfs' && depth === 2) {
          xfs.push({ numFmtId: parseInt(a['numFmtId'] ?? '', 10), fontId: parseInt(a['fontId'] ?? '', 10) });
        }
        stack.push(name);
      },
      close() {
        stack.pop();
      },
    },
    end < 0 ? undefined : end + '</cellXfs>'.length,
  );
  // exceljs reads the style of any `s` through these lists and fails without them.
  if (xfs.length === 0 || fonts.length === 0) unsupported('styles without cell styles or fonts');
  const built: Array<StyleModel | null> = [];
  return {
    model(id) {
      if (!(id in xfs)) return null;
      let m = built[id];
      if (m === undefined) {
        const xf = xfs[id]!;
        m = {};
        if (xf.numFmtId) {
          const numFmt = numFmts.get(xf.numFmtId) || BUILT_IN_FORMATS[xf.numFmtId]?.f;
          if (numFmt) m.numFmt = numFmt;
        }
        if (xf.fontId || xf.fontId === 0) {
          const font = fonts[xf.fontId];
          if (font) m.font = font;
        }
        built[id] = m;
      }
      return m;
    },
  };
}

// Shared strings and rich-text runs (exceljs: SharedStringsXform, SharedStringXform, RichTextXform, TextXform)

export type RichRun = { text?: string; font?: { name?: string } };
export type SharedString = string | { richText?: RichRun[] };

/** exceljs's TextXform: Excel's escapes of control characters ("_x000D_") decoded. */
const decodeEscapes = (text: string) => text.replace(/_x([0-9A-F]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));

/** Collects one rich-text run (`<r>`): its text and its font's name. */
export class RunReader {
  run: RichRun = {};
  private text: string[] | null = null;
  private inFont = false;
  open(name: string, a: Attrs): void {
    if (this.text === null && !this.inFont) {
      if (name === 't') this.text = [];
      else if (name === 'rPr') {
        this.inFont = true;
        this.run.font = {};
      }
    } else if (this.inFont && name === 'rFont') {
      const val = a['val'];
      if (val !== undefined) this.run.font!.name = val;
    }
  }
  onText(text: string): void {
    this.text?.push(text);
  }
  close(name: string): void {
    if (name === 't' && this.text !== null) {
      this.run.text = decodeEscapes(this.text.join(''));
      this.text = null;
    } else if (name === 'rPr' && this.inFont) this.inFont = false;
  }
}

export function parseSharedStrings(xml: string, options: { plainStrings?: boolean } = {}): SharedString[] {
  // Strings in one plain `<t>` each, read by ./plain-cells.ts; the root around them (and all of the
  // part, when a string has runs or is written otherwise) by the walk below.
  const plain = options.plainStrings !== false && plainAllowed() ? readPlainStrings(xml) : null;
  const values: SharedString[] = plain ? plain.texts.map(decodeEscapes) : [];
  let depth = 0;
  const cur: { si: SharedString | null } = { si: null };
  /** Inside <si>: the element being read (t, r or rPh) and its depth. */
  let part: { name: string; depth: number; text: string[]; run?: RunReader } | null = null;
  walk(plain ? xml.slice(0, plain.start) + xml.slice(plain.stop) : xml, {
    open(name, a) {
      depth++;
      if (depth === 1) {
        if (name !== 'sst') unsupported('sst root');
      } else if (depth === 2) {
        if (name !== 'si') unsupported('unexpected node in shared strings');
        cur.si = {};
      } else if (part) {
        part.run?.open(name, a);
        if (!part.run && part.name === 't') unsupported('element inside <t>');
      } else if (depth === 3 && (name === 't' || name === 'r' || name === 'rPh')) {
        part = { name, depth, text: [], ...(name === 'r' ? { run: new RunReader() } : {}) };
      }
    },
    text(text) {
      if (!part) return;
      if (part.run) part.run.onText(text);
      else if (part.name === 't') part.text.push(text);
    },
    close(name) {
      if (part && depth === part.depth) {
        if (part.name === 't') {
          const si = cur.si;
          if (typeof si !== 'object' || si === null || si.richText) unsupported('text after runs');
          cur.si = decodeEscapes(part.text.join(''));
        } else if (part.name === 'r') {
          const si = cur.si;
          if (typeof si !== 'object' || si === null) unsupported('runs after text');
          (si.richText ??= []).push(part.run!.run);
        }
        part = null;
      } else if (part?.run) part.run.close(name);
      if (depth === 2 && cur.si !== null) {
        values.push(cur.si);
        cur.si = null;
      }
      depth--;
    },
  });
  return values;
}

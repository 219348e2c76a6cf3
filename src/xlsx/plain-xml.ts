// The plain scanner of the fast form reader (./form-reader.ts): the XML that spreadsheet writers
// put in a sheet, shared-strings, styles or workbook part, walked with indexOf instead of a
// character-by-character state machine.
//
// Why not saxes alone: saxes is a complete, conforming parser, and walking a form's parts with it
// is the floor the benchmark measures ingest against (bench/README.md). A reader that does its
// own work on top of that walk cannot come near the floor; one that scans the plain subset of XML
// these parts are written in can (≈ 4× faster than saxes on a form's parts, same events).
//
// The subset: elements, attributes in single or double quotes, text, the XML declaration, the
// five predefined entities and character references. Anything else — a comment, CDATA, a
// processing instruction, a doctype, another entity, a carriage return or a control character,
// a tab or newline inside an attribute value (XML normalises them), a name outside ASCII — throws
// PlainXmlOnly before or while the events are handed out, and the reader reads the whole
// workbook again with saxes (form-xml.ts `withSaxes`), so a workbook is always read by one of the
// two, never half and half. Broken XML (a tag closed that was not open, an unclosed tag, text
// outside the root) throws PlainXmlOnly too: saxes then says what is broken, as before.
// test/xlsx/plain-xml.test.ts checks that both give the same events on every part of the test
// corpus and on each shape above.

/** A tag's attributes, by name. */
export type Attrs = Record<string, string | undefined>;

/** What a pass over a part hands out, in order (the shape of saxes's events). */
export interface Walker {
  open(name: string, attrs: Attrs): void;
  text?(text: string): void;
  close(name: string): void;
}

/** XML the plain scanner leaves to saxes. */
export class PlainXmlOnly extends Error {}
function leave(why: string): never {
  throw new PlainXmlOnly(why);
}

const GT = 62; // >
const SLASH = 47; // /
const EQ = 61; // =
const QUOT = 34; // "
const APOS = 39; // '
const QUESTION = 63; // ?
const BANG = 33; // !

/** Whitespace between markup: space, tab, newline (a carriage return is left to saxes). */
function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10;
}

/** ASCII name characters: letters, digits, `_`, `:`, `.`, `-` (a name starts with a letter, `_` or `:`). */
function isNameChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 58 || c === 46 || c === 45;
}
function isNameStart(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || c === 58;
}

/** Characters saxes would normalise or refuse in text: control characters (a carriage return among them), U+FFFE/U+FFFF, `]]>`. */
const NOT_PLAIN_TEXT = /[\u0000-\u0008\u000B-\u001F\uFFFE\uFFFF]|\]\]>/;
/** The XML declaration as writers put it: version 1.0, an encoding name, standalone yes or no, each quoted alike. */
const DECLARATION = /^<\?xml version=(?:"1\.0"|'1\.0')(?: encoding=(?:"[A-Za-z][A-Za-z0-9._-]*"|'[A-Za-z][A-Za-z0-9._-]*'))?(?: standalone=(?:"(?:yes|no)"|'(?:yes|no)'))? ?\?>/;
/** Between markup outside the root element: whitespace only (a byte-order mark is left to saxes). */
const BLANK = /^[ \t\n]*$/;
/** In an attribute value, tabs and newlines too (XML turns them into spaces), and `<`. */
const NOT_PLAIN_VALUE = /[\u0000-\u001F<\uFFFE\uFFFF]/;

/** Whether text between tags is taken as written (no character XML would normalise or refuse). */
export function isPlainText(raw: string): boolean {
  return !NOT_PLAIN_TEXT.test(raw);
}

const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** Text or an attribute value with its entities and character references decoded. */
export function decode(raw: string): string {
  if (raw.indexOf('&') < 0) return raw;
  let out = '';
  let from = 0;
  for (let amp = raw.indexOf('&'); amp >= 0; amp = raw.indexOf('&', from)) {
    const semi = raw.indexOf(';', amp);
    if (semi < 0) leave('an unterminated entity');
    const name = raw.slice(amp + 1, semi);
    let char: string | undefined;
    if (name.charCodeAt(0) === 35) {
      const hex = name.charCodeAt(1) === 120;
      const digits = name.slice(hex ? 2 : 1);
      if (!(hex ? /^[0-9A-Fa-f]{1,6}$/ : /^[0-9]{1,7}$/).test(digits)) leave('a character reference');
      const code = parseInt(digits, hex ? 16 : 10);
      // XML's Char production: tab, newline, carriage return, and from space up, without surrogates and U+FFFE/U+FFFF.
      const allowed = code === 9 || code === 10 || code === 13 || (code >= 0x20 && code <= 0xd7ff) || (code >= 0xe000 && code <= 0xfffd) || (code >= 0x10000 && code <= 0x10ffff);
      if (!allowed) leave('a character reference outside XML');
      char = String.fromCodePoint(code);
    } else char = NAMED[name];
    if (char === undefined) leave('an entity other than the predefined five');
    out += raw.slice(from, amp) + char;
    from = semi + 1;
  }
  return out + raw.slice(from);
}

/**
 * The events saxes (non-namespace mode) gives for `xml`, up to `end` when given: opening tags with
 * their attributes, text, closing tags (a self-closing tag gives both).
 */
export function plainWalk(xml: string, w: Walker, end?: number): void {
  const stop = end ?? xml.length;
  const stack: string[] = [];
  let rooted = false;
  let i = 0;
  if (xml.startsWith('<?xml')) {
    const decl = DECLARATION.exec(xml);
    if (!decl) leave('an XML declaration written otherwise');
    i = decl[0].length;
  }
  while (i < stop) {
    const lt = xml.indexOf('<', i);
    const textEnd = lt < 0 || lt > stop ? stop : lt;
    if (textEnd > i) {
      const raw = xml.slice(i, textEnd);
      if (!isPlainText(raw)) leave('text with characters XML normalises or refuses');
      // Outside the root element only whitespace, handed out as saxes does.
      if (stack.length === 0 && !BLANK.test(raw)) leave('text outside the root element');
      // Text before `end` that no tag closes is not handed out (saxes holds it until the next tag).
      if (textEnd < stop || end === undefined) w.text?.(decode(raw));
    }
    if (textEnd === stop) break;
    const c = xml.charCodeAt(lt + 1);
    if (c === SLASH) {
      const gt = xml.indexOf('>', lt);
      if (gt < 0 || gt >= stop) leave('an unterminated closing tag');
      let nameEnd = gt;
      while (nameEnd > lt + 2 && isSpace(xml.charCodeAt(nameEnd - 1))) nameEnd--;
      const name = xml.slice(lt + 2, nameEnd);
      if (stack.pop() !== name) leave('a closing tag that does not match');
      w.close(name);
      i = gt + 1;
      continue;
    }
    if (c === QUESTION || c === BANG) leave('a comment, CDATA, processing instruction or doctype');
    if (!isNameStart(c)) leave('a tag name');
    if (stack.length === 0 && rooted) leave('a second root element');
    let j = lt + 2;
    while (isNameChar(xml.charCodeAt(j))) j++;
    const name = xml.slice(lt + 1, j);
    const attrs: Attrs = {};
    let selfClosing = false;
    for (;;) {
      const before = j;
      while (isSpace(xml.charCodeAt(j))) j++;
      const d = xml.charCodeAt(j);
      if (d === GT) {
        j++;
        break;
      }
      if (d === SLASH) {
        if (xml.charCodeAt(j + 1) !== GT) leave('a slash inside a tag');
        selfClosing = true;
        j += 2;
        break;
      }
      if (j === before || !isNameStart(d)) leave('an attribute');
      const nameStart = j;
      while (isNameChar(xml.charCodeAt(j))) j++;
      const attr = xml.slice(nameStart, j);
      while (isSpace(xml.charCodeAt(j))) j++;
      if (xml.charCodeAt(j) !== EQ) leave('an attribute without a value');
      j++;
      while (isSpace(xml.charCodeAt(j))) j++;
      const quote = xml.charCodeAt(j);
      if (quote !== QUOT && quote !== APOS) leave('an unquoted attribute value');
      const close = xml.indexOf(quote === QUOT ? '"' : "'", j + 1);
      if (close < 0) leave('an unterminated attribute value');
      const raw = xml.slice(j + 1, close);
      if (NOT_PLAIN_VALUE.test(raw)) leave('an attribute value with characters XML normalises or refuses');
      // `in` sees Object's own names too (constructor, __proto__…): no spreadsheet writes them, they are left to saxes.
      if (attr in attrs) leave('an attribute repeated, or named like a property of every object');
      attrs[attr] = decode(raw);
      j = close + 1;
    }
    if (j > stop) leave('a tag across the end');
    rooted = true;
    w.open(name, attrs);
    if (selfClosing) w.close(name);
    else stack.push(name);
    i = j;
  }
  if (end === undefined && (stack.length > 0 || !rooted)) leave('an element not closed, or no root element');
}

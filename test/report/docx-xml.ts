import yauzl from 'yauzl';

/** Reads the entries of a .docx (a zip) into strings, independently of the docx library. */
export function unzipText(buffer: Buffer): Promise<Map<string, string>> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(buffer, { lazyEntries: true }, (err, zip) => {
      if (err || !zip) return reject(err ?? new Error('no zip'));
      const files = new Map<string, string>();
      zip.on('entry', (entry: yauzl.Entry) => {
        zip.openReadStream(entry, (e, stream) => {
          if (e || !stream) return reject(e ?? new Error('no stream'));
          const chunks: Buffer[] = [];
          stream.on('data', (c: Buffer) => chunks.push(c));
          stream.on('end', () => {
            files.set(entry.fileName, Buffer.concat(chunks).toString('utf8'));
            zip.readEntry();
          });
        });
      });
      zip.on('end', () => resolve(files));
      zip.on('error', reject);
      zip.readEntry();
    });
  });
}

/** The paragraphs of document.xml: their XML and their visible text. */
export function paragraphs(documentXml: string): { xml: string; text: string }[] {
  return [...documentXml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) => ({
    xml: m[0],
    text: [...m[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''),
  }));
}

/** A paragraph style of styles.xml and the styles it is based on, nearest first. */
export function styleChain(stylesXml: string, id: string | undefined): string[] {
  const chain: string[] = [];
  const seen = new Set<string>();
  for (let next = id; next && !seen.has(next); ) {
    seen.add(next);
    const style = new RegExp(`<w:style [^>]*w:styleId="${next}"[^>]*>[\\s\\S]*?</w:style>`).exec(stylesXml)?.[0];
    if (!style) break;
    chain.push(style);
    next = /<w:basedOn w:val="([^"]+)"/.exec(style)?.[1];
  }
  return chain;
}

/**
 * What decides how a paragraph looks: its own XML, then its paragraph style and the styles that
 * one is based on (nearest first, so the first match of a property is the one that applies).
 */
export function effectiveXml(paragraphXml: string, stylesXml: string): string {
  const id = /<w:pStyle w:val="([^"]+)"/.exec(paragraphXml)?.[1];
  return [paragraphXml, ...styleChain(stylesXml, id)].join('\n');
}

/**
 * Asks for a password or PIN on the terminal without echoing it. Returns null when there is no
 * terminal to ask on. The secret is returned to the caller only: never printed, logged or stored.
 */
export async function promptSecret(question: string): Promise<string | null> {
  const input = process.stdin;
  if (!input.isTTY) return null;
  process.stderr.write(question);
  return new Promise((resolve) => {
    let secret = '';
    input.setRawMode(true);
    input.resume();
    input.setEncoding('utf8');
    const done = (value: string | null) => {
      input.setRawMode(false);
      input.pause();
      input.off('data', onData);
      process.stderr.write('\n');
      resolve(value);
    };
    const onData = (chunk: string) => {
      for (const ch of chunk) {
        if (ch === '\r' || ch === '\n') return done(secret);
        if (ch === '\u0003') return done(null);
        if (ch === '\u007f' || ch === '\b') secret = secret.slice(0, -1);
        else secret += ch;
      }
    };
    input.on('data', onData);
  });
}

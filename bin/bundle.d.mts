/** The entry module as one JavaScript file, rebuilt only when a source changed (bin/bundle.mjs). */
export function bundled(entry: URL): Promise<URL>;

/**
 * The entry module as one JavaScript file, rebuilt only when a source changed (bin/bundle.mjs).
 * `standalone`: its packages bundled too, as one CommonJS script for bin/code-cache.cjs.
 * `inlinePackages`: its packages bundled too, in an ES module (the CLI's).
 */
export function bundled(entry: URL, options?: { standalone?: boolean; inlinePackages?: boolean }): Promise<URL>;

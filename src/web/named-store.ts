import type { Finding } from '../model/finding.ts';
import type { Store } from '../model/store.ts';

/**
 * The store as an upload's ingest sees it: each file is recorded under the name it was uploaded
 * with, not under the path of the server's temporary copy (which is gone once the upload is
 * checked). Everything else is the store itself; closing is left to the server that opened it.
 */
export function namedStore(store: Store, nameOf: (path: string) => string): Store {
  const rename = (findings: readonly Finding[]): Finding[] => findings.map((f) => (f.file === undefined ? f : { ...f, file: nameOf(f.file) }));
  return new Proxy(store, {
    get(target, prop) {
      if (prop === 'recordAccepted') {
        return (sub: Parameters<Store['recordAccepted']>[0]) => target.recordAccepted({ ...sub, fileName: nameOf(sub.fileName), findings: rename(sub.findings) });
      }
      if (prop === 'recordFailure') {
        return (entry: Parameters<Store['recordFailure']>[0]) => target.recordFailure({ ...entry, file: nameOf(entry.file), findings: rename(entry.findings) });
      }
      if (prop === 'recordConsolidated' && target.recordConsolidated) {
        const record = target.recordConsolidated.bind(target);
        return (c: Parameters<NonNullable<Store['recordConsolidated']>>[0]) => record({ ...c, fileName: nameOf(c.fileName), findings: rename(c.findings) });
      }
      if (prop === 'close') return () => {};
      const value: unknown = Reflect.get(target, prop, target);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}

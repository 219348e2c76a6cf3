import type Database from 'better-sqlite3';

const caches = new WeakMap<Database.Database, Map<string, Database.Statement>>();

/**
 * A prepared statement compiled once per connection: for the queries ingest runs for every file
 * (the store's inserts, the approval lock, the workbook covering a form) preparing one costs
 * ≈ 0.1 ms each time, as much as running it (bench/README.md). The one cache of the store's
 * connection, for SqliteStore and the table modules alike.
 */
export function cachedStatement(db: Database.Database, sql: string): Database.Statement {
  let cache = caches.get(db);
  if (!cache) {
    cache = new Map();
    caches.set(db, cache);
  }
  let statement = cache.get(sql);
  if (!statement) {
    statement = db.prepare(sql);
    cache.set(sql, statement);
  }
  return statement;
}

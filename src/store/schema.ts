import type Database from 'better-sqlite3';
import { STORE_TOO_NEW } from '../model/store.ts';

/**
 * Schema migrations, applied in order; `PRAGMA user_version` records how many have run.
 * Never edit a released migration: add a new one.
 */
/**
 * A migration that rebuilds a table others refer to: SQLite's way (sqlite.org/lang_altertable.html,
 * "other kinds of table schema changes") runs it with foreign keys off and checks them after.
 */
interface Rebuild {
  rebuild: string;
}

const MIGRATIONS: ReadonlyArray<string | Rebuild> = [
  `
  CREATE TABLE plans (
    id TEXT NOT NULL,
    hash TEXT NOT NULL,
    json TEXT NOT NULL,
    saved_at TEXT NOT NULL,
    PRIMARY KEY (id, hash)
  );
  CREATE TABLE submissions (
    id INTEGER PRIMARY KEY,
    plan_id TEXT NOT NULL,
    plan_hash TEXT NOT NULL,
    org TEXT NOT NULL,
    period TEXT NOT NULL,
    file_name TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    received_at TEXT NOT NULL,
    superseded_by INTEGER REFERENCES submissions(id),
    info_json TEXT NOT NULL,
    target_count INTEGER NOT NULL,
    task_count INTEGER NOT NULL
  );
  CREATE INDEX submissions_current ON submissions (plan_id, period, org) WHERE superseded_by IS NULL;
  CREATE INDEX submissions_sha ON submissions (plan_id, sha256);
  CREATE TABLE reported_targets (
    submission_id INTEGER NOT NULL REFERENCES submissions(id),
    target_id TEXT NOT NULL,
    in_period REAL,
    cumulative REAL,
    PRIMARY KEY (submission_id, target_id)
  );
  CREATE TABLE reported_tasks (
    submission_id INTEGER NOT NULL REFERENCES submissions(id),
    task_id TEXT NOT NULL,
    progress TEXT CHECK (progress IN ('done', 'in_progress', 'not_started')),
    result TEXT NOT NULL,
    difficulties TEXT NOT NULL,
    proposals TEXT NOT NULL,
    PRIMARY KEY (submission_id, task_id)
  );
  CREATE TABLE ingest_log (
    id INTEGER PRIMARY KEY,
    file TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    received_at TEXT NOT NULL,
    outcome TEXT NOT NULL CHECK (outcome IN ('accepted', 'duplicate', 'superseded', 'rejected', 'unreadable')),
    plan_id TEXT,
    org TEXT,
    period TEXT,
    submission_id INTEGER REFERENCES submissions(id)
  );
  CREATE TABLE findings (
    id INTEGER PRIMARY KEY,
    log_id INTEGER NOT NULL REFERENCES ingest_log(id),
    submission_id INTEGER REFERENCES submissions(id),
    code TEXT NOT NULL,
    severity TEXT NOT NULL,
    json TEXT NOT NULL
  );
  CREATE INDEX findings_log ON findings (log_id);
  CREATE INDEX findings_submission ON findings (submission_id);
  `,
  // 2: one organisation's versions of a period, read by the cumulative-history check of every file.
  `
  CREATE INDEX submissions_org ON submissions (plan_id, org, period, id);
  `,
  // 3: the plan's canonical JSON gzip-compressed, written in pieces (a province's plan is ~90 MB
  // of JSON; one string of it was the peak of an ingest's memory). Plans saved from now on have
  // json = '' and their content in json_gz.
  `
  ALTER TABLE plans ADD COLUMN json_gz BLOB;
  `,
  // 4: versions a person decides on. A version that would remove figures (or change locked cells)
  // is stored held, not current; one received before the current version goes straight into
  // history; the log gains those outcomes (SQLite cannot alter a CHECK: the table is rebuilt), and
  // a version log records who made which version current again, and when; each version keeps
  // where its figures were (its form may have had a column more or less than another version's).
  {
    rebuild: `
  ALTER TABLE submissions ADD COLUMN status TEXT NOT NULL DEFAULT 'current' CHECK (status IN ('current', 'superseded', 'held'));
  UPDATE submissions SET status = 'superseded' WHERE superseded_by IS NOT NULL;
  ALTER TABLE submissions ADD COLUMN cells_json TEXT;
  CREATE TABLE ingest_log_v4 (
    id INTEGER PRIMARY KEY,
    file TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    received_at TEXT NOT NULL,
    outcome TEXT NOT NULL CHECK (outcome IN ('accepted', 'duplicate', 'superseded', 'held', 'archived', 'rejected', 'unreadable')),
    plan_id TEXT,
    org TEXT,
    period TEXT,
    submission_id INTEGER REFERENCES submissions(id)
  );
  INSERT INTO ingest_log_v4 (id, file, sha256, received_at, outcome, plan_id, org, period, submission_id)
    SELECT id, file, sha256, received_at, outcome, plan_id, org, period, submission_id FROM ingest_log;
  DROP TABLE ingest_log;
  ALTER TABLE ingest_log_v4 RENAME TO ingest_log;
  CREATE TABLE version_log (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    actor TEXT NOT NULL,
    action TEXT NOT NULL CHECK (action IN ('confirmed', 'restored')),
    plan_id TEXT NOT NULL,
    org TEXT NOT NULL,
    period TEXT NOT NULL,
    submission_id INTEGER NOT NULL REFERENCES submissions(id),
    replaced_id INTEGER REFERENCES submissions(id)
  );
  CREATE INDEX version_log_scope ON version_log (plan_id, org, period, id);
  `,
  },
  // 5: the words an office wrote beside a target's number ("1 (đã đề xuất, chờ ý kiến)"), kept
  // for the report; NULL when none.
  `
  ALTER TABLE reported_targets ADD COLUMN remark TEXT;
  `,
  // 6: the committee's grade for an organisation's year (src/assess), kept beside the proposal.
  // Never updated: a new decision is a new row, the latest per organisation and year counts.
  `
  CREATE TABLE grade_decisions (
    id INTEGER PRIMARY KEY,
    plan_id TEXT NOT NULL,
    year INTEGER NOT NULL,
    org TEXT NOT NULL,
    band TEXT NOT NULL,
    reason TEXT NOT NULL,
    proposed_band TEXT,
    rules_id TEXT NOT NULL,
    decided_at TEXT NOT NULL
  );
  CREATE INDEX grade_decisions_year ON grade_decisions (plan_id, year, org, id);
  `,
  // 7: several levels. A form reports for a unit of the tree (a commune, a district…), so versions
  // are kept per unit × organisation × period; '' is the office's own unit (every form before).
  // A percent or rate keeps the parts it is computed from, for the level above to recompute it.
  `
  ALTER TABLE submissions ADD COLUMN unit TEXT NOT NULL DEFAULT '';
  ALTER TABLE ingest_log ADD COLUMN unit TEXT;
  ALTER TABLE version_log ADD COLUMN unit TEXT NOT NULL DEFAULT '';
  ALTER TABLE reported_targets ADD COLUMN numerator REAL;
  ALTER TABLE reported_targets ADD COLUMN denominator REAL;
  CREATE INDEX submissions_unit ON submissions (plan_id, unit, org, period, id);
  `,
  // 8: approval level by level. Every approval and return of a unit's result for a
  // period is a row, never updated: the latest row per plan × period × unit decides its state.
  // An approval keeps the units it locks (covers_json: the subtree when it was approved).
  `
  CREATE TABLE approvals (
    id INTEGER PRIMARY KEY,
    plan_id TEXT NOT NULL,
    period TEXT NOT NULL,
    unit TEXT NOT NULL,
    unit_name TEXT NOT NULL,
    action TEXT NOT NULL CHECK (action IN ('approved', 'returned')),
    actor TEXT NOT NULL,
    at TEXT NOT NULL,
    reason TEXT,
    covers_json TEXT NOT NULL DEFAULT '[]',
    via TEXT
  );
  CREATE INDEX approvals_unit ON approvals (plan_id, period, unit, id);
  `,
  // 9: consolidated workbooks received from the units below (src/store/consolidated.ts). Kept in
  // their own table, not as per-unit submissions: a workbook is one file and one version (it is
  // superseded, duplicated or refused whole), its rows are already one figure per unit ×
  // organisation × target × measure with the parts of percents, and the one-level views (status,
  // history, restore) must not see figures they cannot trace to a form of their own. The rows
  // and texts are kept as JSON (read whole, never queried one by one); the reports each workbook
  // brings (its identity's included unit × organisation) have their own table, so that a form or
  // another workbook counting one of them again is found by a query.
  `
  CREATE TABLE consolidated (
    id INTEGER PRIMARY KEY,
    plan_id TEXT NOT NULL,
    plan_hash TEXT NOT NULL,
    unit TEXT NOT NULL,
    period TEXT NOT NULL,
    file_name TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    data_sha256 TEXT NOT NULL,
    received_at TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('current', 'superseded')),
    superseded_by INTEGER REFERENCES consolidated(id),
    identity_json TEXT NOT NULL,
    rows_json TEXT NOT NULL,
    texts_json TEXT NOT NULL
  );
  CREATE INDEX consolidated_scope ON consolidated (plan_id, period, unit, id);
  CREATE INDEX consolidated_sha ON consolidated (plan_id, sha256);
  CREATE TABLE consolidated_members (
    consolidated_id INTEGER NOT NULL REFERENCES consolidated(id),
    unit TEXT NOT NULL,
    org TEXT NOT NULL,
    PRIMARY KEY (consolidated_id, unit, org)
  );
  CREATE INDEX consolidated_members_report ON consolidated_members (unit, org, consolidated_id);
  `,
];

export const SCHEMA_VERSION = MIGRATIONS.length;

/**
 * Brings a database up to the current schema (or, for tests of a migration, up to `upTo`), each
 * migration in its own transaction.
 */
export function migrate(db: Database.Database, upTo: number = MIGRATIONS.length): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > MIGRATIONS.length) {
    // The code is worded for the user in src/vi/errors.ts.
    throw Object.assign(new Error(`database schema version ${current} is newer than this program (${MIGRATIONS.length})`), { code: STORE_TOO_NEW });
  }
  for (let v = current; v < Math.min(upTo, MIGRATIONS.length); v++) {
    const step = MIGRATIONS[v] as string | Rebuild;
    const rebuild = typeof step !== 'string';
    // Outside a transaction: SQLite ignores this pragma inside one.
    const foreignKeys = db.pragma('foreign_keys', { simple: true }) as number;
    if (rebuild) db.pragma('foreign_keys = OFF');
    try {
      db.transaction(() => {
        db.exec(rebuild ? step.rebuild : step);
        if (rebuild && (db.pragma('foreign_key_check') as unknown[]).length > 0) throw new Error(`migration ${v + 1} broke a reference between tables`);
        db.pragma(`user_version = ${v + 1}`);
      })();
    } finally {
      if (rebuild) db.pragma(`foreign_keys = ${foreignKeys ? 'ON' : 'OFF'}`);
    }
  }
}

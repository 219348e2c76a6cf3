// Public entry of src/ingest. Other stages import only this file.
export { ingestFiles } from './serial.ts';
export type { PrepareFn } from '../model/ingest.ts';
export { readSubmission } from './read-submission.ts';
export { prepareFile, prepareBytes, sha256 } from './prepare-file.ts';
export { writeFeedback } from './feedback.ts';
export { decodeLegacy, decodeTcvn3 } from './legacy.ts';
export { decodeVni } from './vni.ts';
export { findSoffice } from './convert.ts';
export { LIMITS } from './zip-inspect.ts';
export { checkReplacement, diffVersions, versionHistory } from './versions.ts';
export { DEFAULT_INGEST_SETTINGS_FILE, loadIngestSettings } from './settings.ts';
export { defaultWorkers, ingestFilesParallel, type ParallelIngestOptions } from './parallel.ts';
export { ingest } from './ingest.ts';
// A unit's consolidated workbook from below: read back and checked (its hashes), and ingested.
export { readConsolidated, type ReadConsolidatedOptions, type ReadConsolidatedResult } from './consolidated-read.ts';
export { dataLine, dataSha256, rowHash, textLine } from './consolidated-hash.ts';
export { formOverlap, ingestConsolidated } from './consolidated.ts';

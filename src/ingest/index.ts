// Public entry of src/ingest. Other stages import only this file.
export {};

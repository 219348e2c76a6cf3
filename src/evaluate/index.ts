// Public entry of src/evaluate. Other stages import only this file.
export {};

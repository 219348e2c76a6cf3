// Public entry of src/store. Other stages import only this file.
export {};

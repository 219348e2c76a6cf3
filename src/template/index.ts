// Public entry of src/template. Other stages import only this file.
export {};

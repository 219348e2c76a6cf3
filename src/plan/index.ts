// Public entry of src/plan. Other stages import only this file.
export {};

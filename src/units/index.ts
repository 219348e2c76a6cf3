// Public entry of src/units: the tree of units as data. Other stages import only this file.
export { loadUnits, parseUnitsText, requireUnits, UnitsError, type UnitsLoadResult } from './load.ts';
export { DEFAULT_UNIT_CODE, UnitTree, UnitTreeAt, quarterOfPeriod, existsIn, unitIn, nextQuarter, shapesOf, type TreeShape } from './tree.ts';
export { checkUnits } from './checks.ts';

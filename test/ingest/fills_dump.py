"""Independent reader for the feedback-copy tests: every cell's fill of a sheet, as openpyxl sees it."""
import json
import sys

import openpyxl


def fill_of(cell):
    f = cell.fill
    if f is None or f.fill_type is None:
        return None
    return [f.fill_type, f.fgColor.rgb if f.fgColor.type == "rgb" else f"{f.fgColor.type}:{f.fgColor.value}",
            f.bgColor.rgb if f.bgColor.type == "rgb" else f"{f.bgColor.type}:{f.bgColor.value}"]


def dump(path, sheet):
    ws = openpyxl.load_workbook(path)[sheet]
    return {c.coordinate: fill_of(c) for row in ws.iter_rows() for c in row}


sheet = sys.argv[1]
print(json.dumps([dump(p, sheet) for p in sys.argv[2:]], ensure_ascii=False))

"""Second, independent reader for the template tests: dumps what openpyxl sees as JSON."""
import json
import sys

import openpyxl


def dump(path):
    wb = openpyxl.load_workbook(path)
    out = {"sheets": []}
    for ws in wb.worksheets:
        sheet = {
            "title": ws.title,
            "state": ws.sheet_state,
            "protected": bool(ws.protection.sheet),
            "hasPassword": bool(ws.protection.password or ws.protection.hashValue),
            "orientation": ws.page_setup.orientation,
            "paperSize": ws.page_setup.paperSize,
            "fitToPage": bool(ws.sheet_properties.pageSetUpPr and ws.sheet_properties.pageSetUpPr.fitToPage),
            "fitToWidth": ws.page_setup.fitToWidth,
            "fitToHeight": ws.page_setup.fitToHeight,
            "printTitleRows": ws.print_title_rows,
            "footer": ws.oddFooter.center.text,
            "freeze": ws.freeze_panes,
            "validations": [
                {"type": dv.type, "sqref": str(dv.sqref), "formula1": dv.formula1, "formula2": dv.formula2,
                 "prompt": dv.prompt, "error": dv.error}
                for dv in ws.data_validations.dataValidation
            ],
            "conditional": [str(rng.sqref) for rng in ws.conditional_formatting],
            "hiddenColumns": [k for k, d in ws.column_dimensions.items() if d.hidden],
            "cells": {},
        }
        for row in ws.iter_rows():
            for c in row:
                if c.value is None and c.protection.locked:
                    continue
                sheet["cells"][c.coordinate] = {
                    "value": c.value if not hasattr(c.value, "isoformat") else c.value.isoformat(),
                    "locked": bool(c.protection.locked),
                    "font": c.font.name,
                }
        out["sheets"].append(sheet)
    return out


if __name__ == "__main__":
    json.dump([dump(p) for p in sys.argv[1:]], sys.stdout, ensure_ascii=False)

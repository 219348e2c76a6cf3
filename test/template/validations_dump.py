"""Independent reader for the number-entry test: every data validation of the report sheet, with its operator."""
import json
import sys

import openpyxl

ws = openpyxl.load_workbook(sys.argv[1])["Báo cáo"]
guide = openpyxl.load_workbook(sys.argv[1])["Hướng dẫn"]
print(json.dumps({
    "validations": [
        {"type": dv.type, "operator": dv.operator, "sqref": str(dv.sqref), "formula1": dv.formula1, "formula2": dv.formula2,
         "prompt": dv.prompt, "error": dv.error}
        for dv in ws.data_validations.dataValidation
    ],
    "guide": [str(c.value) for row in guide.iter_rows() for c in row if c.value is not None],
}, ensure_ascii=False))

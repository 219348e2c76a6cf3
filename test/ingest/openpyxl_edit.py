"""Edits a filled form the way a script would (openpyxl, an independent writer), for the ingest tests.

usage: openpyxl_edit.py <in.xlsx> <out.xlsx> <edit> [<edit>...]
edits:  note:<sheet>!<cell>=<text>   add a cell note (openpyxl writes xl/comments/commentN.xml, absolute Target)
        value:<sheet>!<cell>=<text>  set a cell's value (a number when the text is one)
        resave                       nothing: load and save
"""
import sys

import openpyxl
from openpyxl.comments import Comment


def parse(spec):
    kind, rest = spec.split(":", 1)
    where, text = rest.split("=", 1)
    sheet, cell = where.rsplit("!", 1)
    return kind, sheet, cell, text


def main(src, dst, edits):
    wb = openpyxl.load_workbook(src)
    for spec in edits:
        if spec == "resave":
            continue
        kind, sheet, cell, text = parse(spec)
        if kind == "note":
            wb[sheet][cell].comment = Comment(text, "Văn phòng")
        elif kind == "value":
            try:
                wb[sheet][cell].value = float(text) if "." in text else int(text)
            except ValueError:
                wb[sheet][cell].value = text
        else:
            raise SystemExit(f"unknown edit {spec}")
    wb.save(dst)


main(sys.argv[1], sys.argv[2], sys.argv[3:])

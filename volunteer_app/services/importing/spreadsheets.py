"""Reading a coordinator's spreadsheet into rows of text: CSV (services/csv_reader.py) and
XLSX workbooks (services/xlsx_reader.py).

The file's content decides how it is read, not its name, so a workbook renamed to .csv or
a CSV saved as .txt still opens, and anything else is refused with a reason. Whatever is
wrong with a file, the user gets a line saying what (services/sheet_table.py maps the
reading libraries' failures), never a traceback.
"""

from __future__ import annotations

from pathlib import Path

from volunteer_app.services.csv_reader import read_csv
from volunteer_app.services.sheet_table import (
    MAX_FILE_BYTES,
    ImportRejected,
    SheetTable,
    reject,
)
from volunteer_app.services.xlsx_reader import cell_text, read_xlsx

__all__ = ["ImportRejected", "SheetTable", "cell_text", "read_table"]


def read_table(path: Path, sheet: str | None = None) -> SheetTable:
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise reject("file.too_large")
        with path.open("rb") as handle:
            head = handle.read(8)
    except FileNotFoundError:
        raise reject("file.missing", path=path) from None
    except IsADirectoryError:
        raise reject("file.folder", path=path) from None
    if not head:
        raise reject("file.empty")
    if head.startswith(b"PK\x03\x04"):
        return read_xlsx(path, sheet)
    if head.startswith(b"\xd0\xcf\x11\xe0"):  # OLE: old .xls, or an encrypted workbook
        raise reject("file.old_excel")
    return read_csv(path)

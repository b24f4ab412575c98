"""The outbox: a record of every summary file saved for the CVC."""

from __future__ import annotations

import json
import uuid
from collections.abc import Sequence

from sqlmodel import col, select

from volunteer_app.domain.periods import Period, PeriodType
from volunteer_app.domain.values import OutboxEntry
from volunteer_app.storage.database import Database, Transaction
from volunteer_app.storage.models import ExportRecord

RowTuple = tuple[str, str, str, int | None, str]


def add_entry(tx: Transaction, entry: OutboxEntry) -> None:
    tx.session.add(
        ExportRecord(
            export_id=entry.export_id,
            exported_at=entry.exported_at,
            period_start=entry.period.start,
            period_end=entry.period.end,
            period_type=entry.period.type.value,
            file_path=entry.file_path,
            sha256=entry.sha256,
            group_name_included=entry.group_name_included,
            rows_json=json.dumps([list(r) for r in entry.rows], ensure_ascii=False),
            created_at=tx.now,
            updated_at=tx.now,
            hlc=tx.stamp(),
        )
    )


def _entry(record: ExportRecord) -> OutboxEntry:
    rows: Sequence[RowTuple] = [tuple(r) for r in json.loads(record.rows_json)]
    return OutboxEntry(
        export_id=uuid.UUID(str(record.export_id)),
        exported_at=record.exported_at,
        period=Period(record.period_start, record.period_end, PeriodType(record.period_type)),
        file_path=record.file_path,
        sha256=record.sha256,
        group_name_included=record.group_name_included,
        rows=tuple(rows),
    )


def list_entries(db: Database) -> list[OutboxEntry]:
    """Newest first."""
    with db.reading() as session:
        records = session.exec(
            select(ExportRecord)
            .where(col(ExportRecord.deleted_at).is_(None))
            .order_by(col(ExportRecord.exported_at).desc())
        ).all()
        return [_entry(r) for r in records]

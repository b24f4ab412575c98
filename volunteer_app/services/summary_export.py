"""The anonymised summary for the CVC: preview exactly what will leave, then save and record."""

from __future__ import annotations

import contextlib
import hashlib
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from volunteer_app.about import __version__
from volunteer_app.domain.errors import ValidationError
from volunteer_app.domain.periods import Period
from volunteer_app.domain.summary import SCHEMA_VERSION, SummaryRow, build_rows
from volunteer_app.domain.summary_community import VERSION_1_1, build_rows_1_1
from volunteer_app.domain.summary_csv import (
    SummaryHeader,
    csv_records,
    file_name,
    render_csv,
)
from volunteer_app.domain.values import OutboxEntry
from volunteer_app.services.files import atomic_write_bytes
from volunteer_app.services.group import GroupService
from volunteer_app.storage import outbox_repo
from volunteer_app.storage.database import Database
from volunteer_app.storage.summary_query import summary_facts

RowTuple = tuple[str, str, str, int | None, str]


def row_tuples(rows: list[SummaryRow]) -> tuple[RowTuple, ...]:
    return tuple((r.measure, r.breakdown, r.category, r.value, r.status.value) for r in rows)


@dataclass(frozen=True)
class SummaryPreview:
    header: SummaryHeader
    rows: list[SummaryRow]
    records: list[list[str]]  # the file's lines, header first: exactly what will be written
    content: bytes
    file_name: str
    changed_since: OutboxEntry | None = None  # this period was sent before with other numbers
    overlapping: list[OutboxEntry] = field(default_factory=list)  # sent on a different grid
    version: str = SCHEMA_VERSION  # the schema_version the file is written in

    @property
    def period(self) -> Period:
        return self.header.period


class SummaryExportService:
    def __init__(
        self,
        db: Database,
        group: GroupService,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
        new_id: Callable[[], uuid.UUID] = uuid.uuid4,
    ) -> None:
        self._db = db
        self._group = group
        self._clock = clock
        self._new_id = new_id

    def preview(
        self, period: Period, include_group_name: bool = True, version: str = VERSION_1_1
    ) -> SummaryPreview:
        info = self._group.info()
        if not info.la_code:
            raise ValidationError(
                "export.no_local_authority",
                "Set the group's local authority first (Settings, or setup --local-authority).",
                field="local_authority",
            )
        header = SummaryHeader(
            export_id=self._new_id(),
            generated_at=self._clock().astimezone(UTC).replace(microsecond=0),
            app_version=__version__,
            group_id=info.group_id,
            group_name=info.name if include_group_name else "",
            group_la_code=info.la_code,
            cvc_ref=info.cvc_ref,
            period=period,
        )
        facts = summary_facts(self._db, period)
        # 1.1 by default; 1.0 is still written on request, for a CVC tool not yet updated.
        written = VERSION_1_1 if version == VERSION_1_1 else SCHEMA_VERSION
        rows = build_rows_1_1(facts) if written == VERSION_1_1 else build_rows(facts)
        records = csv_records(header, rows, written)
        sent = self.outbox()
        same = [e for e in sent if (e.period.start, e.period.end) == (period.start, period.end)]
        changed = same[0] if same and same[0].rows != row_tuples(rows) else None
        overlapping = [
            e
            for e in sent
            if e.period.overlaps(period)
            and (e.period.start, e.period.end) != (period.start, period.end)
        ]
        return SummaryPreview(
            header,
            rows,
            records,
            render_csv(records),
            file_name(info.group_id, period, written),
            changed,
            overlapping,
            written,
        )

    def save(
        self, preview: SummaryPreview, target: Path, allow_overlap: bool = False
    ) -> OutboxEntry:
        """Write the file atomically and record it in the outbox; refuses a different grid
        (differencing risk) unless allowed."""
        if preview.overlapping and not allow_overlap:
            other = preview.overlapping[0].period
            raise ValidationError(
                "export.overlap",
                f"{preview.period.code} overlaps {other.code}, already sent on a different "
                "grid: subtracting one from the other could reveal small numbers.",
                field="period",
                period=preview.period.code,
                other=other.code,
            )
        target = target.expanduser().absolute()
        existed = target.exists()
        atomic_write_bytes(target, preview.content)
        entry = OutboxEntry(
            export_id=preview.header.export_id,
            exported_at=self._clock().astimezone(UTC),
            period=preview.period,
            file_path=str(target),
            sha256=hashlib.sha256(preview.content).hexdigest(),
            group_name_included=bool(preview.header.group_name),
            rows=row_tuples(preview.rows),
        )
        try:
            with self._db.transaction() as tx:
                outbox_repo.add_entry(tx, entry)
        except BaseException:
            # Every file that leaves must be in the outbox: no record, no file.
            if not existed:
                with contextlib.suppress(OSError):
                    target.unlink()
            raise
        return entry

    def outbox(self) -> list[OutboxEntry]:
        return outbox_repo.list_entries(self._db)

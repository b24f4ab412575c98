"""File > Bring in a co-coordinator's file…: open it with the passphrase, say in words what
it brings, then merge it in one step (a safety copy is kept first). People whose names
match after the merge are offered for merging on the People page, never merged here."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from volunteer_app.domain.errors import AppError
from volunteer_app.domain.merging.summary import MergeResult, MergeSummary
from volunteer_app.ui.kit.dialog_base import Dialog
from volunteer_app.ui.kit.messages import error_text
from volunteer_app.ui.merging.file_row import FileRow, passphrase_edit
from volunteer_app.ui.merging.undo_bring_in import BringInStep, refusal_box
from volunteer_app.ui.merging.words import summary_lines
from volunteer_app.ui.shell.ops import Changes

if TYPE_CHECKING:
    from volunteer_app.ui.shell.context import UiContext


class BringInDialog(Dialog):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("bringInDialog")
        assert ctx.services is not None
        self.ctx, self.merging = ctx, ctx.services.merging
        self.previewed: MergeSummary | None = None
        layout = QVBoxLayout(self)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        form = QFormLayout()
        self.file_row = FileRow(self, save=False)
        self.passphrase = passphrase_edit(self)
        self.file_label, self.pass_label = QLabel(self), QLabel(self)
        self.file_label.setBuddy(self.file_row.path_edit)
        self.pass_label.setBuddy(self.passphrase)
        form.addRow(self.file_label, self.file_row)
        form.addRow(self.pass_label, self.passphrase)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.join = QCheckBox(self)
        self.join.setVisible(False)
        buttons = QDialogButtonBox(self)
        self.look_button, self.bring_button = QPushButton(self), QPushButton(self)
        self.close_button = QPushButton(self)
        self.look_button.setDefault(True)
        self.bring_button.setEnabled(False)
        for button, role in (
            (self.look_button, QDialogButtonBox.ButtonRole.ActionRole),
            (self.bring_button, QDialogButtonBox.ButtonRole.AcceptRole),
            (self.close_button, QDialogButtonBox.ButtonRole.RejectRole),
        ):
            buttons.addButton(button, role)
        self.look_button.clicked.connect(self.look)
        self.bring_button.clicked.connect(self.bring_in)
        self.close_button.clicked.connect(self.reject)
        self.file_row.path_edit.textChanged.connect(self._forget)
        self.passphrase.textChanged.connect(self._forget)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.summary, 1)
        layout.addWidget(self.join)
        layout.addWidget(buttons)
        self.resize(640, 380)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Bring in a co-coordinator's file"))
        self.intro.setText(
            self.tr(
                "Merges the records of a co-coordinator's laptop with this laptop's. Where "
                "both changed the same thing, the later change is kept. A copy of this "
                "laptop's data is kept first, and the whole merge is one step."
            )
        )
        self.file_label.setText(self.tr("&File:"))
        self.pass_label.setText(self.tr("&Passphrase:"))
        self.join.setText(
            self.tr("Join the two as one group, keeping this laptop's group name and identity")
        )
        self.look_button.setText(self.tr("&Look at the file"))
        self.bring_button.setText(self.tr("&Bring it in"))
        self.close_button.setText(self.tr("Close"))
        self.file_row.retranslate()
        if self.previewed is not None:
            self._show_preview(self.previewed)

    def _forget(self) -> None:
        self.previewed = None
        self.bring_button.setEnabled(False)

    def look(self) -> None:
        source = self.file_row.path()
        if source is None:
            self.summary.setText(self.tr("Choose the file your co-coordinator shared."))
            return
        words = self.passphrase.text()
        self.summary.setText(self.tr("Opening the file…"))
        self.ctx.runner.run(
            lambda: self.merging.preview(source, words), self._show_preview, self._failed
        )

    def _show_preview(self, summary: MergeSummary) -> None:
        self.previewed = summary
        head = self.tr("From %1. The file brings:").replace(
            "%1", summary.from_laptop or self.tr("another laptop")
        )
        lines = [head, *(f"• {line}" for line in summary_lines(summary))]
        if summary.new_laptop:
            lines.append(
                self.tr("This laptop has no records yet: it will keep the records of %1.").replace(
                    "%1", summary.group_name
                )
            )
        if summary.other_group:
            lines.append(
                self.tr("The file is from another group's records (%1).").replace(
                    "%1", summary.group_name
                )
            )
        self.summary.setText("\n".join(lines))
        self.join.setVisible(summary.other_group)
        self.bring_button.setEnabled(not summary.nothing_new)

    def bring_in(self) -> None:
        source, words = self.file_row.path(), self.passphrase.text()
        if source is None or self.previewed is None:
            return
        if self.previewed.other_group and not self.join.isChecked():
            self.summary.setText(
                self.tr("Tick the box to join the two as one group, or choose another file.")
            )
            return
        join = self.join.isChecked()
        self.bring_button.setEnabled(False)
        merging = self.merging
        self.ctx.ops.run(
            lambda: (merging.bring_in(source, words, join), merging.same_name_people()),
            changes=Changes.ALL,
            undo=lambda outcome: self._step(outcome[0], source.name),
            success=self._merged,
            failure=self.summary.setText,
        )

    def _step(self, result: MergeResult, file_name: str) -> BringInStep | None:
        """Edit > Undo takes the whole merge back as one step."""
        if not result.backup_path:
            return None
        return BringInStep(
            self.merging,
            Path(result.backup_path),
            result.write_mark,
            self.tr("bringing in %1").replace("%1", file_name),
            refusal_box(self.parentWidget()),  # the step outlives this dialog
        )

    def _merged(self, outcome: object) -> None:
        result, same = outcome  # type: ignore[misc]
        assert isinstance(result, MergeResult)
        lines = [self.tr("Brought in."), *summary_lines(result.summary)]
        if same:
            lines.append(
                self.tr(
                    "These names appear more than once, perhaps typed on both laptops. If "
                    "they are one person, merge them on the People page:"
                )
            )
            lines.extend("• " + ", ".join(name for _id, name in group) for group in same)
        self.summary.setText("\n".join(lines))
        self.previewed = None
        self.ctx.bus.status_message.emit(self.tr("A co-coordinator's file was brought in."))

    def _failed(self, error: BaseException) -> None:
        if not isinstance(error, AppError):
            raise error
        self.summary.setText(error_text(error))

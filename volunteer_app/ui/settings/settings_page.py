"""Settings: the group's profile, the language, and where the data lives."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from volunteer_app.domain.errors import ValidationError
from volunteer_app.domain.validation import validate_group_profile
from volunteer_app.services.preferences import (
    RETENTION_MONTHS_MAX,
    RETENTION_MONTHS_MIN,
    load_preferences,
    update_preferences,
)
from volunteer_app.ui.kit.messages import error_text
from volunteer_app.ui.kit.page import Page, heading
from volunteer_app.ui.settings.group_form import GroupForm
from volunteer_app.ui.shell.context import UiContext
from volunteer_app.ui.shell.ops import Changes


class SettingsPage(Page):
    watches = Changes.GROUP

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("page_settings")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        self.heading = heading(self)
        layout.addWidget(self.heading)
        self.group_box = QGroupBox(self)
        box_layout = QVBoxLayout(self.group_box)
        self.form = GroupForm(self.group_box)
        box_layout.addWidget(self.form)
        from volunteer_app.ui.funding.year_kind_field import add_year_kind_field

        self.year_kind = add_year_kind_field(self.form.form, self.form)
        buttons = QHBoxLayout()
        self.save_button = QPushButton(self.group_box)
        self.save_button.setObjectName("saveSettings")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.saved_label = QLabel(self.group_box)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.saved_label, 1)
        box_layout.addLayout(buttons)
        layout.addWidget(self.group_box)

        self.privacy_box = QGroupBox(self)
        privacy = QFormLayout(self.privacy_box)
        self.retention_spin = QSpinBox(self.privacy_box)
        self.retention_spin.setObjectName("retentionMonths")
        self.retention_spin.setRange(RETENTION_MONTHS_MIN, RETENTION_MONTHS_MAX)
        self.retention_spin.setValue(load_preferences(ctx.paths.preferences_file).retention_months)
        self.retention_label = QLabel(self.privacy_box)
        self.retention_label.setWordWrap(True)
        self.retention_label.setBuddy(self.retention_spin)
        privacy.addRow(self.retention_label, self.retention_spin)
        layout.addWidget(self.privacy_box)
        self.cvc_box = QGroupBox(self)
        cvc_layout = QVBoxLayout(self.cvc_box)
        self.cvc_check = QCheckBox(self.cvc_box)
        self.cvc_check.setObjectName("cvcPageSwitch")
        self.cvc_check.setChecked(load_preferences(ctx.paths.preferences_file).cvc_page)
        self.cvc_check.toggled.connect(self.switch_cvc_page)
        cvc_layout.addWidget(self.cvc_check)
        layout.addWidget(self.cvc_box)
        self._build_folder_box()
        layout.addWidget(self.folder_box)
        from volunteer_app.ui.funding.funding_dialog import add_funding_box

        self.funding_box = add_funding_box(ctx, layout, self)
        layout.addStretch(1)
        self.group_box.setEnabled(False)
        # The language applies the moment it is chosen, like every desktop settings page;
        # saving the group's details leaves it alone.
        self.form.language_chosen.connect(ctx.switch_language)
        self.retranslate()

    def _build_folder_box(self) -> None:
        """Where the data is kept, and a button to open the folder."""
        self.folder_box = QGroupBox(self)
        folder_layout = QVBoxLayout(self.folder_box)
        self.folder_label = QLabel(self.folder_box)
        self.folder_label.setWordWrap(True)
        self.folder_path = QLabel(str(self.ctx.paths.data_dir), self.folder_box)
        self.folder_path.setObjectName("dataFolder")
        self.folder_path.setWordWrap(True)
        self.open_folder_button = QPushButton(self.folder_box)
        self.open_folder_button.clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.ctx.paths.data_dir)))
        )
        folder_layout.addWidget(self.folder_label)
        folder_layout.addWidget(self.folder_path)
        folder_buttons = QHBoxLayout()
        folder_buttons.addWidget(self.open_folder_button)
        folder_buttons.addStretch(1)
        folder_layout.addLayout(folder_buttons)

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Settings"))
        self.group_box.setTitle(self.tr("Your group"))
        self.save_button.setText(self.tr("&Save settings"))
        self.folder_box.setTitle(self.tr("Where your data is kept"))
        self.privacy_box.setTitle(self.tr("Privacy"))
        self.cvc_box.setTitle(self.tr("County Voluntary Council"))
        self.cvc_check.setText(
            self.tr("Show the &CVC page, for combining the returns groups send a CVC")
        )
        self.retention_label.setText(self.tr("Suggest erasing people not seen for (&months):"))
        self.retention_spin.setAccessibleName(self.tr("Months before suggesting erasing"))
        self.folder_label.setText(
            self.tr(
                "Everything is kept on this laptop, in this folder. To move it to another "
                "computer, copy this folder while the app is closed."
            )
        )
        self.open_folder_button.setText(self.tr("Open data f&older"))
        self.form.set_display_language(self.ctx.language)
        self.form.show_language(self.ctx.language)  # always the language in use
        self.saved_label.clear()

    def refresh(self) -> None:
        self.group_box.setEnabled(True)
        info = self.services.group.info()
        self.form.set_values(info.name, info.la_code, info.cvc_ref, self.ctx.language)
        self.year_kind.show_code(info.year_kind)

    def save(self) -> None:
        self.form.clear_errors()
        self.saved_label.clear()
        answers = self.form.answers()
        try:  # checked here first, so that a mistake is shown beside its field
            validate_group_profile(answers.name, answers.la_code, answers.cvc_ref)
        except ValidationError as exc:
            self.form.show_error(exc.field, error_text(exc))
            return
        group, year_kind = self.services.group, self.year_kind.code()
        self.ctx.ops.run(
            lambda: group.update(answers.name, answers.la_code, answers.cvc_ref, year_kind),
            changes=Changes.GROUP,
            success=lambda _info: self._save_preferences(),
            failure=lambda text: self.form.show_error("group_name", text),
        )

    def _save_preferences(self) -> None:
        try:
            update_preferences(
                self.ctx.paths.preferences_file, retention_months=self.retention_spin.value()
            )
        except OSError:
            self.form.show_error("group_name", self.tr("The settings could not be saved."))
            return
        self.saved_label.setText(self.tr("Saved."))
        self.bus.status_message.emit(self.tr("Settings saved."))

    def switch_cvc_page(self, shown: bool) -> None:
        try:
            update_preferences(self.ctx.paths.preferences_file, cvc_page=shown)
        except OSError:
            self.bus.status_message.emit(self.tr("The settings could not be saved."))
            return
        self.bus.cvc_page_switched.emit(shown)

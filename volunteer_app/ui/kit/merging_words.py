"""Words for the co-coordinator's file: why one was refused, in both languages."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate


def merging_error_texts() -> dict[str, str]:
    return {
        "sync.damaged": translate(
            "Merging",
            "The file is damaged or incomplete (it may not have been copied to the end), so "
            "nothing was taken from it. Ask your co-coordinator for the file again.",
        ),
        "sync.not_ours": translate(
            "Merging",
            "That file is not a co-coordinator's file from this app. Choose the file your "
            "co-coordinator shared.",
        ),
        "sync.too_new": translate(
            "Merging",
            "That file was made by a newer version of the app. Install the newer version to "
            "bring it in; nothing was changed.",
        ),
        "sync.no_passphrase": translate("Merging", "Type the group's passphrase."),
        "sync.passphrase_mismatch": translate(
            "Merging", "The two passphrases differ; nothing was written."
        ),
        "sync.wrong_passphrase": translate(
            "Merging",
            "The passphrase does not open this file. Type the passphrase your group chose "
            "for sharing; nothing was changed.",
        ),
        "sync.missing": translate("Merging", "That file cannot be found."),
        "sync.own_file": translate(
            "Merging",
            "That file was shared from this laptop: bring in your co-coordinator's file.",
        ),
        "sync.other_group": translate(
            "Merging",
            "That file holds another group's records. If both laptops keep the records of "
            "one group, bring it in again and choose to join them as one group.",
        ),
        "sync.undo_no_copy": translate(
            "Merging",
            "The copy of the data kept just before this merge is no longer in the backups "
            "folder, so the merge cannot be taken back as one step. Nothing was changed.",
        ),
        "sync.undo_changed_since": translate(
            "Merging",
            "Something was saved after the file was brought in, so the merge cannot be "
            "taken back as one step without losing it. Nothing was changed. To take it "
            "back all the same, restore the copy kept just before it (File > Restore from "
            "a file…, see File > Merges…): anything saved since is lost with it.",
        ),
    }

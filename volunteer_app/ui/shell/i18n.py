"""Language switching: installs the app's translator and sets the locale, live."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from volunteer_app.resources import translations_dir

log = logging.getLogger(__name__)

LOCALES = {
    "cy": QLocale(QLocale.Language.Welsh, QLocale.Country.UnitedKingdom),
    "en": QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom),
}


class Translations:
    """Owns the installed translators; ``switch`` triggers LanguageChange in every widget."""

    def __init__(self) -> None:
        self.language = "en"
        self._installed: list[QTranslator] = []

    def switch(self, language: str) -> bool:
        """Install ``language``; returns False (and stays in English) if it cannot be loaded."""
        app = QCoreApplication.instance()
        assert app is not None
        for translator in self._installed:
            QCoreApplication.removeTranslator(translator)
        self._installed.clear()
        ok = True
        if language == "en":
            # Only the plural forms of counts ("1 activity"); the sources are the English.
            plurals = QTranslator()
            if plurals.load("volunteer_app_en", str(translations_dir())):
                self._installed.append(plurals)
        else:
            ours = QTranslator()
            if ours.load(f"volunteer_app_{language}", str(translations_dir())):
                self._installed.append(ours)
            else:
                log.warning("translation for %s not found in %s", language, translations_dir())
                ok = False
            # Qt's own widgets: Qt's translation if it ships one, else ours.
            from PySide6.QtCore import QLibraryInfo  # PySide makes it on first use

            qt_own = QTranslator()
            qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            if qt_own.load(f"qtbase_{language}", qt_dir) or qt_own.load(
                f"qtbase_{language}", str(translations_dir())
            ):
                self._installed.append(qt_own)
        for translator in self._installed:
            QCoreApplication.installTranslator(translator)
        self.language = language if ok else "en"
        QLocale.setDefault(LOCALES.get(self.language, LOCALES["en"]))
        return ok

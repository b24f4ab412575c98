"""What goes into the frozen app besides code: one list, read by the spec and by a test."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# (source, destination folder inside the bundle)
DATA_FILES: list[tuple[str, str]] = [
    ("volunteer_app/i18n/volunteer_app_cy.qm", "volunteer_app/i18n"),
    ("volunteer_app/i18n/qtbase_cy.qm", "volunteer_app/i18n"),
    ("volunteer_app/templates/privacy_notice_en.md", "volunteer_app/templates"),
    ("volunteer_app/templates/privacy_notice_cy.md", "volunteer_app/templates"),
    ("volunteer_app/templates/complaints_en.md", "volunteer_app/templates"),
    ("volunteer_app/templates/complaints_cy.md", "volunteer_app/templates"),
    ("resources/schema/vcs-summary-1.0.schema.json", "resources/schema"),
    ("resources/schema/vcs-summary-1.0-dictionary.md", "resources/schema"),
    ("resources/templates/import-template.csv", "resources/templates"),
    ("resources/icons/volunteer-app.svg", "resources/icons"),
]

# Qt modules the app never uses: left out to keep the download small.
EXCLUDED_MODULES = [
    "PySide6.QtWebEngineCore", "PySide6.QtWebEngineWidgets", "PySide6.QtWebEngineQuick",
    "PySide6.QtWebChannel", "PySide6.QtWebSockets", "PySide6.QtWebView",
    "PySide6.QtQml", "PySide6.QtQuick", "PySide6.QtQuick3D", "PySide6.QtQuickControls2",
    "PySide6.QtQuickWidgets", "PySide6.QtQuickTest",
    "PySide6.Qt3DCore", "PySide6.Qt3DRender", "PySide6.Qt3DInput", "PySide6.Qt3DLogic",
    "PySide6.Qt3DAnimation", "PySide6.Qt3DExtras",
    "PySide6.QtMultimedia", "PySide6.QtMultimediaWidgets", "PySide6.QtSpatialAudio",
    "PySide6.QtPdf", "PySide6.QtPdfWidgets", "PySide6.QtBluetooth", "PySide6.QtNfc",
    "PySide6.QtPositioning", "PySide6.QtLocation", "PySide6.QtSensors",
    "PySide6.QtSerialPort", "PySide6.QtSerialBus", "PySide6.QtRemoteObjects",
    "PySide6.QtDataVisualization", "PySide6.QtGraphs", "PySide6.QtGraphsWidgets",
    "PySide6.QtDesigner", "PySide6.QtHelp", "PySide6.QtUiTools", "PySide6.QtScxml",
    "PySide6.QtStateMachine", "PySide6.QtTextToSpeech", "PySide6.QtHttpServer",
    "PySide6.QtNetworkAuth", "PySide6.QtSql", "PySide6.QtTest", "PySide6.QtOpenGL",
    "PySide6.QtOpenGLWidgets", "PySide6.QtCharts", "PySide6.QtConcurrent", "PySide6.QtDBus",
    "PySide6.QtNetwork", "PySide6.QtXml", "PySide6.QtSvgWidgets", "PySide6.QtPrintSupport",
    "tkinter", "unittest", "pydoc", "test", "hypothesis", "pytest", "IPython", "numpy",
]

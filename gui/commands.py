"""The main window's commands: actions with their shortcuts, and the menus that hold them.

Texts use the "MainWindow" translation context: the buttons that do the same thing carry
the same words, so translators see each once.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QActionGroup, QIcon, QKeySequence
from PySide6.QtWidgets import QMainWindow

from gui import i18n, paths

translate = QCoreApplication.translate


class Commands:
    """Actions of a main window; they work by shortcut even with the menu bar hidden."""

    def __init__(self, window: QMainWindow) -> None:
        self._window = window
        self.add_files = self._action(QKeySequence.StandardKey.Open, "add-files")
        self.add_folder = self._action("Ctrl+Shift+O", "add-folder")
        self.quit = self._action(QKeySequence.StandardKey.Quit)
        self.clean = self._action("Ctrl+Return", "clean")
        self.cancel = self._action("Esc", "cancel")
        self.remove = self._action(QKeySequence.StandardKey.Delete, "remove")
        self.remove.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.redact = self._action("Ctrl+H", "redact")
        self.guide = self._action(QKeySequence.StandardKey.HelpContents, "guide")
        self.about = self._action()
        self.language_group = QActionGroup(window)
        self.languages: dict[str, QAction] = {}
        for code, name in i18n.LANGUAGES.items():
            act = QAction(name, window)  # each language named in itself: never translated
            act.setCheckable(True)
            act.setData(code)
            self.language_group.addAction(act)
            self.languages[code] = act

        bar = window.menuBar()
        self.file_menu = bar.addMenu("")
        self.file_menu.addActions([self.add_files, self.add_folder])
        self.file_menu.addSeparator()
        self.file_menu.addActions([self.clean, self.cancel])
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit)
        self.language_menu = bar.addMenu("")
        for act in self.languages.values():
            self.language_menu.addAction(act)
        self.help_menu = bar.addMenu("")
        self.help_menu.addAction(self.guide)
        self.help_menu.addAction(self.about)

    def _action(
        self,
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
        icon: str | None = None,
    ) -> QAction:
        act = QAction(self._window)
        if icon:
            act.setIcon(QIcon(str(paths.icon(icon))))
        if shortcut is not None:
            act.setShortcut(QKeySequence(shortcut))
        self._window.addAction(act)
        return act

    def retranslate(self) -> None:
        # Mnemonics are unique across the menu bar and the window's buttons (a test checks
        # this in every language): Alt+letter must do one thing only.
        self.file_menu.setTitle(translate("MainWindow", "&File"))
        self.language_menu.setTitle(translate("MainWindow", "&Language"))
        self.help_menu.setTitle(translate("MainWindow", "&Help"))
        self.add_files.setText(translate("MainWindow", "&Add files…"))
        self.add_folder.setText(translate("MainWindow", "Add fold&er…"))
        self.quit.setText(translate("MainWindow", "&Quit"))
        self.clean.setText(translate("MainWindow", "&Clean"))
        self.cancel.setText(translate("MainWindow", "Ca&ncel"))
        self.remove.setText(translate("MainWindow", "Remo&ve from list"))
        self.redact.setText(translate("MainWindow", "H&ide faces and areas…"))
        self.guide.setText(translate("MainWindow", "&Why this matters"))
        self.about.setText(translate("MainWindow", "&About Scrubber"))

    def check_language(self, code: str) -> None:
        act = self.languages.get(code)
        if act is not None:
            act.setChecked(True)

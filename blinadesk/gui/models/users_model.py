"""The ward's accounts, for the administrator's Users dialog."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from blinadesk.gui.i18n import format_datetime
from blinadesk.gui.widgets.ward_words import role_name
from blinadesk.services.views import UserView

Index = QModelIndex | QPersistentModelIndex


class UsersModel(QAbstractTableModel):
    USERNAME, FULL_NAME, ROLE, STATE = range(4)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._users: tuple[UserView, ...] = ()

    def set_users(self, users: tuple[UserView, ...]) -> None:
        self.beginResetModel()
        self._users = tuple(users)
        self.endResetModel()

    def user(self, row: int) -> UserView:
        return self._users[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's own default
        return 0 if parent.isValid() else len(self._users)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = [self.tr("User name"), self.tr("Full name"), self.tr("Role"), self.tr("State")]
        return titles[section] if 0 <= section < len(titles) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._users) or role != Qt.ItemDataRole.DisplayRole:
            return None
        user = self._users[index.row()]
        column = index.column()
        if column == self.USERNAME:
            return user.username
        if column == self.FULL_NAME:
            return user.full_name
        if column == self.ROLE:
            return role_name(user.role)
        if not user.active:
            return self.tr("deactivated")
        if user.locked_until is not None and user.locked_until > datetime.now(UTC):
            return self.tr("locked until {when}").format(when=format_datetime(user.locked_until))
        return self.tr("active")

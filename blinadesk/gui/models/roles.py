"""Item data roles shared by the models and the views that read them."""

from __future__ import annotations

from PySide6.QtCore import Qt

# The row's patient id (int): the table keeps the selected patient across a reload with it.
PATIENT_ID_ROLE = Qt.ItemDataRole.UserRole + 1

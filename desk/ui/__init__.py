"""The Qt desktop application: windows, pages, dialogs, table models and the task runner."""

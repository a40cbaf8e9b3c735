"""Chinese (zh_CN) translations of the strings about the case file itself: in use, read-only, disk full."""

TABLE = {
    ("Interaction", "Open read-only"): "以只读方式打开",
    ("WindowManager", "Case file in use"): "案卷文件正被使用",
    ("WindowManager", "%1\n\nYou can open it read-only: you see its changes as they are saved there, "
                      "but cannot edit it here."):
        "%1\n\n可以以只读方式打开：对方保存的修改会随时显示在这里，但在这里不能修改。",
    ("MainWindow", "READ-ONLY — another program is editing this file; this window follows its saved changes "
                   "and cannot edit."):
        "只读 — 另一个程序正在编辑此文件；本窗口随其保存的修改更新，不能在此修改。",
    ("MainWindow", "Edit now"): "改为可编辑",
    ("MainWindow", "Open the file for editing (once the other program has closed it)"):
        "以可编辑方式打开此文件（需另一个程序已关闭它）",
    ("MainWindow", " [read-only]"): " [只读]",
    ("MainWindow", "Read-only: nothing can be changed in this window."): "只读：本窗口中不能做任何修改。",
    ("MainWindow", "Another program saved a change to this file: shown again as it is now."):
        "另一个程序保存了对此文件的修改：已按最新内容重新显示。",
    ("Validation", "{path} is open in another program ({holder})."): "{path} 正在另一个程序中打开（{holder}）。",
    ("Validation", "{path} is damaged; open its latest backup (NAME.<time>.bak.desk) or a bundle exported earlier."):
        "{path} 已损坏；请打开其最近的备份（名称.<时间>.bak.desk）或先前导出的案卷包。",
    ("Validation", "{path} cannot be changed: the file or its disk is read-only. Nothing was changed."):
        "无法修改 {path}：文件或所在磁盘是只读的。未做任何更改。",
    ("Validation", "Cannot create {path}: the folder {folder} is read-only. Nothing was created."):
        "无法创建 {path}：文件夹 {folder} 是只读的。未创建任何文件。",
    ("Validation", "{path} cannot be written: the disk is full. Nothing was changed."):
        "无法写入 {path}：磁盘已满。未做任何更改。",
    ("Validation", "{path} cannot be written: {reason}. Nothing was changed."): "无法写入 {path}：{reason}。未做任何更改。",
    ("Validation", "Cannot write {path}: the folder {folder} does not exist."): "无法写入 {path}：文件夹 {folder} 不存在。",
    ("Labels", "rows lost outside the app restored from the audit log"): "按审计日志恢复在本软件之外丢失的记录",
    ("Labels", "readings import undone"): "撤销监测数据导入",
    ("Labels", "scenario readings import undone"): "撤销情景数据导入",
    ("Validation", "{path} is busy in another program; try again in a moment."): "{path} 正被另一个程序占用，请稍后再试。",
    ("Validation", "The change conflicts with what {path} already holds; nothing was saved."):
        "此修改与 {path} 中已有的内容冲突，未保存。",
    ("Validation", "{path} was changed by another program meanwhile; nothing was saved."):
        "{path} 在此期间已被另一个程序修改，未保存。",
    ("Validation", "{path} is open read-only in this window; nothing was changed."):
        "{path} 在本窗口中以只读方式打开，未做任何更改。",
}

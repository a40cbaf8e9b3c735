"""Chinese translations of the start-up, welcome and Help strings; merged by zh_CN_glossary.py."""

TABLE = {
    ("MainWindow", "Opening the case file…"): "正在打开案例文件…",
    ("HelpActions", "User &manual"): "使用手册(&M)",
    ("HelpActions", "&Keyboard shortcuts"): "快捷键(&K)",
    ("ShortcutsDialog", "Keyboard shortcuts"): "快捷键",
    ("ShortcutsDialog", "Menu"): "菜单",
    ("ShortcutsDialog", "Command"): "命令",
    ("ShortcutsDialog", "Keys"): "按键",
    ("ManualWindow", "User manual — Concord Desk"): "使用手册 — 区际协商台",
    ("ManualWindow", "The manual is missing from this installation (%1)."): "本安装中缺少使用手册（%1）。",
    ("WelcomeWindow", "User manual"): "使用手册",
    ("WelcomeWindow", "Open the sample"): "打开示例",
    ("WelcomeWindow", "Sample cases (opened as a copy in %1)"): "示例案例（复制到“%1”文件夹后打开）",
    ("WelcomeWindow", "(no sample cases in this installation)"): "（本安装中没有示例案例）",
    ("WelcomeWindow", "(none yet)"): "（暂无）",
    ("Validation", "The folder {path} does not exist; choose another folder."): "文件夹 {path} 不存在，请选择其他文件夹。",
}

; Inno Setup script of the Windows installer (per-user, no administrator rights needed).
; Build the one-folder app first (installer/README.md, "Windows"), then: iscc installer\windows\concord-desk.iss
; The version can be given on the command line: iscc /DAppVersion=0.1.0 installer\windows\concord-desk.iss

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "Concord Desk"
#define AppNameZh "区际协商台"
#define DistDir "..\..\dist\concord-desk"

[Setup]
AppId={{6F1C2B0E-5D1A-4C7E-9B7B-4B1E2D7A9C31}
AppName={#AppNameZh} {#AppName}
AppVersion={#AppVersion}
AppPublisher=Concord Desk
DefaultDirName={localappdata}\Programs\ConcordDesk
DefaultGroupName={#AppNameZh}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
OutputDir=..\..\dist
OutputBaseFilename=concord-desk-{#AppVersion}-setup
SetupIconFile=..\..\resources\icons\concord-desk.ico
UninstallDisplayIcon={app}\ConcordDesk.exe
Compression=lzma2/max
SolidCompression=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
ChangesAssociations=yes
WizardStyle=modern

[Languages]
Name: "chinesesimplified"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Files]
Source: "{#DistDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppNameZh}"; Filename: "{app}\ConcordDesk.exe"; Comment: "{#AppName}"
Name: "{autodesktop}\{#AppNameZh}"; Filename: "{app}\ConcordDesk.exe"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Registry]
; .desk files open in the app (per user: HKCU\Software\Classes, which HKA maps to for a non-admin install)
Root: HKA; Subkey: "Software\Classes\.desk"; ValueType: string; ValueName: ""; ValueData: "ConcordDesk.Case"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\ConcordDesk.Case"; ValueType: string; ValueName: ""; ValueData: "{#AppNameZh}案例文件"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\ConcordDesk.Case\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\ConcordDesk.exe,0"
Root: HKA; Subkey: "Software\Classes\ConcordDesk.Case\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\ConcordDesk.exe"" ""%1"""

[Run]
Filename: "{app}\ConcordDesk.exe"; Description: "{cm:LaunchProgram,{#AppNameZh}}"; Flags: nowait postinstall skipifsilent

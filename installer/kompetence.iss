; Inno Setup script: the Windows installer of Kompetence Desktop.
;
;   iscc /DAppVersion=0.1.0 installer\kompetence.iss
;
; Packs the PyInstaller folder dist\KompetenceDesktop (installer/kompetence.spec)
; into dist\KompetenceDesktop-<version>-windows-x64-setup.exe. The .github/workflows/windows.yml
; workflow builds, installs, self-tests and uninstalls it.
;
; - Per user, no administrator rights: PrivilegesRequired=lowest installs into
;   %LOCALAPPDATA%\Programs\Kompetence Desktop ({autopf} in non administrative
;   install mode) and writes registry keys under HKEY_CURRENT_USER (HKA).
; - Danish wizard (Danish.isl ships with Inno Setup). Needs Inno Setup 6.3 or newer
;   (the x64compatible architecture identifier).
; - Start-menu entry; a desktop icon if the leader ticks it.
; - .kompetence files open in the program and show its icon (per-user keys
;   under HKCU\Software\Classes, removed again on uninstall).
; - kompetence.exe, the command line, beside KompetenceDesktop.exe.
; - The uninstaller removes what Setup installed and nothing else: the leader's
;   .kompetence files, the backups and settings in %LOCALAPPDATA%\KompetenceDesktop
;   are left alone (there is deliberately no [UninstallDelete] section).

#ifndef AppVersion
  #error Give the version: iscc /DAppVersion=X.Y.Z installer\kompetence.iss
#endif

#define AppName "Kompetence Desktop"
#define AppExe "KompetenceDesktop.exe"
#define ProgId "KompetenceDesktop.Fil"

[Setup]
; Never change AppId: it ties updates and the uninstaller to earlier installations.
AppId={{5C0E8C2A-6F1B-4C55-9E0B-6B1D3F4A2E71}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Kompetence Desktop
DefaultDirName={autopf}\{#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
; the bundle is 64-bit (PyInstaller with 64-bit Python)
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\dist
OutputBaseFilename=KompetenceDesktop-{#AppVersion}-windows-x64-setup
SetupIconFile=..\resources\icons\kompetence.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
ChangesAssociations=yes
WizardStyle=modern
Compression=lzma2
SolidCompression=yes
; an open program is closed (Restart Manager) before its files are replaced
CloseApplications=yes

[Languages]
Name: "danish"; MessagesFile: "compiler:Languages\Danish.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "..\dist\KompetenceDesktop\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
Source: "..\resources\icons\kompetence.ico"; DestDir: "{app}"; Flags: ignoreversion

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{userdocs}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{userdocs}"; Tasks: desktopicon

[Registry]
; .kompetence -> Kompetencefil, opened by KompetenceDesktop.exe, with the program's icon.
; HKA is HKEY_CURRENT_USER here (non administrative install mode); Software\Classes under it
; is the per-user part of HKEY_CLASSES_ROOT.
Root: HKA; Subkey: "Software\Classes\.kompetence"; ValueType: string; ValueName: ""; ValueData: "{#ProgId}"; Flags: uninsdeletevalue uninsdeletekeyifempty
Root: HKA; Subkey: "Software\Classes\.kompetence\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue uninsdeletekeyifempty
Root: HKA; Subkey: "Software\Classes\{#ProgId}"; ValueType: string; ValueName: ""; ValueData: "Kompetencefil"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\{#ProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\kompetence.ico"
Root: HKA; Subkey: "Software\Classes\{#ProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".kompetence"; ValueData: ""

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

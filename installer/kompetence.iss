; Inno Setup script: installs the PyInstaller folder and associates .kompetence files.
[Setup]
AppName=Kompetence Desktop
AppVersion=0.1.0
DefaultDirName={autopf}\Kompetence Desktop
DefaultGroupName=Kompetence Desktop
OutputBaseFilename=KompetenceDesktop-setup
ChangesAssociations=yes

[Languages]
Name: "danish"; MessagesFile: "compiler:Languages\Danish.isl"

[Files]
Source: "..\dist\KompetenceDesktop\*"; DestDir: "{app}"; Flags: recursesubdirs

[Icons]
Name: "{group}\Kompetence Desktop"; Filename: "{app}\KompetenceDesktop.exe"

[Registry]
Root: HKA; Subkey: "Software\Classes\.kompetence"; ValueType: string; ValueData: "KompetenceDesktop.fil"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\KompetenceDesktop.fil"; ValueType: string; ValueData: "Kompetencefil"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\KompetenceDesktop.fil\shell\open\command"; ValueType: string; ValueData: """{app}\KompetenceDesktop.exe"" ""%1"""

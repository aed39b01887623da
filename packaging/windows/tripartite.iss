; Inno Setup 6 script: setup.exe of 三方联席秘书台 with a start-menu entry.
;
; Made by "python packaging\build.py --installer" on Windows, which first builds the folder
; dist\tripartite\ with PyInstaller, then runs ISCC.exe with AppVersion, SourceDir and OutputDir
; defined. By hand: iscc /DAppVersion=0.1.0 packaging\windows\tripartite.iss
; The result: dist\tripartite-<version>-setup.exe.
;
; The file is UTF-8 with a BOM (Inno Setup before 6.3 needs the BOM to read the Chinese).
; Installing needs no administrator rights (per user, under %LOCALAPPDATA%\Programs); the
; wizard offers an install for all users to an administrator. Neither install nor uninstall
; touches the data folder (%LOCALAPPDATA%\TripartiteSecretariat\tripartite: the database and
; its backups), so an upgrade or a reinstall keeps every record.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#ifndef SourceDir
  #define SourceDir "..\..\dist\tripartite"
#endif
#ifndef OutputDir
  #define OutputDir "..\..\dist"
#endif
#define AppName "三方联席秘书台"
#define AppExe "tripartite.exe"

[Setup]
; The AppId ties upgrades and the uninstaller to this app: never change it.
AppId={{23E939E9-6355-4994-99A2-CFB37C6D21C2}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=TripartiteSecretariat
VersionInfoVersion={#AppVersion}
VersionInfoProductName={#AppName}
DefaultDirName={autopf}\Tripartite
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
WizardStyle=modern
Compression=lzma2/max
SolidCompression=yes
OutputDir={#OutputDir}
OutputBaseFilename=tripartite-{#AppVersion}-setup
UninstallDisplayName={#AppName}
UninstallDisplayIcon={app}\{#AppExe}
SetupIconFile=..\..\resources\icons\app.ico
CloseApplications=yes

; Code signing of setup.exe, the uninstaller and the two programs. Inno Setup runs the sign tool
; named "signtool" given to the compiler, with $f standing for the file to sign:
;   python packaging\build.py --installer --sign "signtool.exe sign /fd sha256 /tr http://timestamp.digicert.com /td sha256 /a $f"
; passes it as /Ssigntool=... and defines Sign. By hand, give ISCC.exe both:
;   iscc "/Ssigntool=signtool.exe sign /fd sha256 /tr http://timestamp.digicert.com /td sha256 /a $f" /DSign=1 tripartite.iss
; or, in the Inno Setup IDE (Tools > Configure Sign Tools, name "signtool"), uncomment:
;SignTool=signtool
;SignedUninstaller=yes
#ifdef Sign
SignTool=signtool
SignedUninstaller=yes
#endif

[Languages]
; Chinese Simplified ships with newer Inno Setup releases; with an older one, put
; ChineseSimplified.isl (Inno Setup's translations page) into its Languages folder, or the
; wizard speaks English.
#if FileExists(CompilerPath + "Languages\ChineseSimplified.isl")
Name: "chinesesimplified"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"
#endif
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
#ifdef Sign
Source: "{#SourceDir}\tripartite.exe"; DestDir: "{app}"; Flags: ignoreversion sign
Source: "{#SourceDir}\tripartite-cli.exe"; DestDir: "{app}"; Flags: ignoreversion sign
Source: "{#SourceDir}\*"; Excludes: "\tripartite.exe,\tripartite-cli.exe"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
#else
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
#endif

[InstallDelete]
; An upgrade replaces the program folder: no module of an older version stays behind.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

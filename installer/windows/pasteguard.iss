; PasteGuard for Windows: a per-machine install (Inno Setup 6) that starts PasteGuard for every
; user at logon and deploys the organisation's policy to %ProgramData%\PasteGuard\policy.toml.
;
; Build, on Windows after `make dist` (or `python -m PyInstaller --noconfirm --clean build.spec`):
;   iscc /DAppVersion=0.1.0 installer\windows\pasteguard.iss
;   → dist\PasteGuard-0.1.0-setup.exe
;
; Silent install (as administrator; software distribution tools run it so):
;   PasteGuard-0.1.0-setup.exe /VERYSILENT /SUPPRESSMSGBOXES /NORESTART /LOG="%TEMP%\pasteguard-setup.log"
; with the organisation's policy, copied over any policy already there:
;   PasteGuard-0.1.0-setup.exe /VERYSILENT /SUPPRESSMSGBOXES /NORESTART /POLICY="\\fs\it\pasteguard\policy.toml"
; without starting at logon for every user:
;   PasteGuard-0.1.0-setup.exe /VERYSILENT /SUPPRESSMSGBOXES /NORESTART /MERGETASKS="!autostart"
; Silent uninstall (leaves each user's events and settings, and the policy):
;   "C:\Program Files\PasteGuard\unins000.exe" /VERYSILENT /SUPPRESSMSGBOXES /NORESTART
;
; Upgrades: run the newer setup the same way. The AppId below finds the installed copy, running
; PasteGuard processes are closed through the Restart Manager, the policy and all user data stay.
;
; Nobody but administrators (and SYSTEM) can write the program folder or the policy: the folders
; get explicit ACLs, and %ProgramData%\PasteGuard stops inheriting from %ProgramData%, whose
; default ACL lets every user create files (and so would let them plant a weaker policy.toml).

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=X.Y.Z installer\windows\pasteguard.iss
#endif
#ifndef SourceDir
  #define SourceDir "..\..\dist\pasteguard"
#endif
; Windows wants four numbers in the file version; "1.2.0rc1" gives "1.2.0"
#ifndef NumericVersion
  #define NumericVersion AppVersion
#endif

[Setup]
; Never change the AppId: upgrades and the uninstaller find PasteGuard by it.
AppId={{6F0E4C1B-3B7A-4E53-9C2D-5A1F0B8D2E47}
AppName=PasteGuard
AppVersion={#AppVersion}
AppVerName=PasteGuard {#AppVersion}
AppPublisher=PasteGuard
VersionInfoVersion={#NumericVersion}
VersionInfoProductVersion={#NumericVersion}
VersionInfoDescription=PasteGuard setup
DefaultDirName={autopf}\PasteGuard
DisableDirPage=auto
DefaultGroupName=PasteGuard
DisableProgramGroupPage=yes
; per machine only: a per-user install would let the user change the program and the policy
PrivilegesRequired=admin
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir=..\..\dist
OutputBaseFilename=PasteGuard-{#AppVersion}-setup
SetupIconFile=..\..\resources\icons\app.ico
UninstallDisplayIcon={app}\pasteguard.exe
UninstallDisplayName=PasteGuard
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
; running copies hold files open: close them for the upgrade, start them again at next logon
CloseApplications=yes
RestartApplications=no
SetupLogging=yes

[Tasks]
Name: "autostart"; Description: "Start PasteGuard when any user logs on"; Flags: checkedonce

[Dirs]
Name: "{app}"; Permissions: users-readexec admins-full system-full
Name: "{commonappdata}\PasteGuard"; Permissions: users-readexec admins-full system-full; Flags: uninsneveruninstall

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
; the example sets nothing (everything in it is a comment); never replaces a policy already there
Source: "..\policy.example.toml"; DestDir: "{commonappdata}\PasteGuard"; DestName: "policy.toml"; \
  Flags: onlyifdoesntexist uninsneveruninstall; Permissions: users-readexec admins-full system-full
; /POLICY=path deploys the organisation's policy, replacing what is there
Source: "{param:POLICY}"; DestDir: "{commonappdata}\PasteGuard"; DestName: "policy.toml"; \
  Flags: external ignoreversion uninsneveruninstall; Permissions: users-readexec admins-full system-full; \
  Check: PolicyGiven

[Registry]
; every user, at logon (64-bit view; `pasteguard autostart status` reads it)
Root: HKLM; Subkey: "Software\Microsoft\Windows\CurrentVersion\Run"; ValueType: string; \
  ValueName: "PasteGuard"; ValueData: """{app}\pasteguard.exe"""; Flags: uninsdeletevalue; Tasks: autostart
; the Event Log source for `forward.windows_event_log`: .NET's message file shows each event's text
Root: HKLM; Subkey: "SYSTEM\CurrentControlSet\Services\EventLog\Application\PasteGuard"; \
  ValueType: expandsz; ValueName: "EventMessageFile"; \
  ValueData: "%SystemRoot%\Microsoft.NET\Framework64\v4.0.30319\EventLogMessages.dll"; Flags: uninsdeletekey
Root: HKLM; Subkey: "SYSTEM\CurrentControlSet\Services\EventLog\Application\PasteGuard"; \
  ValueType: dword; ValueName: "TypesSupported"; ValueData: 7

[Icons]
Name: "{autoprograms}\PasteGuard"; Filename: "{app}\pasteguard.exe"
Name: "{autoprograms}\PasteGuard event log"; Filename: "{app}\pasteguard.exe"; Parameters: "viewer"

[Run]
; Inno's Permissions only add entries; cut the inheritance from %ProgramData% (SIDs, not names,
; so it works in every language: Administrators, SYSTEM, Users)
Filename: "{sys}\icacls.exe"; \
  Parameters: """{commonappdata}\PasteGuard"" /inheritance:r /grant:r *S-1-5-32-544:(OI)(CI)F *S-1-5-18:(OI)(CI)F *S-1-5-32-545:(OI)(CI)RX"; \
  Flags: runhidden waituntilterminated; StatusMsg: "Protecting the policy folder..."
Filename: "{sys}\icacls.exe"; \
  Parameters: """{commonappdata}\PasteGuard\policy.toml"" /inheritance:r /grant:r *S-1-5-32-544:F *S-1-5-18:F *S-1-5-32-545:RX"; \
  Flags: runhidden waituntilterminated
Filename: "{app}\pasteguard.exe"; Description: "Start PasteGuard now"; \
  Flags: nowait postinstall skipifsilent runasoriginaluser

[UninstallRun]
; every user's running copy (the uninstaller runs as administrator)
Filename: "{sys}\taskkill.exe"; Parameters: "/F /IM pasteguard.exe"; Flags: runhidden; RunOnceId: "StopPasteGuard"

[Code]
function PolicyGiven: Boolean;
begin
  Result := ExpandConstant('{param:POLICY|}') <> '';
end;

function InitializeSetup: Boolean;
begin
  Result := True;
  if PolicyGiven and not FileExists(ExpandConstant('{param:POLICY|}')) then
  begin
    SuppressibleMsgBox('The policy file given with /POLICY does not exist: ' +
      ExpandConstant('{param:POLICY|}'), mbCriticalError, MB_OK, IDOK);
    Result := False;
  end;
end;

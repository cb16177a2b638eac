; Skrivbord's Windows installer (NSIS 3, built on Linux by packaging/bygg-installer.sh).
;
; Per-user install (no administrator rights) to $LOCALAPPDATA\Programs\Skrivbord:
;   python\  the official embeddable CPython 3.12 (x64), python312._pth points at ..\pkgs, ..\app
;   pkgs\    the Windows wheels of packaging/windows.lock, PySide6 trimmed
;   app\     the skrivbord wheel
; The user's databases, settings and logs live in $LOCALAPPDATA\Skrivbord, outside
; the program folder: upgrading never touches them, uninstalling keeps them unless
; the user ticks the box on the uninstaller's page (or passes /TABORTDATA).
;
; Everything version-specific comes from the build as defines:
;   VERSION VI_VERSION UTGIVARE KALLA UTFIL LICENS

!ifndef VERSION | VI_VERSION | UTGIVARE | KALLA | UTFIL | LICENS
  !error "Bygg med packaging/bygg-installer.sh (definitionerna VERSION, KALLA … saknas)"
!endif

Unicode true
Target amd64-unicode
SetCompressor /SOLID lzma
SetCompressorDictSize 32
RequestExecutionLevel user
ManifestDPIAware true
ManifestSupportedOS all

!define APPNAMN "Skrivbord"
!define MUTEX "Local\SkrivbordKor"
!define AVINST_NYCKEL "Software\Microsoft\Windows\CurrentVersion\Uninstall\Skrivbord"
!define IKON_I_KALLA "${KALLA}/app/skrivbord/resurser/ikoner/skrivbord.ico"
!define IKON "$INSTDIR\app\skrivbord\resurser\ikoner\skrivbord.ico"
!define PYTHONW "$INSTDIR\python\pythonw.exe"
!define DATAMAPP "$LOCALAPPDATA\Skrivbord"

Name "${APPNAMN}"
Caption "${APPNAMN} ${VERSION} – installation"
UninstallCaption "${APPNAMN} ${VERSION} – avinstallation"
OutFile "${UTFIL}"
InstallDir "$LOCALAPPDATA\Programs\Skrivbord"
InstallDirRegKey HKCU "${AVINST_NYCKEL}" "InstallLocation"
BrandingText "${APPNAMN} ${VERSION}"
ShowInstDetails hide
ShowUninstDetails hide

!include "MUI2.nsh"
!include "LogicLib.nsh"
!include "WinVer.nsh"
!include "x64.nsh"
!include "FileFunc.nsh"
!include "nsDialogs.nsh"

; --- pages ----------------------------------------------------------------------

!define MUI_ICON "${IKON_I_KALLA}"
!define MUI_UNICON "${IKON_I_KALLA}"
!define MUI_ABORTWARNING
!define MUI_UNABORTWARNING

!define MUI_WELCOMEPAGE_TITLE "Välkommen till installationen av Skrivbord ${VERSION}"
!define MUI_WELCOMEPAGE_TEXT "Skrivbord är ett program för patientsäkerhetsarbetet i kommunal hälso- och sjukvård.$\r$\n$\r$\nProgrammet installeras bara för dig, i din profil, och kräver ingen administratörsbehörighet. Det kräver Windows 10 version 1903 eller senare, 64-bitars.$\r$\n$\r$\nHar du en äldre version installerad ersätts den. Dina databaser och inställningar finns kvar.$\r$\n$\r$\nStäng Skrivbord innan du fortsätter.$\r$\n$\r$\n$_CLICK"
!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_LICENSE "${LICENS}"
!insertmacro MUI_PAGE_COMPONENTS
!insertmacro MUI_PAGE_INSTFILES
!define MUI_FINISHPAGE_RUN "${PYTHONW}"
!define MUI_FINISHPAGE_RUN_PARAMETERS "-m skrivbord"
!define MUI_FINISHPAGE_RUN_TEXT "Starta Skrivbord nu"
!insertmacro MUI_PAGE_FINISH

!insertmacro MUI_UNPAGE_CONFIRM
UninstPage custom un.DataSida un.DataSidaKlar
!insertmacro MUI_UNPAGE_INSTFILES

!insertmacro MUI_LANGUAGE "Swedish"

; --- version details (Explorer's Properties > Details) ------------------------------

VIProductVersion "${VI_VERSION}"
VIFileVersion "${VI_VERSION}"
VIAddVersionKey /LANG=${LANG_SWEDISH} "ProductName" "${APPNAMN}"
VIAddVersionKey /LANG=${LANG_SWEDISH} "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_SWEDISH} "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_SWEDISH} "FileDescription" "Installationsprogram för ${APPNAMN} ${VERSION}"
VIAddVersionKey /LANG=${LANG_SWEDISH} "CompanyName" "${UTGIVARE}"
VIAddVersionKey /LANG=${LANG_SWEDISH} "LegalCopyright" "EUPL-1.2"

; --- shared checks ----------------------------------------------------------------

; Skrivbord holds the named mutex ${MUTEX} while it runs (skrivbord/windows_mutex.py).
!macro KONTROLLERA_STANGT UN
Function ${UN}KontrolleraStangt
  igen:
    System::Call 'kernel32::OpenMutexW(i 0x00100000, i 0, w "${MUTEX}") p .r0'
    ${If} $0 P<> 0
      System::Call 'kernel32::CloseHandle(p r0)'
      MessageBox MB_RETRYCANCEL|MB_ICONEXCLAMATION "Skrivbord är igång.$\r$\n$\r$\nStäng programmet och klicka sedan på Försök igen." /SD IDCANCEL IDRETRY igen
      SetErrorLevel 2
      Quit
    ${EndIf}
FunctionEnd
!macroend
!insertmacro KONTROLLERA_STANGT ""
!insertmacro KONTROLLERA_STANGT "un."

Function .onInit
  ${IfNot} ${RunningX64}
  ${OrIfNot} ${AtLeastWin10}
  ${OrIfNot} ${AtLeastBuild} 18362
    MessageBox MB_OK|MB_ICONSTOP "Skrivbord kräver Windows 10 version 1903 eller senare, 64-bitars." /SD IDOK
    SetErrorLevel 3
    Quit
  ${EndIf}
  Call KontrolleraStangt
FunctionEnd

; --- install ------------------------------------------------------------------------

Section "Skrivbord (krävs)" SecProgram
  SectionIn RO
  Call KontrolleraStangt
  SetOutPath "$INSTDIR"
  ; An upgrade replaces the program folders whole, so no file of an older
  ; version is left behind. User data is not in here.
  RMDir /r "$INSTDIR\python"
  RMDir /r "$INSTDIR\pkgs"
  RMDir /r "$INSTDIR\app"
  File /r "${KALLA}/python"
  File /r "${KALLA}/pkgs"
  File /r "${KALLA}/app"
  File "${KALLA}/ta_bort_nycklar.py"

  ; Bytecode with the installed interpreter itself, so the first start is fast
  ; (the build host has no Python 3.12 of its own). Best effort: a failure only
  ; means Python compiles the modules at first start instead.
  DetailPrint "Förbereder Python-filerna …"
  nsExec::ExecToLog '"$INSTDIR\python\python.exe" -m compileall -q -j 0 "$INSTDIR\app" "$INSTDIR\pkgs"'
  Pop $0
  DetailPrint "compileall: $0"

  WriteUninstaller "$INSTDIR\avinstallera.exe"
  SetOutPath "$INSTDIR"
  CreateShortCut "$SMPROGRAMS\Skrivbord.lnk" "${PYTHONW}" "-m skrivbord" "${IKON}" 0 SW_SHOWNORMAL "" "Skrivbord ${VERSION}"

  WriteRegStr HKCU "${AVINST_NYCKEL}" "DisplayName" "${APPNAMN}"
  WriteRegStr HKCU "${AVINST_NYCKEL}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${AVINST_NYCKEL}" "Publisher" "${UTGIVARE}"
  WriteRegStr HKCU "${AVINST_NYCKEL}" "DisplayIcon" "${IKON}"
  WriteRegStr HKCU "${AVINST_NYCKEL}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${AVINST_NYCKEL}" "UninstallString" '"$INSTDIR\avinstallera.exe"'
  WriteRegStr HKCU "${AVINST_NYCKEL}" "QuietUninstallString" '"$INSTDIR\avinstallera.exe" /S'
  WriteRegDWORD HKCU "${AVINST_NYCKEL}" "NoModify" 1
  WriteRegDWORD HKCU "${AVINST_NYCKEL}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  WriteRegDWORD HKCU "${AVINST_NYCKEL}" "EstimatedSize" "$0"
SectionEnd

Section "Genväg på skrivbordet" SecSkrivbord
  SetOutPath "$INSTDIR"
  CreateShortCut "$DESKTOP\Skrivbord.lnk" "${PYTHONW}" "-m skrivbord" "${IKON}" 0 SW_SHOWNORMAL "" "Skrivbord ${VERSION}"
SectionEnd

!insertmacro MUI_FUNCTION_DESCRIPTION_BEGIN
  !insertmacro MUI_DESCRIPTION_TEXT ${SecProgram} "Programmet och en genväg i Start-menyn."
  !insertmacro MUI_DESCRIPTION_TEXT ${SecSkrivbord} "En genväg till Skrivbord på skrivbordet."
!insertmacro MUI_FUNCTION_DESCRIPTION_END

; --- uninstall ----------------------------------------------------------------------

Var TaBortData
Var Kryssruta

Function un.onInit
  StrCpy $TaBortData ${BST_UNCHECKED}
  ${GetParameters} $R0
  ClearErrors
  ${GetOptions} $R0 "/TABORTDATA" $R1
  ${IfNot} ${Errors}
    StrCpy $TaBortData ${BST_CHECKED}
  ${EndIf}
  Call un.KontrolleraStangt
FunctionEnd

Function un.DataSida
  !insertmacro MUI_HEADER_TEXT "Dina uppgifter" "Välj om dina databaser ska finnas kvar."
  nsDialogs::Create 1018
  Pop $0
  ${NSD_CreateLabel} 0 0 100% 60u "Programmet tas bort. Dina databaser, säkerhetskopior, inställningar och loggar i ${DATAMAPP} finns kvar, liksom databasnycklarna i Windows Autentiseringshanterare, så att du kan installera Skrivbord igen och fortsätta där du var."
  Pop $0
  ${NSD_CreateCheckbox} 0 68u 100% 30u "&Ta även bort databaserna, säkerhetskopiorna, inställningarna, loggarna och databasnycklarna. Det går inte att ångra."
  Pop $Kryssruta
  ${NSD_SetState} $Kryssruta $TaBortData
  nsDialogs::Show
FunctionEnd

Function un.DataSidaKlar
  ${NSD_GetState} $Kryssruta $TaBortData
  ${If} $TaBortData == ${BST_CHECKED}
    MessageBox MB_YESNO|MB_ICONEXCLAMATION|MB_DEFBUTTON2 "Alla databaser och säkerhetskopior i ${DATAMAPP} raderas för gott.$\r$\n$\r$\nEn databas du sparat någon annanstans finns kvar och öppnas med sin återställningsnyckel.$\r$\n$\r$\nVill du radera dem?" IDYES +2
    Abort
  ${EndIf}
FunctionEnd

Section "Uninstall"
  Call un.KontrolleraStangt
  ${If} $TaBortData == ${BST_CHECKED}
    DetailPrint "Tar bort databasnycklarna ur Autentiseringshanteraren …"
    nsExec::ExecToLog '"$INSTDIR\python\python.exe" "$INSTDIR\ta_bort_nycklar.py" "${DATAMAPP}"'
    Pop $0
    RMDir /r "${DATAMAPP}"
  ${EndIf}
  Delete "$SMPROGRAMS\Skrivbord.lnk"
  Delete "$DESKTOP\Skrivbord.lnk"
  RMDir /r "$INSTDIR\python"
  RMDir /r "$INSTDIR\pkgs"
  RMDir /r "$INSTDIR\app"
  Delete "$INSTDIR\ta_bort_nycklar.py"
  Delete "$INSTDIR\avinstallera.exe"
  RMDir "$INSTDIR"
  DeleteRegKey HKCU "${AVINST_NYCKEL}"
SectionEnd

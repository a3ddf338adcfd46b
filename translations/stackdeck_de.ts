<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>DemoStack</name>
    <message>
        <location filename="../ui/main/demostack.cpp" line="38"/>
        <location filename="../ui/main/demostack.cpp" line="90"/>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location filename="../ui/main/demostack.cpp" line="39"/>
        <location filename="../ui/main/demostack.cpp" line="90"/>
        <source>Check the permissions of the data folder.</source>
        <translation>Prüfen Sie die Zugriffsrechte des Datenordners.</translation>
    </message>
    <message>
        <location filename="../ui/main/demostack.cpp" line="44"/>
        <location filename="../ui/main/demostack.cpp" line="64"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/main/demostack.cpp" line="45"/>
        <location filename="../ui/main/demostack.cpp" line="65"/>
        <source>Check the free space and permissions of the data folder.</source>
        <translation>Prüfen Sie freien Platz und Zugriffsrechte des Datenordners.</translation>
    </message>
    <message>
        <location filename="../ui/main/demostack.cpp" line="83"/>
        <source>No writable data folder for the demo stack.</source>
        <translation>Kein beschreibbarer Datenordner für den Demo-Stack.</translation>
    </message>
    <message>
        <location filename="../ui/main/demostack.cpp" line="84"/>
        <source>Set XDG_DATA_HOME or HOME, or open a stack folder instead.</source>
        <translation>Setzen Sie XDG_DATA_HOME oder HOME, oder öffnen Sie stattdessen einen Stack-Ordner.</translation>
    </message>
    <message>
        <location filename="../ui/main/demostack.cpp" line="88"/>
        <source>The demo stack is not part of this build.</source>
        <translation>Der Demo-Stack ist in diesem Build nicht enthalten.</translation>
    </message>
    <message>
        <location filename="../ui/main/demostack.cpp" line="88"/>
        <source>Open a stack folder instead.</source>
        <translation>Öffnen Sie stattdessen einen Stack-Ordner.</translation>
    </message>
</context>
<context>
    <name>Stackdeck::MainWindow</name>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="73"/>
        <source>Services</source>
        <translation>Dienste</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="74"/>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="81"/>
        <location filename="../ui/main/mainwindow.cpp" line="176"/>
        <source>Stackdeck</source>
        <translation>Stackdeck</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="138"/>
        <source>Suggested fix: %1</source>
        <translation>Vorgeschlagene Korrektur: %1</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="156"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="157"/>
        <source>Open &amp;Folder…</source>
        <translation>&amp;Ordner öffnen…</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="159"/>
        <source>Open Compose &amp;Files…</source>
        <translation>Compose-&amp;Dateien öffnen…</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="160"/>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="163"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="173"/>
        <source>%1 — Stackdeck</source>
        <translation>%1 — Stackdeck</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="175"/>
        <source>Could not open the stack: %1</source>
        <translation>Der Stack konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="191"/>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="191"/>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="191"/>
        <source>Published ports</source>
        <translation>Veröffentlichte Ports</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="201"/>
        <source>build: %1</source>
        <translation>Build: %1</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="212"/>
        <source>Services (%1)</source>
        <translation>Dienste (%1)</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="224"/>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="224"/>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="224"/>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="224"/>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="227"/>
        <source>info</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="230"/>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="233"/>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="244"/>
        <source>%1
Fix: %2</source>
        <translation>%1
Korrektur: %2</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="256"/>
        <source>Findings — errors: %1 · warnings: %2 · info: %3</source>
        <translation>Befunde — Fehler: %1 · Warnungen: %2 · Hinweise: %3</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="297"/>
        <source># %1 holds secrets and is not shown here.
</source>
        <translation># %1 enthält Geheimnisse und wird hier nicht angezeigt.
</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="311"/>
        <source># %1 cannot be shown: %2
</source>
        <translation># %1 kann nicht angezeigt werden: %2
</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="335"/>
        <source>No stack loaded</source>
        <translation>Kein Stack geladen</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="338"/>
        <source>%1 — services: %2 · files: %3 — %4 — highlighting: %5</source>
        <translation>%1 — Dienste: %2 · Dateien: %3 — %4 — Hervorhebung: %5</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="356"/>
        <source>Open Stack Folder</source>
        <translation>Stack-Ordner öffnen</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="366"/>
        <source>Open Compose Files</source>
        <translation>Compose-Dateien öffnen</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="368"/>
        <source>Compose files (*.yaml *.yml);;All files (*)</source>
        <translation>Compose-Dateien (*.yaml *.yml);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>Stackdeck::StackOpener</name>
    <message>
        <location filename="../ui/main/stackopener.cpp" line="55"/>
        <source>This build has no compose loader (models/compose is missing).</source>
        <translation>Dieser Build hat keinen Compose-Lader (models/compose fehlt).</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/guimain.cpp" line="40"/>
        <source>Desktop console for a local data-platform stack. Headless commands: check, set, values.</source>
        <translation>Desktop-Konsole für einen lokalen Datenplattform-Stack. Befehle ohne Fenster: check, set, values.</translation>
    </message>
    <message>
        <location filename="../app/guimain.cpp" line="45"/>
        <source>Compose file (repeatable).</source>
        <translation>Compose-Datei (wiederholbar).</translation>
    </message>
    <message>
        <location filename="../app/guimain.cpp" line="48"/>
        <source>Project name.</source>
        <translation>Projektname.</translation>
    </message>
    <message>
        <location filename="../app/guimain.cpp" line="50"/>
        <source>Environment file (repeatable).</source>
        <translation>Umgebungsdatei (wiederholbar).</translation>
    </message>
    <message>
        <location filename="../app/guimain.cpp" line="53"/>
        <source>Profile to enable (repeatable).</source>
        <translation>Zu aktivierendes Profil (wiederholbar).</translation>
    </message>
    <message>
        <location filename="../app/guimain.cpp" line="57"/>
        <source>Stack folder; the demo stack when nothing is given.</source>
        <translation>Stack-Ordner; ohne Angabe der Demo-Stack.</translation>
    </message>
    <message>
        <location filename="../app/guimain.cpp" line="69"/>
        <source>stackdeck: give one folder, or -f FILE ...
</source>
        <translation>stackdeck: Geben Sie einen Ordner oder -f DATEI ... an
</translation>
    </message>
    <message>
        <location filename="../app/guimain.cpp" line="77"/>
        <source>stackdeck: %1
</source>
        <translation>stackdeck: %1
</translation>
    </message>
</context>
</TS>

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
    <name>Stackdeck::FindingPresentation</name>
    <message>
        <location filename="../ui/main/findingpresentation.cpp" line="34"/>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../ui/main/findingpresentation.cpp" line="34"/>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location filename="../ui/main/findingpresentation.cpp" line="34"/>
        <source>info</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <location filename="../ui/main/findingpresentation.cpp" line="46"/>
        <source>%1
Fix: %2</source>
        <translation>%1
Korrektur: %2</translation>
    </message>
</context>
<context>
    <name>Stackdeck::LogFilterBar</name>
    <message>
        <location filename="../ui/logs/logfilterbar.cpp" line="27"/>
        <source>Filter lines (regular expression)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/logs/logfilterbar.cpp" line="38"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/logs/logfilterbar.cpp" line="38"/>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/logs/logfilterbar.cpp" line="38"/>
        <source>Info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/logs/logfilterbar.cpp" line="39"/>
        <source>Debug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/logs/logfilterbar.cpp" line="39"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/logs/logfilterbar.cpp" line="45"/>
        <source>Show lines of this level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/logs/logfilterbar.cpp" line="51"/>
        <location filename="../ui/logs/logfilterbar.cpp" line="124"/>
        <source>Services</source>
        <translation>Dienste</translation>
    </message>
    <message>
        <location filename="../ui/logs/logfilterbar.cpp" line="52"/>
        <source>Choose which services&apos; lines are shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/logs/logfilterbar.cpp" line="124"/>
        <source>Services (%1 of %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stackdeck::LogView</name>
    <message>
        <location filename="../ui/logs/logview.cpp" line="38"/>
        <source>Timestamps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/logs/logview.cpp" line="49"/>
        <source>Find (regular expression)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/logs/logview.cpp" line="56"/>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/logs/logview.cpp" line="57"/>
        <source>Previous match (Shift+F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/logs/logview.cpp" line="61"/>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/logs/logview.cpp" line="62"/>
        <source>Next match (F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/logs/logview.cpp" line="66"/>
        <source>Follow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/logs/logview.cpp" line="67"/>
        <source>Keep the newest line in view; uncheck (or scroll up) to pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/logs/logview.cpp" line="74"/>
        <location filename="../ui/logs/logview.cpp" line="104"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/logs/logview.cpp" line="75"/>
        <source>Copy the selected lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/logs/logview.cpp" line="78"/>
        <source>Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/logs/logview.cpp" line="79"/>
        <source>Save the shown lines to a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/logs/logview.cpp" line="200"/>
        <source>Invalid expression: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/logs/logview.cpp" line="228"/>
        <source>No match for “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/logs/logview.cpp" line="260"/>
        <location filename="../ui/logs/logview.cpp" line="267"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/logs/logview.cpp" line="275"/>
        <source>Save log lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/logs/logview.cpp" line="276"/>
        <source>Log files (*.log *.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/logs/logview.cpp" line="280"/>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/logs/logview.cpp" line="288"/>
        <source>%1 of %2 lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/logs/logview.cpp" line="290"/>
        <source>%1 lines dropped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stackdeck::MainWindow</name>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="77"/>
        <source>Services</source>
        <translation>Dienste</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="78"/>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="85"/>
        <location filename="../ui/main/mainwindow.cpp" line="185"/>
        <source>Stackdeck</source>
        <translation>Stackdeck</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="146"/>
        <source>Suggested fix: %1</source>
        <translation>Vorgeschlagene Korrektur: %1</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="165"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="166"/>
        <source>Open &amp;Folder…</source>
        <translation>&amp;Ordner öffnen…</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="168"/>
        <source>Open Compose &amp;Files…</source>
        <translation>Compose-&amp;Dateien öffnen…</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="169"/>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="172"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="182"/>
        <source>%1 — Stackdeck</source>
        <translation>%1 — Stackdeck</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="184"/>
        <source>Could not open the stack: %1</source>
        <translation>Der Stack konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="200"/>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="200"/>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="200"/>
        <source>Published ports</source>
        <translation>Veröffentlichte Ports</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="209"/>
        <source>build: %1</source>
        <translation>Build: %1</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="220"/>
        <source>Services (%1)</source>
        <translation>Dienste (%1)</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="234"/>
        <source>Findings — errors: %1 · warnings: %2 · info: %3</source>
        <translation>Befunde — Fehler: %1 · Warnungen: %2 · Hinweise: %3</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="275"/>
        <source># %1 holds secrets and is not shown here.
</source>
        <translation># %1 enthält Geheimnisse und wird hier nicht angezeigt.
</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="289"/>
        <source># %1 cannot be shown: %2
</source>
        <translation># %1 kann nicht angezeigt werden: %2
</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="310"/>
        <source>No stack loaded</source>
        <translation>Kein Stack geladen</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="313"/>
        <source>%1 — services: %2 · files: %3 — %4 — highlighting: %5</source>
        <translation>%1 — Dienste: %2 · Dateien: %3 — %4 — Hervorhebung: %5</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="328"/>
        <source>Open Stack Folder</source>
        <translation>Stack-Ordner öffnen</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="338"/>
        <source>Open Compose Files</source>
        <translation>Compose-Dateien öffnen</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="340"/>
        <source>Compose files (*.yaml *.yml);;All files (*)</source>
        <translation>Compose-Dateien (*.yaml *.yml);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>Stackdeck::ServiceRoles</name>
    <message>
        <location filename="../ui/topology/servicerole.cpp" line="76"/>
        <source>Spark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/topology/servicerole.cpp" line="77"/>
        <source>Apps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/topology/servicerole.cpp" line="78"/>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/topology/servicerole.cpp" line="79"/>
        <source>Monitoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/topology/servicerole.cpp" line="80"/>
        <source>Proxy</source>
        <translation type="unfinished"></translation>
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
    <name>Stackdeck::TopologyLayout</name>
    <message>
        <location filename="../ui/topology/topologylayout.cpp" line="47"/>
        <source>The topology could not be laid out: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/topology/topologylayout.cpp" line="48"/>
        <source>unknown Graphviz error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/topology/topologylayout.cpp" line="51"/>
        <source>Check that Graphviz&apos;s dot plugin (libgvc6) is installed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stackdeck::TopologyScene</name>
    <message>
        <location filename="../ui/topology/topologyscene.cpp" line="32"/>
        <source>build: %1</source>
        <translation>Build: %1</translation>
    </message>
</context>
<context>
    <name>Stackdeck::TopologyView</name>
    <message>
        <location filename="../ui/topology/topologyview.cpp" line="37"/>
        <source>Stack topology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/topology/topologyview.cpp" line="47"/>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/topology/topologyview.cpp" line="47"/>
        <source>Fit the whole stack in view (F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/topology/topologyview.cpp" line="48"/>
        <source>+</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/topology/topologyview.cpp" line="48"/>
        <source>Zoom in (+ or Ctrl+wheel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/topology/topologyview.cpp" line="49"/>
        <source>−</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/topology/topologyview.cpp" line="49"/>
        <source>Zoom out (- or Ctrl+wheel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/topology/topologyview.cpp" line="52"/>
        <source>Arrows point to what a service depends on: solid = must be healthy, dashed = must be started, dotted = must complete. Coloured tags are networks.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TopologyEdgeItem</name>
    <message>
        <location filename="../ui/topology/topologyedgeitem.cpp" line="35"/>
        <source>%1 depends on %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/topology/topologyedgeitem.cpp" line="41"/>
        <source>healthy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/topology/topologyedgeitem.cpp" line="43"/>
        <source>completed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TopologyNodeItem</name>
    <message>
        <location filename="../ui/topology/topologynodeitem.cpp" line="74"/>
        <source>not created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/topology/topologynodeitem.cpp" line="75"/>
        <source>created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/topology/topologynodeitem.cpp" line="76"/>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/topology/topologynodeitem.cpp" line="77"/>
        <source>exited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/topology/topologynodeitem.cpp" line="78"/>
        <source>restarting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/topology/topologynodeitem.cpp" line="79"/>
        <source>engine unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/topology/topologynodeitem.cpp" line="83"/>
        <source>healthy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/topology/topologynodeitem.cpp" line="84"/>
        <source>degraded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/topology/topologynodeitem.cpp" line="85"/>
        <source>unhealthy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/topology/topologynodeitem.cpp" line="86"/>
        <source>starting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/topology/topologynodeitem.cpp" line="87"/>
        <source>no healthcheck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/topology/topologynodeitem.cpp" line="90"/>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/topology/topologynodeitem.cpp" line="96"/>
        <source>%1/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/topology/topologynodeitem.cpp" line="101"/>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/topology/topologynodeitem.cpp" line="101"/>
        <location filename="../ui/topology/topologynodeitem.cpp" line="109"/>
        <source>–</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/topology/topologynodeitem.cpp" line="103"/>
        <location filename="../ui/topology/topologynodeitem.cpp" line="112"/>
        <source>%1 · no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/topology/topologynodeitem.cpp" line="104"/>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/topology/topologynodeitem.cpp" line="113"/>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/topology/topologynodeitem.cpp" line="237"/>
        <source>no published ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/topology/topologynodeitem.cpp" line="252"/>
        <source>CPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/topology/topologynodeitem.cpp" line="257"/>
        <source>MEM</source>
        <translation type="unfinished"></translation>
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

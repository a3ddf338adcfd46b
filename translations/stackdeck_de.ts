<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../ui/main/commandline.cpp" line="13"/>
        <source>Desktop console for a local data-platform stack. Headless commands: check, set, values, status, logs.</source>
        <translation>Desktop-Konsole für einen lokalen Data-Platform-Stack. Befehle ohne Fenster: check, set, values, status, logs.</translation>
    </message>
    <message>
        <location filename="../ui/main/commandline.cpp" line="16"/>
        <source>Compose file (repeatable).</source>
        <translation>Compose-Datei (mehrfach angebbar).</translation>
    </message>
    <message>
        <location filename="../ui/main/commandline.cpp" line="17"/>
        <location filename="../ui/main/commandline.cpp" line="21"/>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <location filename="../ui/main/commandline.cpp" line="18"/>
        <source>Project name.</source>
        <translation>Projektname.</translation>
    </message>
    <message>
        <location filename="../ui/main/commandline.cpp" line="19"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location filename="../ui/main/commandline.cpp" line="20"/>
        <source>Environment file (repeatable).</source>
        <translation>Env-Datei (mehrfach angebbar).</translation>
    </message>
    <message>
        <location filename="../ui/main/commandline.cpp" line="22"/>
        <source>Profile to enable (repeatable).</source>
        <translation>Zu aktivierendes Profil (mehrfach angebbar).</translation>
    </message>
    <message>
        <location filename="../ui/main/commandline.cpp" line="23"/>
        <source>PROFILE</source>
        <translation>PROFIL</translation>
    </message>
    <message>
        <location filename="../ui/main/commandline.cpp" line="25"/>
        <source>DIR</source>
        <translation>ORDNER</translation>
    </message>
    <message>
        <location filename="../ui/main/commandline.cpp" line="26"/>
        <source>Stack folder (or one compose file); the demo stack when nothing is given.</source>
        <translation>Stack-Ordner (oder eine Compose-Datei); ohne Angabe der Demo-Stack.</translation>
    </message>
    <message>
        <location filename="../ui/main/commandline.cpp" line="27"/>
        <source>[DIR]</source>
        <translation>[ORDNER]</translation>
    </message>
    <message>
        <location filename="../ui/main/commandline.cpp" line="29"/>
        <source>Run `stackdeck --help` for the options.</source>
        <translation>Die Optionen zeigt `stackdeck --help`.</translation>
    </message>
    <message>
        <location filename="../ui/main/commandline.cpp" line="47"/>
        <source>Give one stack folder, or compose files with -f.</source>
        <translation>Geben Sie einen Stack-Ordner an oder Compose-Dateien mit -f.</translation>
    </message>
    <message>
        <location filename="../ui/main/commandline.cpp" line="48"/>
        <source>For example: stackdeck ~/stacks/data-platform, or stackdeck -f compose.yaml -f dev.yaml</source>
        <translation>Zum Beispiel: stackdeck ~/stacks/data-platform oder stackdeck -f compose.yaml -f dev.yaml</translation>
    </message>
    <message>
        <location filename="../ui/main/commandline.cpp" line="56"/>
        <source>%1: no such folder or file.</source>
        <translation>%1: Ordner oder Datei nicht gefunden.</translation>
    </message>
    <message>
        <location filename="../ui/main/commandline.cpp" line="57"/>
        <source>Give the folder that holds compose.yaml, or run stackdeck without arguments for the demo.</source>
        <translation>Geben Sie den Ordner mit der compose.yaml an, oder starten Sie stackdeck ohne Argumente für die Demo.</translation>
    </message>
</context>
<context>
    <name>ComposeErrorMapper</name>
    <message>
        <location filename="../models/docker/composeerrormapper.cpp" line="75"/>
        <source>Permission denied on the Docker engine&apos;s socket.</source>
        <translation>Zugriff auf den Socket der Docker-Engine verweigert.</translation>
    </message>
    <message>
        <location filename="../models/docker/composeerrormapper.cpp" line="76"/>
        <source>Add your user to the docker group (sudo usermod -aG docker $USER, then log in again), or point DOCKER_HOST at a rootless engine&apos;s socket.</source>
        <translation>Fügen Sie Ihren Benutzer der Gruppe docker hinzu (sudo usermod -aG docker $USER, dann neu anmelden), oder lassen Sie DOCKER_HOST auf den Socket einer rootless Engine zeigen.</translation>
    </message>
    <message>
        <location filename="../models/docker/composeerrormapper.cpp" line="82"/>
        <source>Cannot connect to the Docker engine.</source>
        <translation>Keine Verbindung zur Docker-Engine möglich.</translation>
    </message>
    <message>
        <location filename="../models/docker/composeerrormapper.cpp" line="83"/>
        <source>Start it (sudo systemctl start docker, or dockerd) or set DOCKER_HOST to a running engine.</source>
        <translation>Starten Sie sie (sudo systemctl start docker oder dockerd), oder setzen Sie DOCKER_HOST auf eine laufende Engine.</translation>
    </message>
    <message>
        <location filename="../models/docker/composeerrormapper.cpp" line="92"/>
        <source>The compose file %1 is invalid: %2</source>
        <translation>Die Compose-Datei %1 ist ungültig: %2</translation>
    </message>
    <message>
        <location filename="../models/docker/composeerrormapper.cpp" line="93"/>
        <source>Fix the key it names (stackdeck check shows it with its line), or run config to see the merged file.</source>
        <translation>Korrigieren Sie den genannten Schlüssel (stackdeck check zeigt ihn mit seiner Zeile), oder führen Sie config aus, um die zusammengeführte Datei zu sehen.</translation>
    </message>
    <message>
        <location filename="../models/docker/composeerrormapper.cpp" line="97"/>
        <source>The compose file is not valid YAML: %1</source>
        <translation>Die Compose-Datei ist kein gültiges YAML: %1</translation>
    </message>
    <message>
        <location filename="../models/docker/composeerrormapper.cpp" line="107"/>
        <source>Fix the YAML at the position shown; stackdeck check reports it with its line and column.</source>
        <translation>Korrigieren Sie das YAML an der angezeigten Stelle; stackdeck check meldet sie mit Zeile und Spalte.</translation>
    </message>
    <message>
        <location filename="../models/docker/composeerrormapper.cpp" line="111"/>
        <source>The compose file is invalid: %1</source>
        <translation>Die Compose-Datei ist ungültig: %1</translation>
    </message>
    <message>
        <location filename="../models/docker/composeerrormapper.cpp" line="112"/>
        <source>Fix the key it names (stackdeck check shows it with its line).</source>
        <translation>Korrigieren Sie den genannten Schlüssel (stackdeck check zeigt ihn mit seiner Zeile).</translation>
    </message>
    <message>
        <location filename="../models/docker/composeerrormapper.cpp" line="123"/>
        <source>Port %1 is already in use on the host (%2).</source>
        <translation>Port %1 ist auf dem Host bereits belegt (%2).</translation>
    </message>
    <message>
        <location filename="../models/docker/composeerrormapper.cpp" line="124"/>
        <source>Port %1 is already in use on the host (%2), so %3 cannot publish it.</source>
        <translation>Port %1 ist auf dem Host bereits belegt (%2), daher kann %3 ihn nicht veröffentlichen.</translation>
    </message>
    <message>
        <location filename="../models/docker/composeerrormapper.cpp" line="125"/>
        <source>Stop the program or container listening on port %1, or change the published port in the compose file.</source>
        <translation>Beenden Sie das Programm oder den Container, der auf Port %1 lauscht, oder ändern Sie den veröffentlichten Port in der Compose-Datei.</translation>
    </message>
    <message>
        <location filename="../models/docker/composeerrormapper.cpp" line="133"/>
        <source>Image %1 cannot be found.</source>
        <translation>Das Image %1 wurde nicht gefunden.</translation>
    </message>
    <message>
        <location filename="../models/docker/composeerrormapper.cpp" line="134"/>
        <source>Check the image name and tag, run docker login for a private registry, or build the image locally.</source>
        <translation>Prüfen Sie Name und Tag des Images, führen Sie für eine private Registry docker login aus, oder bauen Sie das Image lokal.</translation>
    </message>
    <message>
        <location filename="../models/docker/composeerrormapper.cpp" line="144"/>
        <source>An image is not available locally and its registry cannot be reached (%1).</source>
        <translation>Ein Image ist lokal nicht vorhanden, und seine Registry ist nicht erreichbar (%1).</translation>
    </message>
    <message>
        <location filename="../models/docker/composeerrormapper.cpp" line="145"/>
        <source>Image %1 is not available locally and its registry cannot be reached (%2).</source>
        <translation>Das Image %1 ist lokal nicht vorhanden, und seine Registry ist nicht erreichbar (%2).</translation>
    </message>
    <message>
        <location filename="../models/docker/composeerrormapper.cpp" line="146"/>
        <source>Check the network and proxy settings, or load the image locally (docker load or docker import).</source>
        <translation>Prüfen Sie Netzwerk- und Proxy-Einstellungen, oder laden Sie das Image lokal (docker load oder docker import).</translation>
    </message>
    <message>
        <location filename="../models/docker/composeerrormapper.cpp" line="151"/>
        <source>%1 failed with exit status %2.</source>
        <translation>%1 ist mit Exit-Status %2 fehlgeschlagen.</translation>
    </message>
    <message>
        <location filename="../models/docker/composeerrormapper.cpp" line="152"/>
        <source>%1 failed with exit status %2: %3</source>
        <translation>%1 ist mit Exit-Status %2 fehlgeschlagen: %3</translation>
    </message>
    <message>
        <location filename="../models/docker/composeerrormapper.cpp" line="153"/>
        <source>See the command&apos;s output for details.</source>
        <translation>Einzelheiten stehen in der Ausgabe des Befehls.</translation>
    </message>
</context>
<context>
    <name>ComposeV1Filter</name>
    <message>
        <location filename="../models/docker/composev1filter.cpp" line="105"/>
        <source>docker-compose v1 does not accept %1 here, and it shares its line with other keys.</source>
        <translation>docker-compose v1 akzeptiert %1 an dieser Stelle nicht, und es steht in einer Zeile mit anderen Schlüsseln.</translation>
    </message>
    <message>
        <location filename="../models/docker/composev1filter.cpp" line="109"/>
        <source>Write the mapping in block style (one key per line), or install the docker compose v2 plugin.</source>
        <translation>Schreiben Sie das Mapping im Blockstil (ein Schlüssel pro Zeile), oder installieren Sie das Plugin docker compose v2.</translation>
    </message>
    <message>
        <location filename="../models/docker/composev1filter.cpp" line="154"/>
        <source>Cannot write a v1-compatible copy of %1: %2</source>
        <translation>Eine v1-kompatible Kopie von %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../models/docker/composev1filter.cpp" line="157"/>
        <source>Make the compose file&apos;s folder writable, or install the docker compose v2 plugin.</source>
        <translation>Machen Sie den Ordner der Compose-Datei beschreibbar, oder installieren Sie das Plugin docker compose v2.</translation>
    </message>
</context>
<context>
    <name>ContainerHealthProbe</name>
    <message>
        <location filename="../models/health/containerhealth.cpp" line="55"/>
        <source>Container created but not started.</source>
        <translation>Container erstellt, aber nicht gestartet.</translation>
    </message>
    <message>
        <location filename="../models/health/containerhealth.cpp" line="56"/>
        <source>Container is not running (%1, exit code %2).</source>
        <translation>Container läuft nicht (%1, Exit-Code %2).</translation>
    </message>
    <message>
        <location filename="../models/health/containerhealth.cpp" line="59"/>
        <source>Container was killed for running out of memory (exit code %1).</source>
        <translation>Container wurde wegen Speichermangels beendet (Exit-Code %1).</translation>
    </message>
    <message>
        <location filename="../models/health/containerhealth.cpp" line="62"/>
        <source>Container keeps restarting (last exit code %1).</source>
        <translation>Container startet immer wieder neu (letzter Exit-Code %1).</translation>
    </message>
    <message>
        <location filename="../models/health/containerhealth.cpp" line="65"/>
        <source>Container is paused.</source>
        <translation>Container ist pausiert.</translation>
    </message>
    <message>
        <location filename="../models/health/containerhealth.cpp" line="67"/>
        <source>Running; the container defines no health check.</source>
        <translation>Läuft; der Container definiert keinen Healthcheck.</translation>
    </message>
    <message>
        <location filename="../models/health/containerhealth.cpp" line="69"/>
        <source>Health check passes.</source>
        <translation>Healthcheck erfolgreich.</translation>
    </message>
    <message>
        <location filename="../models/health/containerhealth.cpp" line="73"/>
        <source>Starting: health check failed %1 time(s) so far.</source>
        <translation>Startet: Healthcheck bisher %1-mal fehlgeschlagen.</translation>
    </message>
    <message>
        <location filename="../models/health/containerhealth.cpp" line="74"/>
        <source>Starting: health check has not passed yet.</source>
        <translation>Startet: Healthcheck noch nicht erfolgreich.</translation>
    </message>
    <message>
        <location filename="../models/health/containerhealth.cpp" line="76"/>
        <source>Health check failing (%1 in a row).</source>
        <translation>Healthcheck schlägt fehl (%1-mal in Folge).</translation>
    </message>
    <message>
        <location filename="../models/health/containerhealth.cpp" line="78"/>
        <source>Health check timed out (%1 failures in a row).</source>
        <translation>Healthcheck-Zeitüberschreitung (%1 Fehlschläge in Folge).</translation>
    </message>
    <message>
        <location filename="../models/health/containerhealth.cpp" line="81"/>
        <source>Last output: %1</source>
        <translation>Letzte Ausgabe: %1</translation>
    </message>
    <message>
        <location filename="../models/health/containerhealth.cpp" line="84"/>
        <source>Unrecognised health status &quot;%1&quot;.</source>
        <translation>Unbekannter Health-Status „%1“.</translation>
    </message>
</context>
<context>
    <name>DemoStack</name>
    <message>
        <location filename="../ui/main/demostack.cpp" line="38"/>
        <location filename="../ui/main/demostack.cpp" line="95"/>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location filename="../ui/main/demostack.cpp" line="39"/>
        <location filename="../ui/main/demostack.cpp" line="95"/>
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
        <translation>Prüfen Sie freien Speicherplatz und Zugriffsrechte des Datenordners.</translation>
    </message>
    <message>
        <location filename="../ui/main/demostack.cpp" line="89"/>
        <source>No writable data folder for the demo stack.</source>
        <translation>Kein beschreibbarer Datenordner für den Demo-Stack.</translation>
    </message>
    <message>
        <location filename="../ui/main/demostack.cpp" line="90"/>
        <source>Set XDG_DATA_HOME or HOME, or open a stack folder instead.</source>
        <translation>Setzen Sie XDG_DATA_HOME oder HOME, oder öffnen Sie stattdessen einen Stack-Ordner.</translation>
    </message>
    <message>
        <location filename="../ui/main/demostack.cpp" line="93"/>
        <source>The demo stack is not part of this build.</source>
        <translation>Der Demo-Stack ist in diesem Build nicht enthalten.</translation>
    </message>
    <message>
        <location filename="../ui/main/demostack.cpp" line="93"/>
        <source>Open a stack folder instead.</source>
        <translation>Öffnen Sie stattdessen einen Stack-Ordner.</translation>
    </message>
</context>
<context>
    <name>GrafanaProbe</name>
    <message>
        <location filename="../models/health/grafanaprobe.cpp" line="37"/>
        <source>%1 with a body that is not Grafana&apos;s health JSON.</source>
        <translation>%1 mit einem Inhalt, der nicht Grafanas Health-JSON ist.</translation>
    </message>
    <message>
        <location filename="../models/health/grafanaprobe.cpp" line="39"/>
        <source>Grafana answers, but its database is failing (%1).</source>
        <translation>Grafana antwortet, aber seine Datenbank hat Fehler (%1).</translation>
    </message>
    <message>
        <location filename="../models/health/grafanaprobe.cpp" line="41"/>
        <source>Grafana answered %1.</source>
        <translation>Grafana antwortete mit %1.</translation>
    </message>
    <message>
        <location filename="../models/health/grafanaprobe.cpp" line="43"/>
        <source>Grafana is up; its database is ok.</source>
        <translation>Grafana läuft; seine Datenbank ist in Ordnung.</translation>
    </message>
    <message>
        <location filename="../models/health/grafanaprobe.cpp" line="45"/>
        <source>Grafana answers %1 (no database field).</source>
        <translation>Grafana antwortet mit %1 (kein database-Feld).</translation>
    </message>
    <message>
        <location filename="../models/health/grafanaprobe.cpp" line="47"/>
        <source>Grafana reports database &quot;%1&quot;.</source>
        <translation>Grafana meldet für die Datenbank „%1“.</translation>
    </message>
</context>
<context>
    <name>HealthSummary</name>
    <message>
        <location filename="../ui/health/healthsummary.cpp" line="24"/>
        <source> +%1</source>
        <translation> +%1</translation>
    </message>
    <message>
        <location filename="../ui/health/healthsummary.cpp" line="33"/>
        <source>healthy</source>
        <translation>gesund</translation>
    </message>
    <message>
        <location filename="../ui/health/healthsummary.cpp" line="34"/>
        <location filename="../ui/health/healthsummary.cpp" line="39"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../ui/health/healthsummary.cpp" line="35"/>
        <source>degraded</source>
        <translation>beeinträchtigt</translation>
    </message>
    <message>
        <location filename="../ui/health/healthsummary.cpp" line="36"/>
        <source>unhealthy</source>
        <translation>ungesund</translation>
    </message>
    <message>
        <location filename="../ui/health/healthsummary.cpp" line="37"/>
        <source>down</source>
        <translation>ausgefallen</translation>
    </message>
    <message>
        <location filename="../ui/health/healthsummary.cpp" line="55"/>
        <source>No services to watch</source>
        <translation>Keine Services zu überwachen</translation>
    </message>
    <message>
        <location filename="../ui/health/healthsummary.cpp" line="57"/>
        <source>Stack healthy — all %1 services healthy</source>
        <translation>Stack gesund — alle %1 Services gesund</translation>
    </message>
    <message>
        <location filename="../ui/health/healthsummary.cpp" line="64"/>
        <source>Stack health unknown — no verdict yet for %1</source>
        <translation>Stack-Zustand unbekannt — noch kein Ergebnis für %1</translation>
    </message>
    <message>
        <location filename="../ui/health/healthsummary.cpp" line="90"/>
        <location filename="../ui/health/healthsummary.cpp" line="113"/>
        <location filename="../ui/health/healthsummary.cpp" line="115"/>
        <source>%1 is %2</source>
        <translation>%1 ist %2</translation>
    </message>
    <message>
        <location filename="../ui/health/healthsummary.cpp" line="91"/>
        <source>%1 is %2 (%3 affected)</source>
        <translation>%1 ist %2 (betroffen: %3)</translation>
    </message>
    <message>
        <location filename="../ui/health/healthsummary.cpp" line="95"/>
        <source>; +%1 more</source>
        <translation>; +%1 weitere</translation>
    </message>
    <message>
        <location filename="../ui/health/healthsummary.cpp" line="97"/>
        <source>root cause: %1</source>
        <translation>Ursache: %1</translation>
    </message>
    <message>
        <location filename="../ui/health/healthsummary.cpp" line="97"/>
        <source>root causes: %1</source>
        <translation>Ursachen: %1</translation>
    </message>
    <message>
        <location filename="../ui/health/healthsummary.cpp" line="98"/>
        <source>Stack %1 — %2</source>
        <translation>Stack %1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/health/healthsummary.cpp" line="104"/>
        <source>No services probed yet</source>
        <translation>Noch keine Services geprüft</translation>
    </message>
    <message>
        <location filename="../ui/health/healthsummary.cpp" line="117"/>
        <source>%1 of %2 healthy</source>
        <translation>%1 von %2 gesund</translation>
    </message>
    <message>
        <location filename="../ui/health/healthsummary.cpp" line="121"/>
        <source> (root cause)</source>
        <translation> (Ursache)</translation>
    </message>
    <message>
        <location filename="../ui/health/healthsummary.cpp" line="121"/>
        <source> (root causes)</source>
        <translation> (Ursachen)</translation>
    </message>
    <message>
        <location filename="../ui/health/healthsummary.cpp" line="127"/>
        <source>%1 unknown</source>
        <translation>%1 unbekannt</translation>
    </message>
</context>
<context>
    <name>HostResolver</name>
    <message>
        <location filename="../models/health/hostresolver.cpp" line="39"/>
        <source>Looking up %1 took longer than %2 ms.</source>
        <translation>Die Namensauflösung von %1 dauerte länger als %2 ms.</translation>
    </message>
    <message>
        <location filename="../models/health/hostresolver.cpp" line="45"/>
        <source>Host name %1 cannot be resolved.</source>
        <translation>Der Hostname %1 kann nicht aufgelöst werden.</translation>
    </message>
</context>
<context>
    <name>HttpProbe</name>
    <message>
        <location filename="../models/health/httpprobe.cpp" line="121"/>
        <source>Connection refused on %1: nothing is listening.</source>
        <translation>Verbindung zu %1 abgelehnt: Dort lauscht nichts.</translation>
    </message>
    <message>
        <location filename="../models/health/httpprobe.cpp" line="125"/>
        <source>No answer to connect on %1 within %2.</source>
        <translation>Keine Antwort auf den Verbindungsaufbau zu %1 innerhalb von %2.</translation>
    </message>
    <message>
        <location filename="../models/health/httpprobe.cpp" line="130"/>
        <source>Connected to %1, but %2 did not answer within %3.</source>
        <translation>Mit %1 verbunden, aber %2 antwortete nicht innerhalb von %3.</translation>
    </message>
    <message>
        <location filename="../models/health/httpprobe.cpp" line="135"/>
        <source>Host name %1 cannot be resolved.</source>
        <translation>Der Hostname %1 kann nicht aufgelöst werden.</translation>
    </message>
    <message>
        <location filename="../models/health/httpprobe.cpp" line="138"/>
        <source>TLS handshake with %1 failed: %2.</source>
        <translation>TLS-Handshake mit %1 fehlgeschlagen: %2.</translation>
    </message>
    <message>
        <location filename="../models/health/httpprobe.cpp" line="142"/>
        <source>%1 answered, but not with valid HTTP (%2).</source>
        <translation>%1 antwortete, aber nicht mit gültigem HTTP (%2).</translation>
    </message>
    <message>
        <location filename="../models/health/httpprobe.cpp" line="147"/>
        <source>%1 sent a body larger than %2 KiB; the probe stopped reading.</source>
        <translation>%1 sandte einen Inhalt größer als %2 KiB; die Probe hat das Lesen abgebrochen.</translation>
    </message>
    <message>
        <location filename="../models/health/httpprobe.cpp" line="151"/>
        <source>Request to %1 failed: %2.</source>
        <translation>Anfrage an %1 fehlgeschlagen: %2.</translation>
    </message>
    <message>
        <location filename="../models/health/httpprobe.cpp" line="177"/>
        <source>Reports %1 (%2).</source>
        <translation>Meldet %1 (%2).</translation>
    </message>
    <message>
        <location filename="../models/health/httpprobe.cpp" line="179"/>
        <source>Body says %1, but the server answered %2.</source>
        <translation>Der Inhalt sagt %1, aber der Server antwortete mit %2.</translation>
    </message>
    <message>
        <location filename="../models/health/httpprobe.cpp" line="182"/>
        <source>Reports degraded (%1).</source>
        <translation>Meldet „beeinträchtigt“ (%1).</translation>
    </message>
    <message>
        <location filename="../models/health/httpprobe.cpp" line="183"/>
        <source>Reports degraded: %1.</source>
        <translation>Meldet „beeinträchtigt“: %1.</translation>
    </message>
    <message>
        <location filename="../models/health/httpprobe.cpp" line="186"/>
        <source>Reports unhealthy (%1).</source>
        <translation>Meldet „ungesund“ (%1).</translation>
    </message>
    <message>
        <location filename="../models/health/httpprobe.cpp" line="187"/>
        <source>Reports unhealthy (%1): %2.</source>
        <translation>Meldet „ungesund“ (%1): %2.</translation>
    </message>
    <message>
        <location filename="../models/health/httpprobe.cpp" line="190"/>
        <source>Reports an unrecognised status &quot;%1&quot; (%2).</source>
        <translation>Meldet einen unbekannten Status „%1“ (%2).</translation>
    </message>
    <message>
        <location filename="../models/health/httpprobe.cpp" line="196"/>
        <source>Expected HTTP %1 from %2, got %3.</source>
        <translation>HTTP %1 von %2 erwartet, erhalten: %3.</translation>
    </message>
    <message>
        <location filename="../models/health/httpprobe.cpp" line="197"/>
        <source>%1 answered %2.</source>
        <translation>%1 antwortete mit %2.</translation>
    </message>
    <message>
        <location filename="../models/health/httpprobe.cpp" line="200"/>
        <source>%1, but the JSON health body does not parse.</source>
        <translation>%1, aber der JSON-Health-Inhalt lässt sich nicht parsen.</translation>
    </message>
    <message>
        <location filename="../models/health/httpprobe.cpp" line="202"/>
        <source>Answers %1.</source>
        <translation>Antwortet mit %1.</translation>
    </message>
</context>
<context>
    <name>PostgresProbe</name>
    <message>
        <location filename="../models/health/postgresprobe.cpp" line="42"/>
        <source>Accepting connections.</source>
        <translation>Nimmt Verbindungen an.</translation>
    </message>
    <message>
        <location filename="../models/health/postgresprobe.cpp" line="46"/>
        <source>Rejecting connections: the server is starting up, shutting down or in recovery.</source>
        <translation>Lehnt Verbindungen ab: Der Server startet, fährt herunter oder ist in der Wiederherstellung.</translation>
    </message>
    <message>
        <location filename="../models/health/postgresprobe.cpp" line="50"/>
        <source>No response from PostgreSQL on %1 within %2 s.</source>
        <translation>Keine Antwort von PostgreSQL auf %1 innerhalb von %2 s.</translation>
    </message>
    <message>
        <location filename="../models/health/postgresprobe.cpp" line="52"/>
        <source>No response from PostgreSQL on %1: nothing is listening.</source>
        <translation>Keine Antwort von PostgreSQL auf %1: Dort lauscht nichts.</translation>
    </message>
    <message>
        <location filename="../models/health/postgresprobe.cpp" line="55"/>
        <source>Not attempted: the connection parameters are invalid.</source>
        <translation>Nicht versucht: Die Verbindungsparameter sind ungültig.</translation>
    </message>
    <message>
        <location filename="../models/health/postgresprobe.cpp" line="79"/>
        <source>This build has no libpq: PostgreSQL readiness is not probed.</source>
        <translation>Dieser Build hat kein libpq: Die Bereitschaft von PostgreSQL wird nicht geprüft.</translation>
    </message>
</context>
<context>
    <name>ProbeFactory</name>
    <message>
        <location filename="../models/health/probefactory.cpp" line="141"/>
        <source>Write x-stackdeck: {probe: {kind: http, port: 8000, path: /health, expect: 200}}.</source>
        <translation>Schreiben Sie x-stackdeck: {probe: {kind: http, port: 8000, path: /health, expect: 200}}.</translation>
    </message>
    <message>
        <location filename="../models/health/probefactory.cpp" line="149"/>
        <location filename="../models/health/probefactory.cpp" line="279"/>
        <source>Unknown probe kind &quot;%1&quot;.</source>
        <translation>Unbekannte Probe-Art „%1“.</translation>
    </message>
    <message>
        <location filename="../models/health/probefactory.cpp" line="158"/>
        <source>Probe port must be a number from 1 to 65535.</source>
        <translation>Der Probe-Port muss eine Zahl von 1 bis 65535 sein.</translation>
    </message>
    <message>
        <location filename="../models/health/probefactory.cpp" line="176"/>
        <source>x-stackdeck.probe.%1 must be a whole number.</source>
        <translation>x-stackdeck.probe.%1 muss eine ganze Zahl sein.</translation>
    </message>
    <message>
        <location filename="../models/health/probefactory.cpp" line="183"/>
        <source>Probe timeout &quot;%1&quot; is not a duration like 3s or 500ms.</source>
        <translation>Der Probe-Timeout „%1“ ist keine Dauer wie 3s oder 500ms.</translation>
    </message>
    <message>
        <location filename="../models/health/probefactory.cpp" line="237"/>
        <source>Image %1: %2 probe on published port %3.</source>
        <translation>Image %1: %2-Probe auf dem veröffentlichten Port %3.</translation>
    </message>
    <message>
        <location filename="../models/health/probefactory.cpp" line="253"/>
        <source>Healthcheck URL %1 on published port %2.</source>
        <translation>Healthcheck-URL %1 auf dem veröffentlichten Port %2.</translation>
    </message>
    <message>
        <location filename="../models/health/probefactory.cpp" line="260"/>
        <source>The container&apos;s own health check.</source>
        <translation>Der eigene Healthcheck des Containers.</translation>
    </message>
    <message>
        <location filename="../models/health/probefactory.cpp" line="264"/>
        <source>TCP connect to the first published port %1.</source>
        <translation>TCP-Verbindung zum ersten veröffentlichten Port %1.</translation>
    </message>
    <message>
        <location filename="../models/health/probefactory.cpp" line="266"/>
        <source>No published port and no health check: nothing to probe from the host.</source>
        <translation>Kein veröffentlichter Port und kein Healthcheck: Vom Host aus gibt es nichts zu prüfen.</translation>
    </message>
    <message>
        <location filename="../models/health/probefactory.cpp" line="284"/>
        <source>x-stackdeck.probe must be a mapping or a probe kind, not %1.</source>
        <translation>x-stackdeck.probe muss ein Mapping oder eine Probe-Art sein, nicht %1.</translation>
    </message>
    <message>
        <location filename="../models/health/probefactory.cpp" line="296"/>
        <source>The probe needs a port: the service publishes none.</source>
        <translation>Die Probe braucht einen Port: Der Service veröffentlicht keinen.</translation>
    </message>
    <message>
        <location filename="../models/health/probefactory.cpp" line="299"/>
        <source>Set in x-stackdeck.</source>
        <translation>Festgelegt in x-stackdeck.</translation>
    </message>
</context>
<context>
    <name>ProbeRunner</name>
    <message>
        <location filename="../models/health/proberunner.cpp" line="33"/>
        <source>Waiting for the container&apos;s health state.</source>
        <translation>Warten auf den Health-Status des Containers.</translation>
    </message>
    <message>
        <location filename="../models/health/proberunner.cpp" line="38"/>
        <source>No probe for this service.</source>
        <translation>Keine Probe für diesen Service.</translation>
    </message>
</context>
<context>
    <name>PrometheusProbe</name>
    <message>
        <location filename="../models/health/prometheusprobe.cpp" line="25"/>
        <source>Ready to serve queries.</source>
        <translation>Bereit für Abfragen.</translation>
    </message>
    <message>
        <location filename="../models/health/prometheusprobe.cpp" line="28"/>
        <source>Not ready (HTTP 503): still loading its TSDB/WAL or shutting down.</source>
        <translation>Nicht bereit (HTTP 503): lädt noch seine TSDB/WAL oder fährt herunter.</translation>
    </message>
    <message>
        <location filename="../models/health/prometheusprobe.cpp" line="32"/>
        <source>%1 answered %2; is this Prometheus?</source>
        <translation>%1 antwortete mit %2; ist das Prometheus?</translation>
    </message>
</context>
<context>
    <name>RedisProbe</name>
    <message>
        <location filename="../models/health/redisprobe.cpp" line="36"/>
        <source>Closed the connection without answering PING.</source>
        <translation>Hat die Verbindung geschlossen, ohne auf PING zu antworten.</translation>
    </message>
    <message>
        <location filename="../models/health/redisprobe.cpp" line="38"/>
        <source>Answers PING with PONG.</source>
        <translation>Antwortet auf PING mit PONG.</translation>
    </message>
    <message>
        <location filename="../models/health/redisprobe.cpp" line="40"/>
        <source>Still loading its dataset into memory; not serving yet.</source>
        <translation>Lädt noch seinen Datenbestand in den Speicher; noch nicht bereit.</translation>
    </message>
    <message>
        <location filename="../models/health/redisprobe.cpp" line="43"/>
        <source>Redis answers, but PING needs a password.</source>
        <translation>Redis antwortet, aber PING verlangt ein Passwort.</translation>
    </message>
    <message>
        <location filename="../models/health/redisprobe.cpp" line="46"/>
        <source>Redis answers, but rejected the probe&apos;s password.</source>
        <translation>Redis antwortet, hat aber das Passwort der Probe abgelehnt.</translation>
    </message>
    <message>
        <location filename="../models/health/redisprobe.cpp" line="48"/>
        <source>Busy running a script; commands are blocked.</source>
        <translation>Mit einem Skript beschäftigt; Befehle sind blockiert.</translation>
    </message>
    <message>
        <location filename="../models/health/redisprobe.cpp" line="50"/>
        <source>Replica lost its link to the master.</source>
        <translation>Das Replikat hat die Verbindung zum Master verloren.</translation>
    </message>
    <message>
        <location filename="../models/health/redisprobe.cpp" line="52"/>
        <source>Redis answered with an error: %1</source>
        <translation>Redis antwortete mit einem Fehler: %1</translation>
    </message>
    <message>
        <location filename="../models/health/redisprobe.cpp" line="54"/>
        <source>Not a Redis reply to PING: &quot;%1&quot;.</source>
        <translation>Keine Redis-Antwort auf PING: „%1“.</translation>
    </message>
    <message>
        <location filename="../models/health/redisprobe.cpp" line="81"/>
        <source>Connected to %1:%2, but no answer to PING within %3.</source>
        <translation>Mit %1:%2 verbunden, aber keine Antwort auf PING innerhalb von %3.</translation>
    </message>
</context>
<context>
    <name>ServiceConfigSummary</name>
    <message>
        <location filename="../ui/inspector/serviceconfigsummary.cpp" line="18"/>
        <source>%1 (healthy)</source>
        <translation>%1 (gesund)</translation>
    </message>
    <message>
        <location filename="../ui/inspector/serviceconfigsummary.cpp" line="20"/>
        <source>%1 (completed)</source>
        <translation>%1 (abgeschlossen)</translation>
    </message>
    <message>
        <location filename="../ui/inspector/serviceconfigsummary.cpp" line="22"/>
        <source>%1 (started)</source>
        <translation>%1 (gestartet)</translation>
    </message>
    <message>
        <location filename="../ui/inspector/serviceconfigsummary.cpp" line="24"/>
        <source>, optional</source>
        <translation>, optional</translation>
    </message>
    <message>
        <location filename="../ui/inspector/serviceconfigsummary.cpp" line="33"/>
        <source>limit %1</source>
        <translation>Limit %1</translation>
    </message>
    <message>
        <location filename="../ui/inspector/serviceconfigsummary.cpp" line="35"/>
        <source>reserved %1</source>
        <translation>reserviert %1</translation>
    </message>
    <message>
        <location filename="../ui/inspector/serviceconfigsummary.cpp" line="36"/>
        <source>no limit</source>
        <translation>kein Limit</translation>
    </message>
    <message>
        <location filename="../ui/inspector/serviceconfigsummary.cpp" line="42"/>
        <source>disabled</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <location filename="../ui/inspector/serviceconfigsummary.cpp" line="53"/>
        <source>every %1</source>
        <translation>alle %1</translation>
    </message>
    <message>
        <location filename="../ui/inspector/serviceconfigsummary.cpp" line="55"/>
        <source>timeout %1</source>
        <translation>Timeout %1</translation>
    </message>
    <message>
        <location filename="../ui/inspector/serviceconfigsummary.cpp" line="57"/>
        <source>%1 retries</source>
        <translation>%1 Wiederholungen</translation>
    </message>
    <message>
        <location filename="../ui/inspector/serviceconfigsummary.cpp" line="59"/>
        <source>start period %1</source>
        <translation>Startphase %1</translation>
    </message>
    <message>
        <location filename="../ui/inspector/serviceconfigsummary.cpp" line="72"/>
        <source>built from %1</source>
        <translation>gebaut aus %1</translation>
    </message>
    <message>
        <location filename="../ui/inspector/serviceconfigsummary.cpp" line="73"/>
        <source>%1 (built from %2)</source>
        <translation>%1 (gebaut aus %2)</translation>
    </message>
    <message>
        <location filename="../ui/inspector/serviceconfigsummary.cpp" line="74"/>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <location filename="../ui/inspector/serviceconfigsummary.cpp" line="74"/>
        <location filename="../ui/inspector/serviceconfigsummary.cpp" line="92"/>
        <location filename="../ui/inspector/serviceconfigsummary.cpp" line="96"/>
        <location filename="../ui/inspector/serviceconfigsummary.cpp" line="97"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../ui/inspector/serviceconfigsummary.cpp" line="76"/>
        <source>Entrypoint</source>
        <translation>Entrypoint</translation>
    </message>
    <message>
        <location filename="../ui/inspector/serviceconfigsummary.cpp" line="77"/>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <location filename="../ui/inspector/serviceconfigsummary.cpp" line="77"/>
        <source>image default</source>
        <translation>Standard des Images</translation>
    </message>
    <message>
        <location filename="../ui/inspector/serviceconfigsummary.cpp" line="78"/>
        <source>Restart</source>
        <translation>Neustart</translation>
    </message>
    <message>
        <location filename="../ui/inspector/serviceconfigsummary.cpp" line="78"/>
        <source>no (default)</source>
        <translation>no (Standard)</translation>
    </message>
    <message>
        <location filename="../ui/inspector/serviceconfigsummary.cpp" line="79"/>
        <source>Replicas</source>
        <translation>Replikate</translation>
    </message>
    <message>
        <location filename="../ui/inspector/serviceconfigsummary.cpp" line="80"/>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location filename="../ui/inspector/serviceconfigsummary.cpp" line="82"/>
        <source>Memory</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <location filename="../ui/inspector/serviceconfigsummary.cpp" line="87"/>
        <source>Depends on</source>
        <translation>Hängt ab von</translation>
    </message>
    <message>
        <location filename="../ui/inspector/serviceconfigsummary.cpp" line="87"/>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <location filename="../ui/inspector/serviceconfigsummary.cpp" line="88"/>
        <source>Networks</source>
        <translation>Netzwerke</translation>
    </message>
    <message>
        <location filename="../ui/inspector/serviceconfigsummary.cpp" line="88"/>
        <source>default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location filename="../ui/inspector/serviceconfigsummary.cpp" line="91"/>
        <source>%1 (read-only)</source>
        <translation>%1 (schreibgeschützt)</translation>
    </message>
    <message>
        <location filename="../ui/inspector/serviceconfigsummary.cpp" line="92"/>
        <source>Volumes</source>
        <translation>Volumes</translation>
    </message>
    <message>
        <location filename="../ui/inspector/serviceconfigsummary.cpp" line="96"/>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <location filename="../ui/inspector/serviceconfigsummary.cpp" line="97"/>
        <source>Healthcheck</source>
        <translation>Healthcheck</translation>
    </message>
    <message>
        <location filename="../ui/inspector/serviceconfigsummary.cpp" line="176"/>
        <source>%1 (not published)</source>
        <translation>%1 (nicht veröffentlicht)</translation>
    </message>
    <message>
        <location filename="../ui/inspector/serviceconfigsummary.cpp" line="180"/>
        <source>%1%2 → %3</source>
        <translation>%1%2 → %3</translation>
    </message>
</context>
<context>
    <name>ServiceStatusText</name>
    <message>
        <location filename="../ui/inspector/servicestatustext.cpp" line="11"/>
        <source>Not created</source>
        <translation>Nicht erstellt</translation>
    </message>
    <message>
        <location filename="../ui/inspector/servicestatustext.cpp" line="12"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location filename="../ui/inspector/servicestatustext.cpp" line="13"/>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <location filename="../ui/inspector/servicestatustext.cpp" line="14"/>
        <source>Exited</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <location filename="../ui/inspector/servicestatustext.cpp" line="15"/>
        <source>Restarting</source>
        <translation>Startet neu</translation>
    </message>
    <message>
        <location filename="../ui/inspector/servicestatustext.cpp" line="16"/>
        <source>Engine unavailable</source>
        <translation>Engine nicht verfügbar</translation>
    </message>
    <message>
        <location filename="../ui/inspector/servicestatustext.cpp" line="18"/>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <location filename="../ui/inspector/servicestatustext.cpp" line="26"/>
        <source>no healthcheck</source>
        <translation>kein Healthcheck</translation>
    </message>
    <message>
        <location filename="../ui/inspector/servicestatustext.cpp" line="27"/>
        <source>starting</source>
        <translation>startet</translation>
    </message>
    <message>
        <location filename="../ui/inspector/servicestatustext.cpp" line="28"/>
        <source>healthy</source>
        <translation>gesund</translation>
    </message>
    <message>
        <location filename="../ui/inspector/servicestatustext.cpp" line="29"/>
        <source>degraded</source>
        <translation>beeinträchtigt</translation>
    </message>
    <message>
        <location filename="../ui/inspector/servicestatustext.cpp" line="30"/>
        <source>unhealthy</source>
        <translation>ungesund</translation>
    </message>
    <message>
        <location filename="../ui/inspector/servicestatustext.cpp" line="43"/>
        <source>%1/%2 replicas</source>
        <translation>%1/%2 Replikate</translation>
    </message>
    <message>
        <location filename="../ui/inspector/servicestatustext.cpp" line="45"/>
        <source>%1 restarts</source>
        <translation>%1 Neustarts</translation>
    </message>
    <message>
        <location filename="../ui/inspector/servicestatustext.cpp" line="53"/>
        <source>CPU %1%</source>
        <translation>CPU %1 %</translation>
    </message>
    <message>
        <location filename="../ui/inspector/servicestatustext.cpp" line="56"/>
        <source>memory %1 of %2</source>
        <translation>Speicher %1 von %2</translation>
    </message>
    <message>
        <location filename="../ui/inspector/servicestatustext.cpp" line="58"/>
        <source>memory %1</source>
        <translation>Speicher %1</translation>
    </message>
    <message>
        <location filename="../ui/inspector/servicestatustext.cpp" line="67"/>
        <source>Cause: %1</source>
        <translation>Ursache: %1</translation>
    </message>
    <message>
        <location filename="../ui/inspector/servicestatustext.cpp" line="71"/>
        <source>A replica was killed for running out of memory: raise the memory limit or lower the load.</source>
        <translation>Ein Replikat wurde wegen Speichermangels beendet: Erhöhen Sie das Speicherlimit oder senken Sie die Last.</translation>
    </message>
    <message>
        <location filename="../ui/inspector/servicestatustext.cpp" line="73"/>
        <source>Restart loop: the container keeps exiting; its logs say why.</source>
        <translation>Neustartschleife: Der Container beendet sich immer wieder; seine Logs nennen den Grund.</translation>
    </message>
</context>
<context>
    <name>SetCommand</name>
    <message>
        <location filename="../models/commands/setcommand.cpp" line="39"/>
        <source>&quot;%1&quot; is not PATH=VALUE.</source>
        <translation>„%1“ hat nicht die Form PATH=VALUE.</translation>
    </message>
    <message>
        <location filename="../models/commands/setcommand.cpp" line="40"/>
        <source>write e.g. services.spark-worker.deploy.resources.limits.memory=8G</source>
        <translation>schreiben Sie z. B. services.spark-worker.deploy.resources.limits.memory=8G</translation>
    </message>
    <message>
        <location filename="../models/commands/setcommand.cpp" line="43"/>
        <source>&quot;%1&quot; has an empty key in its path.</source>
        <translation>„%1“ enthält einen leeren Schlüssel im Pfad.</translation>
    </message>
    <message>
        <location filename="../models/commands/setcommand.cpp" line="44"/>
        <source>separate keys with single dots</source>
        <translation>trennen Sie Schlüssel mit einzelnen Punkten</translation>
    </message>
    <message>
        <location filename="../models/commands/setcommand.cpp" line="51"/>
        <source>The value &quot;%1&quot; is not a single YAML scalar.</source>
        <translation>Der Wert „%1“ ist kein einzelner YAML-Skalar.</translation>
    </message>
    <message>
        <location filename="../models/commands/setcommand.cpp" line="52"/>
        <source>quote it, e.g. &apos;%1=&quot;a: b&quot;&apos;</source>
        <translation>setzen Sie ihn in Anführungszeichen, z. B. &apos;%1=&quot;a: b&quot;&apos;</translation>
    </message>
    <message>
        <location filename="../models/commands/setcommand.cpp" line="79"/>
        <source>%1 needs a value.</source>
        <translation>%1 braucht einen Wert.</translation>
    </message>
    <message>
        <location filename="../models/commands/setcommand.cpp" line="79"/>
        <location filename="../models/commands/setcommand.cpp" line="89"/>
        <source>see stackdeck set --help</source>
        <translation>siehe stackdeck set --help</translation>
    </message>
    <message>
        <location filename="../models/commands/setcommand.cpp" line="89"/>
        <source>Unknown option %1.</source>
        <translation>Unbekannte Option %1.</translation>
    </message>
    <message>
        <location filename="../models/commands/setcommand.cpp" line="98"/>
        <source>Nothing to set.</source>
        <translation>Nichts zu setzen.</translation>
    </message>
    <message>
        <location filename="../models/commands/setcommand.cpp" line="98"/>
        <source>give one or more PATH=VALUE, e.g. services.web.image=nginx:1.27</source>
        <translation>geben Sie ein oder mehrere PATH=VALUE an, z. B. services.web.image=nginx:1.27</translation>
    </message>
    <message>
        <location filename="../models/commands/setcommand.cpp" line="123"/>
        <source>Usage: stackdeck set [-f FILE ...] [--env-file F] [--profile P] [--dry-run] PATH=VALUE ...
Changes values in the compose files, validates the result and writes it safely.
  PATH   keys and list indices joined by dots, e.g. services.spark-worker.deploy.resources.limits.memory
  VALUE  YAML scalar text: 8G, 2, &apos;&quot;2&quot;&apos; for the string 2
Exit status: 0 written (or would be, with --dry-run), 2 refused: nothing written.
</source>
        <translation>Aufruf: stackdeck set [-f FILE ...] [--env-file F] [--profile P] [--dry-run] PATH=VALUE ...
Ändert Werte in den Compose-Dateien, prüft das Ergebnis und schreibt es sicher.
  PATH   Schlüssel und Listenindizes, durch Punkte verbunden, z. B. services.spark-worker.deploy.resources.limits.memory
  VALUE  YAML-Skalar als Text: 8G, 2, &apos;&quot;2&quot;&apos; für die Zeichenkette 2
Exit-Status: 0 geschrieben (bzw. mit --dry-run: würde geschrieben), 2 abgelehnt: nichts geschrieben.
</translation>
    </message>
    <message>
        <location filename="../models/commands/setcommand.cpp" line="155"/>
        <source>No compose file to change.</source>
        <translation>Keine Compose-Datei zum Ändern.</translation>
    </message>
    <message>
        <location filename="../models/commands/setcommand.cpp" line="157"/>
        <source>Nothing was written.</source>
        <translation>Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location filename="../models/commands/setcommand.cpp" line="167"/>
        <source>Cannot create a scratch folder to validate the change.</source>
        <translation>Kein temporärer Ordner zum Prüfen der Änderung anlegbar.</translation>
    </message>
    <message>
        <location filename="../models/commands/setcommand.cpp" line="185"/>
        <source>Cannot write a scratch copy to validate the change.</source>
        <translation>Keine temporäre Kopie zum Prüfen der Änderung schreibbar.</translation>
    </message>
    <message>
        <location filename="../models/commands/setcommand.cpp" line="210"/>
        <source>stackdeck set: the result has errors; nothing was written.</source>
        <translation>stackdeck set: Das Ergebnis enthält Fehler; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location filename="../models/commands/setcommand.cpp" line="214"/>
        <source>Dry run: nothing was written.</source>
        <translation>Probelauf: Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location filename="../models/commands/setcommand.cpp" line="227"/>
        <source>Wrote %1 (previous version kept in %2).</source>
        <translation>%1 geschrieben (vorherige Version in %2 aufbewahrt).</translation>
    </message>
</context>
<context>
    <name>SparkMasterProbe</name>
    <message>
        <location filename="../models/health/sparkmasterprobe.cpp" line="52"/>
        <source>Spark master UI answered %1.</source>
        <translation>Die Oberfläche des Spark-Masters antwortete mit %1.</translation>
    </message>
    <message>
        <location filename="../models/health/sparkmasterprobe.cpp" line="60"/>
        <source>%1 did not return a Spark master state.</source>
        <translation>%1 lieferte keinen Spark-Master-Status.</translation>
    </message>
    <message>
        <location filename="../models/health/sparkmasterprobe.cpp" line="92"/>
        <source>%1/%2 alive</source>
        <translation>%1/%2 aktiv</translation>
    </message>
    <message>
        <location filename="../models/health/sparkmasterprobe.cpp" line="96"/>
        <source>Standby master: it waits for the active master to fail and schedules nothing.</source>
        <translation>Standby-Master: Er wartet auf einen Ausfall des aktiven Masters und plant nichts ein.</translation>
    </message>
    <message>
        <location filename="../models/health/sparkmasterprobe.cpp" line="98"/>
        <source>Master is recovering its state (%1).</source>
        <translation>Der Master stellt seinen Zustand wieder her (%1).</translation>
    </message>
    <message>
        <location filename="../models/health/sparkmasterprobe.cpp" line="100"/>
        <source>Master reports status %1.</source>
        <translation>Der Master meldet den Status %1.</translation>
    </message>
    <message>
        <location filename="../models/health/sparkmasterprobe.cpp" line="103"/>
        <source>Master is up but no worker is alive (0/%1).</source>
        <translation>Der Master läuft, aber kein Worker ist aktiv (0/%1).</translation>
    </message>
    <message>
        <location filename="../models/health/sparkmasterprobe.cpp" line="104"/>
        <source>Master is up but no worker has registered.</source>
        <translation>Der Master läuft, aber kein Worker hat sich registriert.</translation>
    </message>
    <message>
        <location filename="../models/health/sparkmasterprobe.cpp" line="106"/>
        <source>Only %1 of %2 workers alive.</source>
        <translation>Nur %1 von %2 Workern aktiv.</translation>
    </message>
    <message>
        <location filename="../models/health/sparkmasterprobe.cpp" line="108"/>
        <source>Lost: %1.</source>
        <translation>Verloren: %1.</translation>
    </message>
    <message>
        <location filename="../models/health/sparkmasterprobe.cpp" line="112"/>
        <source>%1 workers alive; %2 of %3 cores in use; %4 running application(s).</source>
        <translation>%1 Worker aktiv; %2 von %3 Kernen belegt; %4 laufende Anwendung(en).</translation>
    </message>
    <message>
        <location filename="../models/health/sparkmasterprobe.cpp" line="115"/>
        <source>(not reported)</source>
        <translation>(nicht gemeldet)</translation>
    </message>
    <message>
        <location filename="../models/health/sparkmasterprobe.cpp" line="117"/>
        <location filename="../models/health/sparkmasterprobe.cpp" line="118"/>
        <source>%1/%2 used</source>
        <translation>%1/%2 belegt</translation>
    </message>
</context>
<context>
    <name>StackHealth</name>
    <message>
        <location filename="../models/health/stackhealth.cpp" line="112"/>
        <source>Not probed yet.</source>
        <translation>Noch nicht geprüft.</translation>
    </message>
    <message>
        <location filename="../models/health/stackhealth.cpp" line="117"/>
        <source>because %1 is %2</source>
        <translation>weil %1 %2 ist</translation>
    </message>
    <message>
        <location filename="../models/health/stackhealth.cpp" line="128"/>
        <source>No services.</source>
        <translation>Keine Services.</translation>
    </message>
    <message>
        <location filename="../models/health/stackhealth.cpp" line="130"/>
        <source>All %1 services healthy.</source>
        <translation>Alle %1 Services gesund.</translation>
    </message>
    <message>
        <location filename="../models/health/stackhealth.cpp" line="131"/>
        <source>No problems seen; some services are not probed.</source>
        <translation>Keine Probleme festgestellt; einige Services werden nicht geprüft.</translation>
    </message>
</context>
<context>
    <name>Stackdeck::AnchorPatcher</name>
    <message>
        <location filename="../models/editor/anchorpatcher.cpp" line="100"/>
        <source>Cannot keep the alias uses of the anchor while changing %1; nothing was changed.</source>
        <translation>Die Alias-Verwendungen des Ankers lassen sich beim Ändern von %1 nicht erhalten; es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../models/editor/anchorpatcher.cpp" line="102"/>
        <location filename="../models/editor/anchorpatcher.cpp" line="109"/>
        <source>make this change by hand</source>
        <translation>nehmen Sie diese Änderung von Hand vor</translation>
    </message>
    <message>
        <location filename="../models/editor/anchorpatcher.cpp" line="107"/>
        <source>Changing %1 would leave text that does not parse; nothing was changed.</source>
        <translation>Das Ändern von %1 würde Text hinterlassen, der sich nicht parsen lässt; es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>Stackdeck::AppliedHistory</name>
    <message>
        <location filename="../models/editor/appliedhistory.cpp" line="57"/>
        <location filename="../models/editor/appliedhistory.cpp" line="124"/>
        <location filename="../models/editor/appliedhistory.cpp" line="278"/>
        <source>Cannot read %1: %2.</source>
        <translation>%1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <location filename="../models/editor/appliedhistory.cpp" line="58"/>
        <source>the applied version is incomplete; remove its folder</source>
        <translation>die angewendete Version ist unvollständig; entfernen Sie ihren Ordner</translation>
    </message>
    <message>
        <location filename="../models/editor/appliedhistory.cpp" line="69"/>
        <source>%1 is not an applied-version index.</source>
        <translation>%1 ist kein Index angewendeter Versionen.</translation>
    </message>
    <message>
        <location filename="../models/editor/appliedhistory.cpp" line="70"/>
        <source>remove the folder %1</source>
        <translation>entfernen Sie den Ordner %1</translation>
    </message>
    <message>
        <location filename="../models/editor/appliedhistory.cpp" line="120"/>
        <source>%1 is outside the project folder %2; only files inside it can be recorded.</source>
        <translation>%1 liegt außerhalb des Projektordners %2; nur Dateien darin können erfasst werden.</translation>
    </message>
    <message>
        <location filename="../models/editor/appliedhistory.cpp" line="121"/>
        <source>move the file into the project folder</source>
        <translation>verschieben Sie die Datei in den Projektordner</translation>
    </message>
    <message>
        <location filename="../models/editor/appliedhistory.cpp" line="125"/>
        <source>check the file exists and is readable</source>
        <translation>prüfen Sie, ob die Datei existiert und lesbar ist</translation>
    </message>
    <message>
        <location filename="../models/editor/appliedhistory.cpp" line="134"/>
        <source>Cannot create the history folder %1.</source>
        <translation>Der Verlaufsordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location filename="../models/editor/appliedhistory.cpp" line="135"/>
        <location filename="../models/editor/appliedhistory.cpp" line="139"/>
        <source>check that the project folder is writable</source>
        <translation>prüfen Sie, ob der Projektordner beschreibbar ist</translation>
    </message>
    <message>
        <location filename="../models/editor/appliedhistory.cpp" line="138"/>
        <source>Cannot create the version folder %1.</source>
        <translation>Der Versionsordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location filename="../models/editor/appliedhistory.cpp" line="143"/>
        <location filename="../models/editor/appliedhistory.cpp" line="282"/>
        <source>Cannot create the folder for %1.</source>
        <translation>Der Ordner für %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location filename="../models/editor/appliedhistory.cpp" line="186"/>
        <source>&quot;%1&quot; is not an applied version id.</source>
        <translation>„%1“ ist keine gültige ID einer angewendeten Version.</translation>
    </message>
    <message>
        <location filename="../models/editor/appliedhistory.cpp" line="190"/>
        <source>No applied version %1: %2</source>
        <translation>Keine angewendete Version %1: %2</translation>
    </message>
    <message>
        <location filename="../models/editor/appliedhistory.cpp" line="195"/>
        <source>Applied version %1 lacks %2: %3.</source>
        <translation>Der angewendeten Version %1 fehlt %2: %3.</translation>
    </message>
    <message>
        <location filename="../models/editor/appliedhistory.cpp" line="196"/>
        <source>the version is damaged; restore another one</source>
        <translation>die Version ist beschädigt; stellen Sie eine andere wieder her</translation>
    </message>
    <message>
        <location filename="../models/editor/appliedhistory.cpp" line="209"/>
        <source>No successfully applied version is recorded.</source>
        <translation>Es ist keine erfolgreich angewendete Version erfasst.</translation>
    </message>
    <message>
        <location filename="../models/editor/appliedhistory.cpp" line="210"/>
        <source>No applied version is recorded.</source>
        <translation>Es ist keine angewendete Version erfasst.</translation>
    </message>
    <message>
        <location filename="../models/editor/appliedhistory.cpp" line="211"/>
        <source>apply the project once to start its history</source>
        <translation>wenden Sie das Projekt einmal an, um seinen Verlauf zu beginnen</translation>
    </message>
    <message>
        <location filename="../models/editor/appliedhistory.cpp" line="279"/>
        <source>check its permissions</source>
        <translation>prüfen Sie ihre Zugriffsrechte</translation>
    </message>
    <message>
        <location filename="../models/editor/appliedhistory.cpp" line="291"/>
        <source>restore applied version %1</source>
        <translation>angewendete Version %1 wiederherstellen</translation>
    </message>
</context>
<context>
    <name>Stackdeck::ApplyPanel</name>
    <message>
        <location filename="../ui/editor/applypanel.cpp" line="64"/>
        <location filename="../ui/editor/applypanel.cpp" line="66"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../ui/editor/applypanel.cpp" line="64"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location filename="../ui/editor/applypanel.cpp" line="64"/>
        <source>Why</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location filename="../ui/editor/applypanel.cpp" line="65"/>
        <source>Validate and plan</source>
        <translation>Validieren und planen</translation>
    </message>
    <message>
        <location filename="../ui/editor/applypanel.cpp" line="65"/>
        <source>Confirm and apply</source>
        <translation>Bestätigen und anwenden</translation>
    </message>
    <message>
        <location filename="../ui/editor/applypanel.cpp" line="66"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../ui/editor/applypanel.cpp" line="66"/>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <location filename="../ui/editor/applypanel.cpp" line="101"/>
        <source>Validate the edits to see what applying them does.</source>
        <translation>Validieren Sie die Änderungen, um zu sehen, was das Anwenden bewirkt.</translation>
    </message>
    <message>
        <location filename="../ui/editor/applypanel.cpp" line="127"/>
        <source>The files cannot be loaded: %1</source>
        <translation>Die Dateien können nicht geladen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/editor/applypanel.cpp" line="135"/>
        <source>Fix these errors before applying:
%1</source>
        <translation>Beheben Sie vor dem Anwenden diese Fehler:
%1</translation>
    </message>
    <message>
        <location filename="../ui/editor/applypanel.cpp" line="175"/>
        <source>Compared with the version applied %1.</source>
        <translation>Verglichen mit der Version, die %1 angewendet wurde.</translation>
    </message>
    <message>
        <location filename="../ui/editor/applypanel.cpp" line="176"/>
        <source>No applied version is recorded yet: compared with the files as opened, which are kept as the first version.</source>
        <translation>Noch keine angewendete Version erfasst: verglichen mit den Dateien wie geöffnet, die als erste Version aufbewahrt werden.</translation>
    </message>
    <message>
        <location filename="../ui/editor/applypanel.cpp" line="178"/>
        <source>Nothing to do: every service is left alone. %1</source>
        <translation>Nichts zu tun: Kein Service wird angetastet. %1</translation>
    </message>
    <message>
        <location filename="../ui/editor/applypanel.cpp" line="180"/>
        <source>Plan: %1. %2 Confirm to save and apply.</source>
        <translation>Plan: %1. %2 Bestätigen, um zu speichern und anzuwenden.</translation>
    </message>
    <message>
        <location filename="../ui/editor/applypanel.cpp" line="209"/>
        <source>as found before the first apply</source>
        <translation>wie vor der ersten Anwendung vorgefunden</translation>
    </message>
    <message>
        <location filename="../ui/editor/applypanel.cpp" line="218"/>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <location filename="../ui/editor/applypanel.cpp" line="241"/>
        <source>Rolling back…</source>
        <translation>Rollback läuft…</translation>
    </message>
    <message>
        <location filename="../ui/editor/applypanel.cpp" line="241"/>
        <source>Applying: %1…</source>
        <translation>Wird angewendet: %1…</translation>
    </message>
    <message>
        <location filename="../ui/editor/applypanel.cpp" line="271"/>
        <source>rolled back to %1</source>
        <translation>zurückgesetzt auf %1</translation>
    </message>
    <message>
        <location filename="../ui/editor/applypanel.cpp" line="276"/>
        <source>Rolled back: %1 healthy.</source>
        <translation>Zurückgesetzt: %1 gesund.</translation>
    </message>
    <message>
        <location filename="../ui/editor/applypanel.cpp" line="277"/>
        <source>Applied: %1 healthy.</source>
        <translation>Angewendet: %1 gesund.</translation>
    </message>
    <message>
        <location filename="../ui/editor/applypanel.cpp" line="278"/>
        <source>Recorded as version %1.</source>
        <translation>Als Version %1 erfasst.</translation>
    </message>
    <message>
        <location filename="../ui/editor/applypanel.cpp" line="280"/>
        <source>Apply failed at %1.</source>
        <translation>Anwenden fehlgeschlagen bei %1.</translation>
    </message>
    <message>
        <location filename="../ui/editor/applypanel.cpp" line="280"/>
        <source>compose</source>
        <translation>compose</translation>
    </message>
    <message>
        <location filename="../ui/editor/applypanel.cpp" line="285"/>
        <source>Roll back to %1</source>
        <translation>Zurücksetzen auf %1</translation>
    </message>
    <message>
        <location filename="../ui/editor/applypanel.cpp" line="300"/>
        <source>Cannot read version %1: %2</source>
        <translation>Version %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/editor/applypanel.cpp" line="307"/>
        <source>Rollback not written: %1</source>
        <translation>Rollback nicht geschrieben: %1</translation>
    </message>
    <message>
        <location filename="../ui/editor/applypanel.cpp" line="313"/>
        <source>The restored files do not load: %1</source>
        <translation>Die wiederhergestellten Dateien lassen sich nicht laden: %1</translation>
    </message>
</context>
<context>
    <name>Stackdeck::ApplyPlan</name>
    <message>
        <location filename="../models/editor/applyplan.cpp" line="20"/>
        <source>create</source>
        <translation>erstellen</translation>
    </message>
    <message>
        <location filename="../models/editor/applyplan.cpp" line="21"/>
        <source>recreate</source>
        <translation>neu erstellen</translation>
    </message>
    <message>
        <location filename="../models/editor/applyplan.cpp" line="22"/>
        <source>restart</source>
        <translation>neu starten</translation>
    </message>
    <message>
        <location filename="../models/editor/applyplan.cpp" line="23"/>
        <source>remove</source>
        <translation>entfernen</translation>
    </message>
    <message>
        <location filename="../models/editor/applyplan.cpp" line="24"/>
        <source>leave alone</source>
        <translation>unverändert lassen</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/editor/applyplan.cpp" line="59"/>
        <source>nothing to change (%n service(s) left alone)</source>
        <translation>
            <numerusform>nichts zu ändern (%n Service bleibt unverändert)</numerusform>
            <numerusform>nichts zu ändern (%n Services bleiben unverändert)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/editor/applyplan.cpp" line="61"/>
        <source>leave %n alone</source>
        <translation>
            <numerusform>%n unverändert lassen</numerusform>
            <numerusform>%n unverändert lassen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Stackdeck::ApplyPlanner</name>
    <message>
        <location filename="../models/editor/applyplanner.cpp" line="105"/>
        <source>running; no applied version recorded to compare with</source>
        <translation>läuft; keine angewendete Version zum Vergleich erfasst</translation>
    </message>
    <message>
        <location filename="../models/editor/applyplanner.cpp" line="108"/>
        <location filename="../models/editor/applyplanner.cpp" line="125"/>
        <source>not running</source>
        <translation>läuft nicht</translation>
    </message>
    <message>
        <location filename="../models/editor/applyplanner.cpp" line="112"/>
        <source>new service</source>
        <translation>neuer Service</translation>
    </message>
    <message>
        <location filename="../models/editor/applyplanner.cpp" line="144"/>
        <source>removed from the file</source>
        <translation>aus der Datei entfernt</translation>
    </message>
    <message>
        <location filename="../models/editor/applyplanner.cpp" line="145"/>
        <source>running but not in the file</source>
        <translation>läuft, steht aber nicht in der Datei</translation>
    </message>
</context>
<context>
    <name>Stackdeck::ApplyRun</name>
    <message>
        <location filename="../models/editor/applyrun.cpp" line="143"/>
        <source>The apply was cancelled.</source>
        <translation>Das Anwenden wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>Stackdeck::CheckCommand</name>
    <message>
        <location filename="../models/commands/checkcommand.cpp" line="53"/>
        <source>no problems found in %1 file(s)</source>
        <translation>keine Probleme in %1 Datei(en) gefunden</translation>
    </message>
    <message>
        <location filename="../models/commands/checkcommand.cpp" line="54"/>
        <source>%1 error(s), %2 warning(s), %3 info(s) in %4 file(s)</source>
        <translation>%1 Fehler, %2 Warnung(en), %3 Hinweis(e) in %4 Datei(en)</translation>
    </message>
    <message>
        <location filename="../models/commands/checkcommand.cpp" line="91"/>
        <source>Load a compose project and report problems as file:line:column findings.</source>
        <translation>Lädt ein Compose-Projekt und meldet Probleme als Befunde im Format Datei:Zeile:Spalte.</translation>
    </message>
    <message>
        <location filename="../models/commands/checkcommand.cpp" line="92"/>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <location filename="../models/commands/checkcommand.cpp" line="94"/>
        <source>Compose file (repeat to merge; default: discovery).</source>
        <translation>Compose-Datei (mehrfach angeben zum Zusammenführen; Standard: automatische Suche).</translation>
    </message>
    <message>
        <location filename="../models/commands/checkcommand.cpp" line="94"/>
        <location filename="../models/commands/checkcommand.cpp" line="95"/>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <location filename="../models/commands/checkcommand.cpp" line="95"/>
        <source>Env file for interpolation.</source>
        <translation>Env-Datei für die Variablenersetzung.</translation>
    </message>
    <message>
        <location filename="../models/commands/checkcommand.cpp" line="96"/>
        <source>Activate a profile.</source>
        <translation>Ein Profil aktivieren.</translation>
    </message>
    <message>
        <location filename="../models/commands/checkcommand.cpp" line="96"/>
        <source>PROFILE</source>
        <translation>PROFIL</translation>
    </message>
    <message>
        <location filename="../models/commands/checkcommand.cpp" line="97"/>
        <source>Project folder.</source>
        <translation>Projektordner.</translation>
    </message>
    <message>
        <location filename="../models/commands/checkcommand.cpp" line="97"/>
        <source>DIR</source>
        <translation>ORDNER</translation>
    </message>
    <message>
        <location filename="../models/commands/checkcommand.cpp" line="98"/>
        <source>Output format: text or json.</source>
        <translation>Ausgabeformat: text oder json.</translation>
    </message>
    <message>
        <location filename="../models/commands/checkcommand.cpp" line="98"/>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <location filename="../models/commands/checkcommand.cpp" line="100"/>
        <source>Exit 1 when there are warnings.</source>
        <translation>Mit 1 beenden, wenn es Warnungen gibt.</translation>
    </message>
    <message>
        <location filename="../models/commands/checkcommand.cpp" line="102"/>
        <source>Apply the production rules to every file.</source>
        <translation>Die Produktionsregeln auf jede Datei anwenden.</translation>
    </message>
    <message>
        <location filename="../models/commands/checkcommand.cpp" line="104"/>
        <source>CPUs to check limits against (default: this machine).</source>
        <translation>CPUs, gegen die Limits geprüft werden (Standard: dieser Rechner).</translation>
    </message>
    <message>
        <location filename="../models/commands/checkcommand.cpp" line="104"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location filename="../models/commands/checkcommand.cpp" line="106"/>
        <source>Memory to check limits against, e.g. 16g (default: this machine).</source>
        <translation>Speicher, gegen den Limits geprüft werden, z. B. 16g (Standard: dieser Rechner).</translation>
    </message>
    <message>
        <location filename="../models/commands/checkcommand.cpp" line="107"/>
        <source>SIZE</source>
        <translation>GRÖSSE</translation>
    </message>
    <message>
        <location filename="../models/commands/checkcommand.cpp" line="122"/>
        <source>unexpected argument %1</source>
        <translation>unerwartetes Argument %1</translation>
    </message>
    <message>
        <location filename="../models/commands/checkcommand.cpp" line="125"/>
        <source>--format must be text or json, not %1</source>
        <translation>--format muss text oder json sein, nicht %1</translation>
    </message>
    <message>
        <location filename="../models/commands/checkcommand.cpp" line="133"/>
        <source>--machine-cpus must be a positive number</source>
        <translation>--machine-cpus muss eine positive Zahl sein</translation>
    </message>
    <message>
        <location filename="../models/commands/checkcommand.cpp" line="138"/>
        <source>--machine-memory: %1</source>
        <translation>--machine-memory: %1</translation>
    </message>
    <message>
        <location filename="../models/commands/checkcommand.cpp" line="138"/>
        <source>must be positive</source>
        <translation>muss positiv sein</translation>
    </message>
    <message>
        <location filename="../models/commands/checkcommand.cpp" line="166"/>
        <source>fix the file and run the check again</source>
        <translation>korrigieren Sie die Datei und starten Sie die Prüfung erneut</translation>
    </message>
</context>
<context>
    <name>Stackdeck::ComposeJob</name>
    <message>
        <location filename="../models/docker/composejob.cpp" line="55"/>
        <source>The compose command has not finished.</source>
        <translation>Der Compose-Befehl ist noch nicht fertig.</translation>
    </message>
    <message>
        <location filename="../models/docker/composejob.cpp" line="78"/>
        <source>No compose file given.</source>
        <translation>Keine Compose-Datei angegeben.</translation>
    </message>
    <message>
        <location filename="../models/docker/composejob.cpp" line="78"/>
        <source>Open a compose file first.</source>
        <translation>Öffnen Sie zuerst eine Compose-Datei.</translation>
    </message>
    <message>
        <location filename="../models/docker/composejob.cpp" line="82"/>
        <source>No usable project name for %1.</source>
        <translation>Kein verwendbarer Projektname für %1.</translation>
    </message>
    <message>
        <location filename="../models/docker/composejob.cpp" line="83"/>
        <source>Set a project name (letters, digits, - and _).</source>
        <translation>Legen Sie einen Projektnamen fest (Buchstaben, Ziffern, - und _).</translation>
    </message>
    <message>
        <location filename="../models/docker/composejob.cpp" line="92"/>
        <source>Compose file %1 does not exist.</source>
        <translation>Die Compose-Datei %1 existiert nicht.</translation>
    </message>
    <message>
        <location filename="../models/docker/composejob.cpp" line="93"/>
        <source>Check the path, or open the stack again.</source>
        <translation>Prüfen Sie den Pfad, oder öffnen Sie den Stack erneut.</translation>
    </message>
    <message>
        <location filename="../models/docker/composejob.cpp" line="136"/>
        <location filename="../models/docker/composejob.cpp" line="211"/>
        <source>%1 was cancelled.</source>
        <translation>%1 wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../models/docker/composejob.cpp" line="197"/>
        <source>%1 could not be started: %2</source>
        <translation>%1 konnte nicht gestartet werden: %2</translation>
    </message>
    <message>
        <location filename="../models/docker/composejob.cpp" line="198"/>
        <source>Install the docker compose plugin or docker-compose, or check its path.</source>
        <translation>Installieren Sie das Plugin docker compose oder docker-compose, oder prüfen Sie dessen Pfad.</translation>
    </message>
    <message>
        <location filename="../models/docker/composejob.cpp" line="212"/>
        <source>Some containers may be half done; run the command again or take the stack down.</source>
        <translation>Manche Container sind womöglich nur halb fertig; führen Sie den Befehl erneut aus oder fahren Sie den Stack herunter.</translation>
    </message>
    <message>
        <location filename="../models/docker/composejob.cpp" line="214"/>
        <source>%1 crashed.</source>
        <translation>%1 ist abgestürzt.</translation>
    </message>
    <message>
        <location filename="../models/docker/composejob.cpp" line="214"/>
        <source>See the command&apos;s output for details.</source>
        <translation>Einzelheiten stehen in der Ausgabe des Befehls.</translation>
    </message>
</context>
<context>
    <name>Stackdeck::ComposeLoader</name>
    <message>
        <location filename="../models/compose/composeloader.cpp" line="99"/>
        <source>include must be a list of files, not %1.</source>
        <translation>include muss eine Liste von Dateien sein, nicht %1.</translation>
    </message>
    <message>
        <location filename="../models/compose/composeloader.cpp" line="101"/>
        <source>write `include: [path/to/compose.yaml]`</source>
        <translation>schreiben Sie `include: [path/to/compose.yaml]`</translation>
    </message>
    <message>
        <location filename="../models/compose/composeloader.cpp" line="125"/>
        <source>An include entry needs a file path.</source>
        <translation>Ein include-Eintrag braucht einen Dateipfad.</translation>
    </message>
    <message>
        <location filename="../models/compose/composeloader.cpp" line="126"/>
        <source>%1 includes itself through a cycle.</source>
        <translation>%1 bindet sich über einen Zyklus selbst ein.</translation>
    </message>
    <message>
        <location filename="../models/compose/composeloader.cpp" line="127"/>
        <source>list compose files to include, e.g. `include: [../db/compose.yaml]`</source>
        <translation>führen Sie die einzubindenden Compose-Dateien auf, z. B. `include: [../db/compose.yaml]`</translation>
    </message>
    <message>
        <location filename="../models/compose/composeloader.cpp" line="135"/>
        <source>The included file cannot be loaded: %1</source>
        <translation>Die eingebundene Datei kann nicht geladen werden: %1</translation>
    </message>
    <message>
        <location filename="../models/compose/composeloader.cpp" line="136"/>
        <source>check the path (relative to the including file)</source>
        <translation>prüfen Sie den Pfad (relativ zur einbindenden Datei)</translation>
    </message>
    <message>
        <location filename="../models/compose/composeloader.cpp" line="179"/>
        <source>No compose file found in %1 or any parent folder.</source>
        <translation>Keine Compose-Datei in %1 oder einem übergeordneten Ordner gefunden.</translation>
    </message>
    <message>
        <location filename="../models/compose/composeloader.cpp" line="181"/>
        <source>create compose.yaml there, or name the file with -f</source>
        <translation>legen Sie dort eine compose.yaml an, oder nennen Sie die Datei mit -f</translation>
    </message>
    <message>
        <location filename="../models/compose/composeloader.cpp" line="202"/>
        <source>Cannot read the env file: %1.</source>
        <translation>Die Env-Datei kann nicht gelesen werden: %1.</translation>
    </message>
    <message>
        <location filename="../models/compose/composeloader.cpp" line="202"/>
        <source>it does not exist</source>
        <translation>sie existiert nicht</translation>
    </message>
    <message>
        <location filename="../models/compose/composeloader.cpp" line="203"/>
        <source>check the --env-file path</source>
        <translation>prüfen Sie den Pfad bei --env-file</translation>
    </message>
    <message>
        <location filename="../models/compose/composeloader.cpp" line="238"/>
        <source>The compose file is empty.</source>
        <translation>Die Compose-Datei ist leer.</translation>
    </message>
    <message>
        <location filename="../models/compose/composeloader.cpp" line="239"/>
        <source>define at least one service under services:</source>
        <translation>definieren Sie mindestens einen Service unter services:</translation>
    </message>
    <message>
        <location filename="../models/compose/composeloader.cpp" line="246"/>
        <source>A compose file must be a mapping (services:, networks:, ...), not %1.</source>
        <translation>Eine Compose-Datei muss ein Mapping sein (services:, networks:, ...), nicht %1.</translation>
    </message>
    <message>
        <location filename="../models/compose/composeloader.cpp" line="247"/>
        <source>start the file with `services:`</source>
        <translation>beginnen Sie die Datei mit `services:`</translation>
    </message>
    <message>
        <location filename="../models/compose/envfile.cpp" line="59"/>
        <source>write one NAME=value per line; quote values with spaces or &apos;#&apos;</source>
        <translation>schreiben Sie ein NAME=Wert pro Zeile; setzen Sie Werte mit Leerzeichen oder &apos;#&apos; in Anführungszeichen</translation>
    </message>
    <message>
        <location filename="../models/compose/envfile.cpp" line="88"/>
        <source>Unexpected character in .env line: expected NAME=value.</source>
        <translation>Unerwartetes Zeichen in einer .env-Zeile: NAME=Wert erwartet.</translation>
    </message>
    <message>
        <location filename="../models/compose/envfile.cpp" line="116"/>
        <source>The quoted value of %1 is never closed.</source>
        <translation>Der Wert von %1 in Anführungszeichen wird nie geschlossen.</translation>
    </message>
    <message>
        <location filename="../models/compose/envfile.cpp" line="142"/>
        <location filename="../models/compose/interpolator.cpp" line="194"/>
        <source>write $$ for a literal dollar sign, or fix the ${...} expression</source>
        <translation>schreiben Sie $$ für ein wörtliches Dollarzeichen, oder korrigieren Sie den ${...}-Ausdruck</translation>
    </message>
    <message>
        <location filename="../models/compose/extendsresolver.cpp" line="149"/>
        <source>The file named by extends cannot be read: %1</source>
        <translation>Die bei extends genannte Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../models/compose/extendsresolver.cpp" line="150"/>
        <source>check the extends file path (relative to the extending file)</source>
        <translation>prüfen Sie den Dateipfad bei extends (relativ zur erweiternden Datei)</translation>
    </message>
    <message>
        <location filename="../models/compose/extendsresolver.cpp" line="184"/>
        <source>extends needs a service name: `extends: name` or `extends: {service: name, file: other.yml}`.</source>
        <translation>extends braucht einen Service-Namen: `extends: name` oder `extends: {service: name, file: other.yml}`.</translation>
    </message>
    <message>
        <location filename="../models/compose/extendsresolver.cpp" line="185"/>
        <source>name the service to extend</source>
        <translation>nennen Sie den zu erweiternden Service</translation>
    </message>
    <message>
        <location filename="../models/compose/extendsresolver.cpp" line="196"/>
        <source>extends forms a cycle: %1.</source>
        <translation>extends bildet einen Zyklus: %1.</translation>
    </message>
    <message>
        <location filename="../models/compose/extendsresolver.cpp" line="197"/>
        <source>break the cycle: a service cannot extend itself through others</source>
        <translation>brechen Sie den Zyklus auf: Ein Service kann sich nicht über andere selbst erweitern</translation>
    </message>
    <message>
        <location filename="../models/compose/extendsresolver.cpp" line="208"/>
        <source>extends names the service &quot;%1&quot;, which %2 does not define.</source>
        <translation>extends nennt den Service „%1“, den %2 nicht definiert.</translation>
    </message>
    <message>
        <location filename="../models/compose/extendsresolver.cpp" line="210"/>
        <source>check the service name and the file</source>
        <translation>prüfen Sie den Service-Namen und die Datei</translation>
    </message>
    <message>
        <location filename="../models/compose/interpolator.cpp" line="57"/>
        <source>Variable defaults are nested too deeply.</source>
        <translation>Variablen-Standardwerte sind zu tief verschachtelt.</translation>
    </message>
    <message>
        <location filename="../models/compose/interpolator.cpp" line="128"/>
        <source>Invalid interpolation &quot;%1&quot;: the closing &quot;}&quot; is missing.</source>
        <translation>Ungültige Variablenersetzung „%1“: Die schließende „}“ fehlt.</translation>
    </message>
    <message>
        <location filename="../models/compose/interpolator.cpp" line="165"/>
        <source>Required variable %1 is %2.</source>
        <translation>Die erforderliche Variable %1 ist %2.</translation>
    </message>
    <message>
        <location filename="../models/compose/interpolator.cpp" line="165"/>
        <location filename="../models/compose/interpolator.cpp" line="166"/>
        <source>empty</source>
        <translation>leer</translation>
    </message>
    <message>
        <location filename="../models/compose/interpolator.cpp" line="165"/>
        <location filename="../models/compose/interpolator.cpp" line="166"/>
        <source>not set</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <location filename="../models/compose/interpolator.cpp" line="166"/>
        <source>Required variable %1 is %2: %3</source>
        <translation>Die erforderliche Variable %1 ist %2: %3</translation>
    </message>
    <message>
        <location filename="../models/compose/interpolator.cpp" line="193"/>
        <source>set the variable in .env or the environment, or give a default with ${NAME:-value}</source>
        <translation>setzen Sie die Variable in .env oder in der Umgebung, oder geben Sie mit ${NAME:-value} einen Standardwert an</translation>
    </message>
    <message>
        <location filename="../models/compose/interpolator.cpp" line="202"/>
        <source>The variable %1 is not set; it is replaced by an empty string.</source>
        <translation>Die Variable %1 ist nicht gesetzt; sie wird durch eine leere Zeichenkette ersetzt.</translation>
    </message>
    <message>
        <location filename="../models/compose/interpolator.cpp" line="203"/>
        <source>set %1 in .env or give a default with ${%1:-value}</source>
        <translation>setzen Sie %1 in .env, oder geben Sie mit ${%1:-value} einen Standardwert an</translation>
    </message>
    <message>
        <location filename="../models/compose/mergekeys.cpp" line="129"/>
        <source>A &quot;&lt;&lt;&quot; merge key needs a mapping or a list of mappings, not %1.</source>
        <translation>Ein Merge-Schlüssel „&lt;&lt;“ braucht ein Mapping oder eine Liste von Mappings, nicht %1.</translation>
    </message>
    <message>
        <location filename="../models/compose/mergekeys.cpp" line="131"/>
        <source>point &quot;&lt;&lt;&quot; at an anchored mapping, e.g. &lt;&lt;: *defaults</source>
        <translation>lassen Sie „&lt;&lt;“ auf ein Mapping mit Anker zeigen, z. B. &lt;&lt;: *defaults</translation>
    </message>
</context>
<context>
    <name>Stackdeck::ComposeRunner</name>
    <message>
        <location filename="../models/docker/composerunner.cpp" line="76"/>
        <source>No Docker Compose found: neither &quot;docker compose&quot; nor &quot;docker-compose&quot; answers.</source>
        <translation>Kein Docker Compose gefunden: Weder „docker compose“ noch „docker-compose“ antwortet.</translation>
    </message>
    <message>
        <location filename="../models/docker/composerunner.cpp" line="78"/>
        <source>Install the docker compose plugin (docker-compose-plugin) or docker-compose.</source>
        <translation>Installieren Sie das Plugin docker compose (docker-compose-plugin) oder docker-compose.</translation>
    </message>
</context>
<context>
    <name>Stackdeck::DiffView</name>
    <message>
        <location filename="../ui/editor/diffview.cpp" line="95"/>
        <source>Unified</source>
        <translation>Unified</translation>
    </message>
    <message>
        <location filename="../ui/editor/diffview.cpp" line="227"/>
        <source>No changes.</source>
        <translation>Keine Änderungen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/editor/diffview.cpp" line="227"/>
        <source>%n file(s) changed</source>
        <translation>
            <numerusform>%n Datei geändert</numerusform>
            <numerusform>%n Dateien geändert</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Stackdeck::EditSession</name>
    <message>
        <location filename="../models/editor/editsession.cpp" line="135"/>
        <source>fix the YAML; the last loadable version is shown</source>
        <translation>beheben Sie den YAML-Fehler; die letzte ladbare Version wird angezeigt</translation>
    </message>
    <message>
        <location filename="../models/editor/editsession.cpp" line="234"/>
        <source>There is no service named %1.</source>
        <translation>Es gibt keinen Service namens %1.</translation>
    </message>
    <message>
        <location filename="../models/editor/editsession.cpp" line="234"/>
        <source>add the service first</source>
        <translation>fügen Sie zuerst den Service hinzu</translation>
    </message>
    <message>
        <location filename="../models/editor/editsession.cpp" line="269"/>
        <location filename="../models/editor/editsessionlists.cpp" line="92"/>
        <source>%1 is not a file of this project.</source>
        <translation>%1 ist keine Datei dieses Projekts.</translation>
    </message>
    <message>
        <location filename="../models/editor/editsession.cpp" line="272"/>
        <location filename="../models/editor/editsessionlists.cpp" line="96"/>
        <source>%1 does not parse; fix it in the YAML view first.</source>
        <translation>%1 lässt sich nicht parsen; beheben Sie das zuerst in der YAML-Ansicht.</translation>
    </message>
    <message>
        <location filename="../models/editor/editsession.cpp" line="303"/>
        <location filename="../models/editor/editsession.cpp" line="338"/>
        <source>No key given for %1.</source>
        <translation>Kein Schlüssel für %1 angegeben.</translation>
    </message>
    <message>
        <location filename="../models/editor/editsession.cpp" line="303"/>
        <source>name a key, e.g. image</source>
        <translation>nennen Sie einen Schlüssel, z. B. image</translation>
    </message>
    <message>
        <location filename="../models/editor/editsession.cpp" line="338"/>
        <source>use removeService to remove a service</source>
        <translation>verwenden Sie removeService, um einen Service zu entfernen</translation>
    </message>
    <message>
        <location filename="../models/editor/editsession.cpp" line="392"/>
        <source>edit %1 as text</source>
        <translation>%1 als Text bearbeiten</translation>
    </message>
    <message>
        <location filename="../models/editor/editsession.cpp" line="394"/>
        <source>The text edit of %1 was made on the version before it changed on disk; the disk version is kept.</source>
        <translation>Die Textänderung an %1 wurde an der Version vorgenommen, bevor sie sich auf der Festplatte geändert hat; die Version auf der Festplatte bleibt erhalten.</translation>
    </message>
    <message>
        <location filename="../models/editor/editsession.cpp" line="396"/>
        <source>redo that edit in the YAML view</source>
        <translation>nehmen Sie diese Änderung in der YAML-Ansicht erneut vor</translation>
    </message>
    <message>
        <location filename="../models/editor/editsessionlists.cpp" line="68"/>
        <source>Cannot tell where the list items start; nothing was changed.</source>
        <translation>Es ist nicht erkennbar, wo die Listeneinträge beginnen; es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../models/editor/editsessionlists.cpp" line="69"/>
        <location filename="../models/editor/editsessionlists.cpp" line="74"/>
        <location filename="../models/editor/editsessionlists.cpp" line="118"/>
        <location filename="../models/editor/editsessionlists.cpp" line="137"/>
        <location filename="../models/editor/editsessionlists.cpp" line="148"/>
        <source>edit the list in the YAML view</source>
        <translation>bearbeiten Sie die Liste in der YAML-Ansicht</translation>
    </message>
    <message>
        <location filename="../models/editor/editsessionlists.cpp" line="73"/>
        <source>Cannot tell where the list ends; nothing was changed.</source>
        <translation>Es ist nicht erkennbar, wo die Liste endet; es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../models/editor/editsessionlists.cpp" line="111"/>
        <source>%1 holds more than plain values; edit it in the YAML view.</source>
        <translation>%1 enthält mehr als einfache Werte; bearbeiten Sie es in der YAML-Ansicht.</translation>
    </message>
    <message>
        <location filename="../models/editor/editsessionlists.cpp" line="117"/>
        <source>Cannot tell where %1 is written; nothing was changed.</source>
        <translation>Es ist nicht erkennbar, wo %1 steht; es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../models/editor/editsessionlists.cpp" line="130"/>
        <source>%1 holds %2, not a list.</source>
        <translation>%1 enthält %2, keine Liste.</translation>
    </message>
    <message>
        <location filename="../models/editor/editsessionlists.cpp" line="137"/>
        <source>Cannot place the list %1; nothing was changed.</source>
        <translation>Die Liste %1 kann nicht platziert werden; es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../models/editor/editsessionlists.cpp" line="147"/>
        <source>Writing the list %1 would not read back as written; nothing was changed.</source>
        <translation>Die Liste %1 würde beim Zurücklesen nicht wie geschrieben gelesen; es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../models/editor/editsessionsave.cpp" line="52"/>
        <source>set secret %1 of %2 (value in %3)</source>
        <translation>Secret %1 von %2 setzen (Wert in %3)</translation>
    </message>
    <message>
        <location filename="../models/editor/editsessionsave.cpp" line="77"/>
        <source>The project cannot be loaded, so nothing was saved: %1</source>
        <translation>Das Projekt kann nicht geladen werden, daher wurde nichts gespeichert: %1</translation>
    </message>
    <message>
        <location filename="../models/editor/editsessionsave.cpp" line="78"/>
        <source>fix the YAML in the YAML view, then save</source>
        <translation>beheben Sie den YAML-Fehler in der YAML-Ansicht und speichern Sie dann</translation>
    </message>
    <message>
        <location filename="../models/editor/editsessionsave.cpp" line="81"/>
        <source>The project has errors, so nothing was saved: %1</source>
        <translation>Das Projekt enthält Fehler, daher wurde nichts gespeichert: %1</translation>
    </message>
    <message>
        <location filename="../models/editor/editsessionsave.cpp" line="82"/>
        <source>fix the errors listed, then save</source>
        <translation>beheben Sie die aufgeführten Fehler und speichern Sie dann</translation>
    </message>
    <message>
        <location filename="../models/editor/editsessionsave.cpp" line="90"/>
        <location filename="../models/editor/editsessionsave.cpp" line="94"/>
        <source>%1 changed on disk since it was opened; nothing was saved.</source>
        <translation>%1 wurde seit dem Öffnen auf der Festplatte geändert; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location filename="../models/editor/editsessionsave.cpp" line="91"/>
        <location filename="../models/editor/editsessionsave.cpp" line="95"/>
        <source>reload and re-apply your edits</source>
        <translation>laden Sie neu und wenden Sie Ihre Änderungen erneut an</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/editor/editsessionsave.cpp" line="149"/>
        <source>%n edit(s) could not be re-applied: %1</source>
        <translation>
            <numerusform>%n Änderung konnte nicht erneut angewendet werden: %1</numerusform>
            <numerusform>%n Änderungen konnten nicht erneut angewendet werden: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/editor/editsessionsave.cpp" line="150"/>
        <source>make those edits again on the reloaded files</source>
        <translation>nehmen Sie diese Änderungen an den neu geladenen Dateien erneut vor</translation>
    </message>
    <message>
        <location filename="../models/editor/editsessionservices.cpp" line="26"/>
        <source>&quot;%1&quot; is not a valid service name.</source>
        <translation>„%1“ ist kein gültiger Servicename.</translation>
    </message>
    <message>
        <location filename="../models/editor/editsessionservices.cpp" line="27"/>
        <source>use letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;, starting with a letter or digit</source>
        <translation>verwenden Sie Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos; und &apos;-&apos;, beginnend mit einem Buchstaben oder einer Ziffer</translation>
    </message>
    <message>
        <location filename="../models/editor/editsessionservices.cpp" line="30"/>
        <source>A service named %1 already exists.</source>
        <translation>Ein Service namens %1 existiert bereits.</translation>
    </message>
    <message>
        <location filename="../models/editor/editsessionservices.cpp" line="30"/>
        <source>choose another name</source>
        <translation>wählen Sie einen anderen Namen</translation>
    </message>
    <message>
        <location filename="../models/editor/editsessionservices.cpp" line="55"/>
        <source>Adding %1 would leave text that does not parse; nothing was changed.</source>
        <translation>Das Hinzufügen von %1 würde Text hinterlassen, der sich nicht parsen lässt; es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../models/editor/editsessionservices.cpp" line="56"/>
        <source>add it in the YAML view</source>
        <translation>fügen Sie ihn in der YAML-Ansicht hinzu</translation>
    </message>
    <message>
        <location filename="../models/editor/editsessionservices.cpp" line="77"/>
        <source>Copying %1 would not give the same settings; nothing was changed.</source>
        <translation>Das Kopieren von %1 würde nicht dieselben Einstellungen ergeben; es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../models/editor/editsessionservices.cpp" line="78"/>
        <source>duplicate it in the YAML view</source>
        <translation>duplizieren Sie ihn in der YAML-Ansicht</translation>
    </message>
    <message>
        <location filename="../models/editor/editsessionservices.cpp" line="101"/>
        <location filename="../models/editor/editsessionservices.cpp" line="106"/>
        <source>%1 depends on %2.</source>
        <translation>%1 hängt von %2 ab.</translation>
    </message>
    <message>
        <location filename="../models/editor/editsessionservices.cpp" line="115"/>
        <source>%1 names %2 in %3.</source>
        <translation>%1 nennt %2 in %3.</translation>
    </message>
    <message>
        <location filename="../models/editor/editsessionservices.cpp" line="121"/>
        <source>%1 uses %2 of %3.</source>
        <translation>%1 verwendet %2 von %3.</translation>
    </message>
    <message>
        <location filename="../models/editor/editsessionservices.cpp" line="133"/>
        <source>%1 extends %2.</source>
        <translation>%1 erweitert %2.</translation>
    </message>
    <message>
        <location filename="../models/editor/editsessionservices.cpp" line="145"/>
        <source>%1; remove or change that first.</source>
        <translation>%1; entfernen oder ändern Sie das zuerst.</translation>
    </message>
    <message>
        <location filename="../models/editor/editsessionservices.cpp" line="146"/>
        <source>copy the settings it takes from %1 into it</source>
        <translation>kopieren Sie die Einstellungen, die er von %1 übernimmt, in ihn hinein</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/editor/editsessionservices.cpp" line="149"/>
        <source>%n place(s) name %1: %2</source>
        <translation>
            <numerusform>%n Stelle nennt %1: %2</numerusform>
            <numerusform>%n Stellen nennen %1: %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/editor/editsessionservices.cpp" line="150"/>
        <source>remove the service together with its references</source>
        <translation>entfernen Sie den Service zusammen mit seinen Verweisen</translation>
    </message>
    <message>
        <location filename="../models/editor/editsessionservices.cpp" line="174"/>
        <source>%1 is not written in the project&apos;s files.</source>
        <translation>%1 steht nicht in den Dateien des Projekts.</translation>
    </message>
</context>
<context>
    <name>Stackdeck::EditorWindow</name>
    <message>
        <location filename="../ui/editor/editorwindow.cpp" line="114"/>
        <source>Editor</source>
        <translation>Editor</translation>
    </message>
    <message>
        <location filename="../ui/editor/editorwindow.cpp" line="117"/>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <location filename="../ui/editor/editorwindow.cpp" line="119"/>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <location filename="../ui/editor/editorwindow.cpp" line="126"/>
        <source>Review changes…</source>
        <translation>Änderungen prüfen…</translation>
    </message>
    <message>
        <location filename="../ui/editor/editorwindow.cpp" line="127"/>
        <source>Apply…</source>
        <translation>Anwenden…</translation>
    </message>
    <message>
        <location filename="../ui/editor/editorwindow.cpp" line="132"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location filename="../ui/editor/editorwindow.cpp" line="151"/>
        <location filename="../ui/editor/editorwindow.cpp" line="153"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../ui/editor/editorwindow.cpp" line="153"/>
        <source>The service form is not built in.</source>
        <translation>Das Service-Formular ist nicht eingebaut.</translation>
    </message>
    <message>
        <location filename="../ui/editor/editorwindow.cpp" line="158"/>
        <location filename="../ui/editor/editorwindow.cpp" line="160"/>
        <source>Stack</source>
        <translation>Stack</translation>
    </message>
    <message>
        <location filename="../ui/editor/editorwindow.cpp" line="160"/>
        <source>The stack form is not built in.</source>
        <translation>Das Stack-Formular ist nicht eingebaut.</translation>
    </message>
    <message>
        <location filename="../ui/editor/editorwindow.cpp" line="163"/>
        <location filename="../ui/editor/editorwindow.cpp" line="165"/>
        <source>Spark</source>
        <translation>Spark</translation>
    </message>
    <message>
        <location filename="../ui/editor/editorwindow.cpp" line="165"/>
        <source>The Spark form is not built in.</source>
        <translation>Das Spark-Formular ist nicht eingebaut.</translation>
    </message>
    <message>
        <location filename="../ui/editor/editorwindow.cpp" line="184"/>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <location filename="../ui/editor/editorwindow.cpp" line="184"/>
        <source>Where</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../ui/editor/editorwindow.cpp" line="184"/>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <location filename="../ui/editor/editorwindow.cpp" line="211"/>
        <source>← Back to editing</source>
        <translation>← Zurück zur Bearbeitung</translation>
    </message>
    <message>
        <location filename="../ui/editor/editorwindow.cpp" line="232"/>
        <location filename="../ui/editor/editorwindow.cpp" line="235"/>
        <source>Helm values</source>
        <translation>Helm-Values</translation>
    </message>
    <message>
        <location filename="../ui/editor/editorwindow.cpp" line="234"/>
        <source>The chart&apos;s values do not load: %1</source>
        <translation>Die Values des Charts lassen sich nicht laden: %1</translation>
    </message>
    <message>
        <location filename="../ui/editor/editorwindow.cpp" line="242"/>
        <source>Cannot open: %1</source>
        <translation>Kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/editor/editorwindow.cpp" line="315"/>
        <source>The YAML does not load: %1</source>
        <translation>Das YAML lässt sich nicht laden: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/editor/editorwindow.cpp" line="316"/>
        <source>%n error(s) to fix before saving</source>
        <translation>
            <numerusform>%n Fehler vor dem Speichern zu beheben</numerusform>
            <numerusform>%n Fehler vor dem Speichern zu beheben</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/editor/editorwindow.cpp" line="324"/>
        <source>no project</source>
        <translation>kein Projekt</translation>
    </message>
    <message>
        <location filename="../ui/editor/editorwindow.cpp" line="325"/>
        <source>%1 — Edit configuration[*] — Stackdeck</source>
        <translation>%1 — Konfiguration bearbeiten[*] — Stackdeck</translation>
    </message>
    <message>
        <location filename="../ui/editor/editorwindow.cpp" line="389"/>
        <source>Save or undo your edits before restoring a version.</source>
        <translation>Speichern oder verwerfen Sie Ihre Änderungen, bevor Sie eine Version wiederherstellen.</translation>
    </message>
    <message>
        <location filename="../ui/editor/editorwindow.cpp" line="394"/>
        <source>Not restored: %1</source>
        <translation>Nicht wiederhergestellt: %1</translation>
    </message>
    <message>
        <location filename="../ui/editor/editorwindow.cpp" line="410"/>
        <source>An apply is running: wait for its result before closing.</source>
        <translation>Eine Anwendung läuft: Warten Sie auf ihr Ergebnis, bevor Sie schließen.</translation>
    </message>
    <message>
        <location filename="../ui/editor/editorwindow.cpp" line="420"/>
        <location filename="../ui/editor/editorwindow.cpp" line="429"/>
        <source>Unsaved edits</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <location filename="../ui/editor/editorwindow.cpp" line="421"/>
        <source>The Helm values have unsaved edits. Close and discard them?</source>
        <translation>Die Helm-Werte haben ungespeicherte Änderungen. Schließen und verwerfen?</translation>
    </message>
    <message>
        <location filename="../ui/editor/editorwindow.cpp" line="430"/>
        <source>The configuration has unsaved edits. Save them before closing?</source>
        <translation>Die Konfiguration hat ungespeicherte Änderungen. Vor dem Schließen speichern?</translation>
    </message>
</context>
<context>
    <name>Stackdeck::EngineClient</name>
    <message>
        <location filename="../models/docker/engineclient.cpp" line="48"/>
        <source>Check that DOCKER_HOST (or the docker context) points at a Docker engine</source>
        <translation>Prüfen Sie, ob DOCKER_HOST (oder der Docker-Context) auf eine Docker-Engine zeigt</translation>
    </message>
    <message>
        <location filename="../models/docker/engineclient.cpp" line="50"/>
        <source>%1 answered /_ping with HTTP %2, not a Docker engine&apos;s &quot;OK&quot;</source>
        <translation>%1 hat /_ping mit HTTP %2 beantwortet, nicht mit dem „OK“ einer Docker-Engine</translation>
    </message>
    <message>
        <location filename="../models/docker/engineclient.cpp" line="63"/>
        <source>%1 did not report a readable API version (/version: %2)</source>
        <translation>%1 hat keine lesbare API-Version gemeldet (/version: %2)</translation>
    </message>
    <message>
        <location filename="../models/docker/engineclient.cpp" line="69"/>
        <source>The Docker engine speaks API %1; Stackdeck needs 1.%2 or newer</source>
        <translation>Die Docker-Engine spricht API %1; Stackdeck braucht 1.%2 oder neuer</translation>
    </message>
    <message>
        <location filename="../models/docker/engineclient.cpp" line="70"/>
        <source>Upgrade Docker</source>
        <translation>Aktualisieren Sie Docker</translation>
    </message>
    <message>
        <location filename="../models/docker/engineclient.cpp" line="79"/>
        <source>Docker %1 (API %2) at %3</source>
        <translation>Docker %1 (API %2) auf %3</translation>
    </message>
    <message>
        <location filename="../models/docker/engineclient.cpp" line="104"/>
        <source>Listing the containers of project %1</source>
        <translation>Auflisten der Container von Projekt %1</translation>
    </message>
    <message>
        <location filename="../models/docker/engineclient.cpp" line="112"/>
        <source>Inspecting container %1</source>
        <translation>Untersuchen von Container %1</translation>
    </message>
</context>
<context>
    <name>Stackdeck::EngineEndpoint</name>
    <message>
        <location filename="../models/docker/engineendpoint.cpp" line="55"/>
        <source>Empty unix socket path in &quot;%1&quot; (%2)</source>
        <translation>Leerer Unix-Socket-Pfad in „%1“ (%2)</translation>
    </message>
    <message>
        <location filename="../models/docker/engineendpoint.cpp" line="56"/>
        <source>Use unix:///var/run/docker.sock</source>
        <translation>Verwenden Sie unix:///var/run/docker.sock</translation>
    </message>
    <message>
        <location filename="../models/docker/engineendpoint.cpp" line="62"/>
        <source>Cannot read the engine address &quot;%1&quot; (%2)</source>
        <translation>Die Engine-Adresse „%1“ kann nicht gelesen werden (%2)</translation>
    </message>
    <message>
        <location filename="../models/docker/engineendpoint.cpp" line="63"/>
        <source>Use tcp://HOST:PORT</source>
        <translation>Verwenden Sie tcp://HOST:PORT</translation>
    </message>
    <message>
        <location filename="../models/docker/engineendpoint.cpp" line="69"/>
        <source>Unsupported engine address &quot;%1&quot; (%2)</source>
        <translation>Nicht unterstützte Engine-Adresse „%1“ (%2)</translation>
    </message>
    <message>
        <location filename="../models/docker/engineendpoint.cpp" line="70"/>
        <source>Stackdeck talks to unix:// and tcp:// engines; set DOCKER_HOST accordingly</source>
        <translation>Stackdeck spricht mit unix://- und tcp://-Engines; setzen Sie DOCKER_HOST entsprechend</translation>
    </message>
    <message>
        <location filename="../models/docker/engineendpoint.cpp" line="93"/>
        <source>Docker context &quot;%1&quot; has no engine address</source>
        <translation>Der Docker-Context „%1“ hat keine Engine-Adresse</translation>
    </message>
    <message>
        <location filename="../models/docker/engineendpoint.cpp" line="94"/>
        <source>Check %1 or run `docker context use default`</source>
        <translation>Prüfen Sie %1 oder führen Sie `docker context use default` aus</translation>
    </message>
    <message>
        <location filename="../models/docker/engineendpoint.cpp" line="95"/>
        <source>context %1</source>
        <translation>Context %1</translation>
    </message>
</context>
<context>
    <name>Stackdeck::EngineMonitor</name>
    <message>
        <location filename="../models/docker/enginemonitor.cpp" line="134"/>
        <source>Lost the Docker engine, retrying: %1</source>
        <translation>Verbindung zur Docker-Engine verloren, neuer Versuch: %1</translation>
    </message>
    <message>
        <location filename="../models/docker/enginemonitor.cpp" line="168"/>
        <source>Lost the Docker engine, reconnecting: %1</source>
        <translation>Verbindung zur Docker-Engine verloren, verbinde neu: %1</translation>
    </message>
</context>
<context>
    <name>Stackdeck::EngineTransport</name>
    <message>
        <location filename="../models/docker/enginetransport.cpp" line="73"/>
        <source>The Docker engine socket %1 does not exist</source>
        <translation>Der Docker-Engine-Socket %1 existiert nicht</translation>
    </message>
    <message>
        <location filename="../models/docker/enginetransport.cpp" line="74"/>
        <source>Start Docker (`sudo systemctl start docker`, or `dockerd`); for rootless Docker set DOCKER_HOST=unix://$XDG_RUNTIME_DIR/docker.sock</source>
        <translation>Starten Sie Docker (`sudo systemctl start docker` oder `dockerd`); für Rootless Docker setzen Sie DOCKER_HOST=unix://$XDG_RUNTIME_DIR/docker.sock</translation>
    </message>
    <message>
        <location filename="../models/docker/enginetransport.cpp" line="80"/>
        <source>Permission denied opening the Docker engine socket %1</source>
        <translation>Zugriff auf den Docker-Engine-Socket %1 verweigert</translation>
    </message>
    <message>
        <location filename="../models/docker/enginetransport.cpp" line="81"/>
        <source>Add your user to the docker group (`sudo usermod -aG docker $USER`, then log in again), or use rootless Docker: DOCKER_HOST=unix://$XDG_RUNTIME_DIR/docker.sock</source>
        <translation>Fügen Sie Ihren Benutzer der Gruppe docker hinzu (`sudo usermod -aG docker $USER`, dann neu anmelden) oder verwenden Sie Rootless Docker: DOCKER_HOST=unix://$XDG_RUNTIME_DIR/docker.sock</translation>
    </message>
    <message>
        <location filename="../models/docker/enginetransport.cpp" line="89"/>
        <source>The Docker engine at %1 is not answering (connection refused)</source>
        <translation>Die Docker-Engine unter %1 antwortet nicht (Verbindung abgelehnt)</translation>
    </message>
    <message>
        <location filename="../models/docker/enginetransport.cpp" line="90"/>
        <source>Start Docker (`sudo systemctl start docker`) and check DOCKER_HOST / `docker context ls`</source>
        <translation>Starten Sie Docker (`sudo systemctl start docker`) und prüfen Sie DOCKER_HOST / `docker context ls`</translation>
    </message>
    <message>
        <location filename="../models/docker/enginetransport.cpp" line="94"/>
        <source>The Docker engine at %1 did not answer in time</source>
        <translation>Die Docker-Engine unter %1 hat nicht rechtzeitig geantwortet</translation>
    </message>
    <message>
        <location filename="../models/docker/enginetransport.cpp" line="95"/>
        <source>The engine may be overloaded or hung; check `docker info`</source>
        <translation>Die Engine ist vielleicht überlastet oder hängt; prüfen Sie `docker info`</translation>
    </message>
    <message>
        <location filename="../models/docker/enginetransport.cpp" line="101"/>
        <source>%1 answered, but not like a Docker engine (%2)</source>
        <translation>%1 hat geantwortet, aber nicht wie eine Docker-Engine (%2)</translation>
    </message>
    <message>
        <location filename="../models/docker/enginetransport.cpp" line="103"/>
        <source>Check that DOCKER_HOST points at a Docker engine</source>
        <translation>Prüfen Sie, ob DOCKER_HOST auf eine Docker-Engine zeigt</translation>
    </message>
    <message>
        <location filename="../models/docker/enginetransport.cpp" line="107"/>
        <source>Lost the connection to the Docker engine at %1 (%2)</source>
        <translation>Verbindung zur Docker-Engine unter %1 verloren (%2)</translation>
    </message>
    <message>
        <location filename="../models/docker/enginetransport.cpp" line="109"/>
        <source>Check that the engine is running (`docker info`)</source>
        <translation>Prüfen Sie, ob die Engine läuft (`docker info`)</translation>
    </message>
    <message>
        <location filename="../models/docker/enginetransport.cpp" line="122"/>
        <source>libcurl could not create a request</source>
        <translation>libcurl konnte keine Anfrage erzeugen</translation>
    </message>
</context>
<context>
    <name>Stackdeck::EnvTextEdit</name>
    <message>
        <location filename="../models/editor/envtextedit.cpp" line="36"/>
        <source>&quot;%1&quot; is not a valid variable name.</source>
        <translation>„%1“ ist kein gültiger Variablenname.</translation>
    </message>
    <message>
        <location filename="../models/editor/envtextedit.cpp" line="37"/>
        <source>use letters, digits and _ (not starting with a digit)</source>
        <translation>verwenden Sie Buchstaben, Ziffern und _ (nicht mit einer Ziffer beginnend)</translation>
    </message>
    <message>
        <location filename="../models/editor/envtextedit.cpp" line="66"/>
        <source>The value of %1 cannot be written to the .env file so that it reads back unchanged.</source>
        <translation>Der Wert von %1 lässt sich nicht so in die .env-Datei schreiben, dass er unverändert zurückgelesen wird.</translation>
    </message>
    <message>
        <location filename="../models/editor/envtextedit.cpp" line="67"/>
        <source>write it into the .env file by hand</source>
        <translation>schreiben Sie ihn von Hand in die .env-Datei</translation>
    </message>
</context>
<context>
    <name>Stackdeck::FieldRow</name>
    <message>
        <location filename="../ui/editor/fieldrow.cpp" line="187"/>
        <source>not set: type a value</source>
        <translation>nicht gesetzt: Wert eingeben</translation>
    </message>
    <message>
        <location filename="../ui/editor/fieldrow.cpp" line="188"/>
        <source>set (hidden): type to replace</source>
        <translation>gesetzt (verborgen): zum Ersetzen tippen</translation>
    </message>
    <message>
        <location filename="../ui/editor/fieldrow.cpp" line="195"/>
        <source>written in the anchor &amp;%1</source>
        <translation>im Anker &amp;%1 geschrieben</translation>
    </message>
    <message>
        <location filename="../ui/editor/fieldrow.cpp" line="197"/>
        <source>shared with %1 via &amp;%2</source>
        <translation>mit %1 über &amp;%2 geteilt</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/editor/fieldrow.cpp" line="198"/>
        <source>shared with %n other service(s) via &amp;%1</source>
        <translation>
            <numerusform>geteilt mit %n anderen Service über &amp;%1</numerusform>
            <numerusform>geteilt mit %n anderen Services über &amp;%1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/editor/fieldrow.cpp" line="202"/>
        <source>kept in %1 only</source>
        <translation>nur in %1 gehalten</translation>
    </message>
    <message>
        <location filename="../ui/editor/fieldrow.cpp" line="309"/>
        <source>Set %1</source>
        <translation>%1 setzen</translation>
    </message>
</context>
<context>
    <name>Stackdeck::FilesPage</name>
    <message>
        <location filename="../ui/main/filespage.cpp" line="35"/>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <location filename="../ui/main/filespage.cpp" line="101"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../ui/main/filespage.cpp" line="101"/>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <location filename="../ui/main/filespage.cpp" line="101"/>
        <source>Published ports</source>
        <translation>Veröffentlichte Ports</translation>
    </message>
    <message>
        <location filename="../ui/main/filespage.cpp" line="110"/>
        <source>build: %1</source>
        <translation>build: %1</translation>
    </message>
    <message>
        <location filename="../ui/main/filespage.cpp" line="121"/>
        <source>Services (%1)</source>
        <translation>Services (%1)</translation>
    </message>
    <message>
        <location filename="../ui/main/filespage.cpp" line="166"/>
        <source># %1 holds secrets and is not shown here.
</source>
        <translation># %1 enthält Geheimnisse und wird hier nicht angezeigt.
</translation>
    </message>
    <message>
        <location filename="../ui/main/filespage.cpp" line="183"/>
        <source># %1 cannot be shown: %2
</source>
        <translation># %1 kann nicht angezeigt werden: %2
</translation>
    </message>
</context>
<context>
    <name>Stackdeck::FindingModel</name>
    <message>
        <location filename="../models/live/findingmodel.cpp" line="81"/>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <location filename="../models/live/findingmodel.cpp" line="82"/>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../models/live/findingmodel.cpp" line="83"/>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <location filename="../models/live/findingmodel.cpp" line="84"/>
        <source>Rule</source>
        <translation>Regel</translation>
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
    <name>Stackdeck::HealthModel</name>
    <message>
        <location filename="../models/live/healthmodel.cpp" line="111"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../models/live/healthmodel.cpp" line="113"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../models/live/healthmodel.cpp" line="115"/>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <location filename="../models/live/healthmodel.cpp" line="116"/>
        <source>%1 d</source>
        <translation>%1 d</translation>
    </message>
    <message>
        <location filename="../models/live/healthmodel.cpp" line="122"/>
        <source>Healthy</source>
        <translation>Gesund</translation>
    </message>
    <message>
        <location filename="../models/live/healthmodel.cpp" line="123"/>
        <location filename="../models/live/healthmodel.cpp" line="128"/>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <location filename="../models/live/healthmodel.cpp" line="124"/>
        <source>Degraded</source>
        <translation>Beeinträchtigt</translation>
    </message>
    <message>
        <location filename="../models/live/healthmodel.cpp" line="125"/>
        <source>Unhealthy</source>
        <translation>Ungesund</translation>
    </message>
    <message>
        <location filename="../models/live/healthmodel.cpp" line="126"/>
        <source>Down</source>
        <translation>Ausgefallen</translation>
    </message>
    <message>
        <location filename="../models/live/healthmodel.cpp" line="140"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../models/live/healthmodel.cpp" line="188"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../models/live/healthmodel.cpp" line="189"/>
        <source>Probe</source>
        <translation>Probe</translation>
    </message>
    <message>
        <location filename="../models/live/healthmodel.cpp" line="190"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../models/live/healthmodel.cpp" line="191"/>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <location filename="../models/live/healthmodel.cpp" line="192"/>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>Stackdeck::HealthPanel</name>
    <message>
        <location filename="../ui/health/healthpanel.cpp" line="186"/>
        <source>Select a row to see its probe history.</source>
        <translation>Wählen Sie eine Zeile, um ihren Probe-Verlauf zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/health/healthpanel.cpp" line="187"/>
        <source>No probes yet.</source>
        <translation>Noch keine Probes.</translation>
    </message>
    <message>
        <location filename="../ui/health/healthpanel.cpp" line="195"/>
        <source>%1: no results yet</source>
        <translation>%1: noch keine Ergebnisse</translation>
    </message>
    <message>
        <location filename="../ui/health/healthpanel.cpp" line="196"/>
        <source>%1: last %2 results, newest first</source>
        <translation>%1: letzte %2 Ergebnisse, neueste zuerst</translation>
    </message>
</context>
<context>
    <name>Stackdeck::HealthWaiter</name>
    <message>
        <location filename="../models/editor/healthwaiter.cpp" line="50"/>
        <source>the container keeps restarting (last exit code %1)</source>
        <translation>der Container startet ständig neu (letzter Exit-Code %1)</translation>
    </message>
    <message>
        <location filename="../models/editor/healthwaiter.cpp" line="55"/>
        <source>killed: out of memory (exit code %1)</source>
        <translation>beendet: kein Speicher mehr (Exit-Code %1)</translation>
    </message>
    <message>
        <location filename="../models/editor/healthwaiter.cpp" line="56"/>
        <source>exited with code %1</source>
        <translation>mit Code %1 beendet</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/editor/healthwaiter.cpp" line="68"/>
        <source>the healthcheck failed (exit code %1) %n time(s) in a row</source>
        <translation>
            <numerusform>der Healthcheck ist %n-mal in Folge fehlgeschlagen (Exit-Code %1)</numerusform>
            <numerusform>der Healthcheck ist %n-mal in Folge fehlgeschlagen (Exit-Code %1)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/editor/healthwaiter.cpp" line="69"/>
        <source>the healthcheck failed: %1</source>
        <translation>der Healthcheck ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../models/editor/healthwaiter.cpp" line="225"/>
        <source>%1 is %2: %3</source>
        <translation>%1 ist %2: %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/editor/healthwaiter.cpp" line="266"/>
        <source>%1 did not become healthy within %n second(s) (last state: %2)</source>
        <translation>
            <numerusform>%1 wurde nicht innerhalb von %n Sekunde gesund (letzter Zustand: %2)</numerusform>
            <numerusform>%1 wurde nicht innerhalb von %n Sekunden gesund (letzter Zustand: %2)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Stackdeck::HistoryPanel</name>
    <message>
        <location filename="../ui/editor/historypanel.cpp" line="20"/>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <location filename="../ui/editor/historypanel.cpp" line="21"/>
        <source>Restore and apply…</source>
        <translation>Wiederherstellen und anwenden…</translation>
    </message>
    <message>
        <location filename="../ui/editor/historypanel.cpp" line="30"/>
        <source>Applied</source>
        <translation>Angewendet</translation>
    </message>
    <message>
        <location filename="../ui/editor/historypanel.cpp" line="30"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../ui/editor/historypanel.cpp" line="30"/>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location filename="../ui/editor/historypanel.cpp" line="30"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../ui/editor/historypanel.cpp" line="70"/>
        <source>applied</source>
        <translation>angewendet</translation>
    </message>
    <message>
        <location filename="../ui/editor/historypanel.cpp" line="70"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/editor/historypanel.cpp" line="80"/>
        <source>No version applied yet.</source>
        <translation>Noch keine Version angewendet.</translation>
    </message>
    <message>
        <location filename="../ui/editor/historypanel.cpp" line="81"/>
        <source>Pick two versions to compare (one: with the files now).</source>
        <translation>Wählen Sie zwei Versionen zum Vergleichen (eine: mit den aktuellen Dateien).</translation>
    </message>
    <message>
        <location filename="../ui/editor/historypanel.cpp" line="124"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location filename="../ui/editor/historypanel.cpp" line="124"/>
        <source>files now</source>
        <translation>aktuelle Dateien</translation>
    </message>
</context>
<context>
    <name>Stackdeck::LiveStatusDeriver</name>
    <message>
        <location filename="../models/live/livestatusderiver.cpp" line="66"/>
        <source>Not created yet — run Start, or `docker compose up -d`</source>
        <translation>Noch nicht erstellt — „Starten“ wählen oder `docker compose up -d`</translation>
    </message>
    <message>
        <location filename="../models/live/livestatusderiver.cpp" line="71"/>
        <source>The Docker engine is not available</source>
        <translation>Die Docker-Engine ist nicht verfügbar</translation>
    </message>
    <message>
        <location filename="../models/live/livestatusderiver.cpp" line="183"/>
        <source>Not probed: %1</source>
        <translation>Nicht geprüft: %1</translation>
    </message>
    <message>
        <location filename="../models/live/livestatusderiver.cpp" line="186"/>
        <source>Waiting for the Docker engine.</source>
        <translation>Warten auf die Docker-Engine.</translation>
    </message>
    <message>
        <location filename="../models/live/livestatusderiver.cpp" line="190"/>
        <source>Not created yet: there is no container to probe.</source>
        <translation>Noch nicht erstellt: Es gibt keinen Container zum Prüfen.</translation>
    </message>
    <message>
        <location filename="../models/live/livestatusderiver.cpp" line="201"/>
        <location filename="../models/live/livestatusderiver.cpp" line="284"/>
        <source>%1 of %2 replicas running.</source>
        <translation>%1 von %2 Replikaten laufen.</translation>
    </message>
    <message>
        <location filename="../models/live/livestatusderiver.cpp" line="223"/>
        <source>%1 is %2</source>
        <translation>%1 ist %2</translation>
    </message>
    <message>
        <location filename="../models/live/livestatusderiver.cpp" line="288"/>
        <source>Restarting after exit code %1 — check its logs for the crash.</source>
        <translation>Startet nach Exit-Code %1 neu — suchen Sie in den Logs nach dem Absturz.</translation>
    </message>
    <message>
        <location filename="../models/live/livestatusderiver.cpp" line="292"/>
        <source>Killed for running out of memory (exit code %1) — raise its memory limit, then run Start.</source>
        <translation>Wegen Speichermangels beendet (Exit-Code %1) — erhöhen Sie das Speicherlimit und wählen Sie dann „Starten“.</translation>
    </message>
    <message>
        <location filename="../models/live/livestatusderiver.cpp" line="294"/>
        <source>Exited with code %1%2 — check its logs, then run Start.</source>
        <translation>Mit Code %1%2 beendet — prüfen Sie die Logs und wählen Sie dann „Starten“.</translation>
    </message>
    <message>
        <location filename="../models/live/livestatusderiver.cpp" line="299"/>
        <source>Created but not started — run Start.</source>
        <translation>Erstellt, aber nicht gestartet — „Starten“ wählen.</translation>
    </message>
</context>
<context>
    <name>Stackdeck::LogFilter</name>
    <message>
        <location filename="../models/live/logfilter.cpp" line="69"/>
        <source>Invalid regular expression at position %1: %2</source>
        <translation>Ungültiger regulärer Ausdruck an Position %1: %2</translation>
    </message>
</context>
<context>
    <name>Stackdeck::LogFilterBar</name>
    <message>
        <location filename="../ui/logs/logfilterbar.cpp" line="27"/>
        <source>Filter lines (regular expression)</source>
        <translation>Zeilen filtern (regulärer Ausdruck)</translation>
    </message>
    <message>
        <location filename="../ui/logs/logfilterbar.cpp" line="38"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../ui/logs/logfilterbar.cpp" line="38"/>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location filename="../ui/logs/logfilterbar.cpp" line="38"/>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <location filename="../ui/logs/logfilterbar.cpp" line="39"/>
        <source>Debug</source>
        <translation>Debug</translation>
    </message>
    <message>
        <location filename="../ui/logs/logfilterbar.cpp" line="39"/>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <location filename="../ui/logs/logfilterbar.cpp" line="45"/>
        <source>Show lines of this level</source>
        <translation>Zeilen dieser Stufe anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/logs/logfilterbar.cpp" line="51"/>
        <location filename="../ui/logs/logfilterbar.cpp" line="156"/>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <location filename="../ui/logs/logfilterbar.cpp" line="52"/>
        <source>Choose which services&apos; lines are shown</source>
        <translation>Wählen, von welchen Services Zeilen angezeigt werden</translation>
    </message>
    <message>
        <location filename="../ui/logs/logfilterbar.cpp" line="156"/>
        <source>Services (%1 of %2)</source>
        <translation>Services (%1 von %2)</translation>
    </message>
</context>
<context>
    <name>Stackdeck::LogView</name>
    <message>
        <location filename="../ui/logs/logview.cpp" line="38"/>
        <source>Timestamps</source>
        <translation>Zeitstempel</translation>
    </message>
    <message>
        <location filename="../ui/logs/logview.cpp" line="49"/>
        <source>Find (regular expression)</source>
        <translation>Suchen (regulärer Ausdruck)</translation>
    </message>
    <message>
        <location filename="../ui/logs/logview.cpp" line="56"/>
        <source>Previous</source>
        <translation>Vorheriger</translation>
    </message>
    <message>
        <location filename="../ui/logs/logview.cpp" line="57"/>
        <source>Previous match (Shift+F3)</source>
        <translation>Vorheriger Treffer (Umschalt+F3)</translation>
    </message>
    <message>
        <location filename="../ui/logs/logview.cpp" line="61"/>
        <source>Next</source>
        <translation>Nächster</translation>
    </message>
    <message>
        <location filename="../ui/logs/logview.cpp" line="62"/>
        <source>Next match (F3)</source>
        <translation>Nächster Treffer (F3)</translation>
    </message>
    <message>
        <location filename="../ui/logs/logview.cpp" line="66"/>
        <source>Follow</source>
        <translation>Mitverfolgen</translation>
    </message>
    <message>
        <location filename="../ui/logs/logview.cpp" line="67"/>
        <source>Keep the newest line in view; uncheck (or scroll up) to pause</source>
        <translation>Die neueste Zeile im Blick behalten; zum Anhalten abwählen (oder nach oben scrollen)</translation>
    </message>
    <message>
        <location filename="../ui/logs/logview.cpp" line="74"/>
        <location filename="../ui/logs/logview.cpp" line="105"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location filename="../ui/logs/logview.cpp" line="75"/>
        <source>Copy the selected lines</source>
        <translation>Die ausgewählten Zeilen kopieren</translation>
    </message>
    <message>
        <location filename="../ui/logs/logview.cpp" line="78"/>
        <source>Save…</source>
        <translation>Speichern…</translation>
    </message>
    <message>
        <location filename="../ui/logs/logview.cpp" line="79"/>
        <source>Save the shown lines to a file</source>
        <translation>Die angezeigten Zeilen in eine Datei speichern</translation>
    </message>
    <message>
        <location filename="../ui/logs/logview.cpp" line="225"/>
        <source>Invalid expression: %1</source>
        <translation>Ungültiger Ausdruck: %1</translation>
    </message>
    <message>
        <location filename="../ui/logs/logview.cpp" line="253"/>
        <source>No match for “%1”</source>
        <translation>Kein Treffer für „%1“</translation>
    </message>
    <message>
        <location filename="../ui/logs/logview.cpp" line="285"/>
        <location filename="../ui/logs/logview.cpp" line="292"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/logs/logview.cpp" line="300"/>
        <source>Save log lines</source>
        <translation>Log-Zeilen speichern</translation>
    </message>
    <message>
        <location filename="../ui/logs/logview.cpp" line="301"/>
        <source>Log files (*.log *.txt)</source>
        <translation>Log-Dateien (*.log *.txt)</translation>
    </message>
    <message>
        <location filename="../ui/logs/logview.cpp" line="305"/>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <location filename="../ui/logs/logview.cpp" line="313"/>
        <source>%1 of %2 lines</source>
        <translation>%1 von %2 Zeilen</translation>
    </message>
    <message>
        <location filename="../ui/logs/logview.cpp" line="315"/>
        <source>%1 lines dropped</source>
        <translation>%1 Zeilen verworfen</translation>
    </message>
</context>
<context>
    <name>Stackdeck::LogsCommand</name>
    <message>
        <location filename="../models/commands/logscommand.cpp" line="80"/>
        <source>Prints the merged, timestamp-ordered logs (stdout and stderr) of the chosen services, all by default, each line prefixed by its container.</source>
        <translation>Gibt die zusammengeführten, nach Zeitstempel geordneten Logs (stdout und stderr) der gewählten Services aus, standardmäßig aller, jede Zeile mit ihrem Container als Präfix.</translation>
    </message>
    <message>
        <location filename="../models/commands/logscommand.cpp" line="82"/>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <location filename="../models/commands/logscommand.cpp" line="83"/>
        <source>Compose file; repeat for several.</source>
        <translation>Compose-Datei; für mehrere wiederholen.</translation>
    </message>
    <message>
        <location filename="../models/commands/logscommand.cpp" line="83"/>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <location filename="../models/commands/logscommand.cpp" line="84"/>
        <source>Project name.</source>
        <translation>Projektname.</translation>
    </message>
    <message>
        <location filename="../models/commands/logscommand.cpp" line="84"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location filename="../models/commands/logscommand.cpp" line="85"/>
        <source>Environment file for interpolation.</source>
        <translation>Env-Datei für die Variablenersetzung.</translation>
    </message>
    <message>
        <location filename="../models/commands/logscommand.cpp" line="85"/>
        <source>F</source>
        <translation>F</translation>
    </message>
    <message>
        <location filename="../models/commands/logscommand.cpp" line="86"/>
        <source>Keep following until interrupted.</source>
        <translation>Weiter mitverfolgen bis zum Abbruch.</translation>
    </message>
    <message>
        <location filename="../models/commands/logscommand.cpp" line="87"/>
        <source>Only lines since T: a timestamp or a duration (10m).</source>
        <translation>Nur Zeilen seit T: ein Zeitstempel oder eine Dauer (10m).</translation>
    </message>
    <message>
        <location filename="../models/commands/logscommand.cpp" line="87"/>
        <source>T</source>
        <translation>T</translation>
    </message>
    <message>
        <location filename="../models/commands/logscommand.cpp" line="88"/>
        <source>Only lines matching this regular expression.</source>
        <translation>Nur Zeilen, die auf diesen regulären Ausdruck passen.</translation>
    </message>
    <message>
        <location filename="../models/commands/logscommand.cpp" line="88"/>
        <source>REGEX</source>
        <translation>REGEX</translation>
    </message>
    <message>
        <location filename="../models/commands/logscommand.cpp" line="89"/>
        <source>Show each line&apos;s timestamp.</source>
        <translation>Den Zeitstempel jeder Zeile anzeigen.</translation>
    </message>
    <message>
        <location filename="../models/commands/logscommand.cpp" line="90"/>
        <source>Only the last N lines of each container.</source>
        <translation>Nur die letzten N Zeilen jedes Containers.</translation>
    </message>
    <message>
        <location filename="../models/commands/logscommand.cpp" line="90"/>
        <location filename="../models/commands/logscommand.cpp" line="91"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location filename="../models/commands/logscommand.cpp" line="91"/>
        <source>Stop after N printed lines.</source>
        <translation>Nach N ausgegebenen Zeilen aufhören.</translation>
    </message>
    <message>
        <location filename="../models/commands/logscommand.cpp" line="93"/>
        <source>Stop following after S seconds.</source>
        <translation>Das Mitlesen nach S Sekunden beenden.</translation>
    </message>
    <message>
        <location filename="../models/commands/logscommand.cpp" line="93"/>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <location filename="../models/commands/logscommand.cpp" line="96"/>
        <source>Services to show (default: all).</source>
        <translation>Anzuzeigende Services (Standard: alle).</translation>
    </message>
    <message>
        <location filename="../models/commands/logscommand.cpp" line="96"/>
        <source>[SERVICE ...]</source>
        <translation>[SERVICE ...]</translation>
    </message>
    <message>
        <location filename="../models/commands/logscommand.cpp" line="99"/>
        <source>Try &apos;stackdeck logs --help&apos;.</source>
        <translation>Siehe &apos;stackdeck logs --help&apos;.</translation>
    </message>
    <message>
        <location filename="../models/commands/logscommand.cpp" line="112"/>
        <source>invalid --grep expression &quot;%1&quot;: %2 at offset %3.</source>
        <translation>ungültiger Ausdruck bei --grep „%1“: %2 an Position %3.</translation>
    </message>
    <message>
        <location filename="../models/commands/logscommand.cpp" line="123"/>
        <source>--tail takes a number of lines.</source>
        <translation>--tail erwartet eine Zeilenanzahl.</translation>
    </message>
    <message>
        <location filename="../models/commands/logscommand.cpp" line="131"/>
        <source>--since takes a timestamp (2026-11-22T10:00:00Z) or a duration (10m).</source>
        <translation>--since erwartet einen Zeitstempel (2026-11-22T10:00:00Z) oder eine Dauer (10m).</translation>
    </message>
    <message>
        <location filename="../models/commands/logscommand.cpp" line="149"/>
        <source>no service &quot;%1&quot; in the project (services: %2).</source>
        <translation>kein Service „%1“ im Projekt (Services: %2).</translation>
    </message>
    <message>
        <location filename="../models/commands/logscommand.cpp" line="202"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Stackdeck::MainWindow</name>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="113"/>
        <location filename="../ui/main/mainwindow.cpp" line="186"/>
        <location filename="../ui/main/mainwindow.cpp" line="456"/>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="83"/>
        <location filename="../ui/main/mainwindow.cpp" line="294"/>
        <source>Stackdeck</source>
        <translation>Stackdeck</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="110"/>
        <source>Logs</source>
        <translation>Logs</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="111"/>
        <source>Resources</source>
        <translation>Ressourcen</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="112"/>
        <source>Health</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="114"/>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="215"/>
        <source>Suggested fix: %1</source>
        <translation>Vorgeschlagene Korrektur: %1</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="227"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="228"/>
        <source>Open &amp;Folder…</source>
        <translation>&amp;Ordner öffnen…</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="230"/>
        <source>Open Compose &amp;Files…</source>
        <translation>Compose-&amp;Dateien öffnen…</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="231"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="235"/>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="238"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="241"/>
        <source>&amp;Stack</source>
        <translation>&amp;Stack</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="242"/>
        <source>&amp;Start All (up -d)</source>
        <translation>Alle &amp;starten (up -d)</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="243"/>
        <source>S&amp;top All</source>
        <translation>Alle st&amp;oppen</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="244"/>
        <source>&amp;Restart All</source>
        <translation>Alle &amp;neu starten</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="246"/>
        <source>&amp;Edit Configuration…</source>
        <translation>Konfiguration &amp;bearbeiten…</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="249"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="250"/>
        <source>&amp;Fit Topology</source>
        <translation>Topologie &amp;einpassen</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="253"/>
        <source>&amp;Logs</source>
        <translation>&amp;Logs</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="253"/>
        <source>R&amp;esources</source>
        <translation>&amp;Ressourcen</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="254"/>
        <source>&amp;Health</source>
        <translation>&amp;Zustand</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="254"/>
        <source>F&amp;indings</source>
        <translation>&amp;Befunde</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="255"/>
        <source>Fi&amp;les</source>
        <translation>&amp;Dateien</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="276"/>
        <source>No recent stacks</source>
        <translation>Keine zuletzt geöffneten Stacks</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="280"/>
        <source>Clear List</source>
        <translation>Liste leeren</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="289"/>
        <source>%1 — Stackdeck</source>
        <translation>%1 — Stackdeck</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="293"/>
        <source>Could not open the stack: %1</source>
        <translation>Der Stack konnte nicht geöffnet werden: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main/mainwindow.cpp" line="387"/>
        <source>Not running: none of the %n service(s) has a container yet — Stack → Start All (docker compose up -d).</source>
        <translation>
            <numerusform>Läuft nicht: Der Service hat noch keinen Container — Stack → Alle starten (docker compose up -d).</numerusform>
            <numerusform>Läuft nicht: Keiner der %n Services hat bisher einen Container — Stack → Alle starten (docker compose up -d).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main/mainwindow.cpp" line="391"/>
        <source>Stack healthy — all %n service(s) running and passing their checks.</source>
        <translation>
            <numerusform>Stack gesund — der %n Service läuft und besteht seine Prüfungen.</numerusform>
            <numerusform>Stack gesund — alle %n Services laufen und bestehen ihre Prüfungen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="393"/>
        <source>Stack healthy — all %1 services running; %2 without a health check.</source>
        <translation>Stack gesund — alle %1 Services laufen; %2 ohne Healthcheck.</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="408"/>
        <source>Engine: connected (API %1)</source>
        <translation>Engine: verbunden (API %1)</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="412"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="413"/>
        <source>Engine: connecting…</source>
        <translation>Engine: Verbindung wird aufgebaut…</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="414"/>
        <source>Engine: unavailable</source>
        <translation>Engine: nicht verfügbar</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="416"/>
        <source>Docker engine unavailable — the topology shows the stack as written. %1</source>
        <translation>Docker-Engine nicht verfügbar — die Topologie zeigt den Stack so, wie er in den Dateien steht. %1</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="419"/>
        <location filename="../ui/main/mainwindow.cpp" line="433"/>
        <source>Docker engine unavailable</source>
        <translation>Docker-Engine nicht verfügbar</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="456"/>
        <source>Findings (%1)</source>
        <translation>Befunde (%1)</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="481"/>
        <source>%1 · %2 services · highlighting: %3</source>
        <translation>%1 · %2 Services · Hervorhebung: %3</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="452"/>
        <source>Findings — errors: %1 · warnings: %2 · info: %3</source>
        <translation>Befunde — Fehler: %1 · Warnungen: %2 · Hinweise: %3</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="476"/>
        <source>No stack loaded</source>
        <translation>Kein Stack geladen</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="490"/>
        <source>Open Stack Folder</source>
        <translation>Stack-Ordner öffnen</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="500"/>
        <source>Open Compose Files</source>
        <translation>Compose-Dateien öffnen</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="502"/>
        <source>Compose files (*.yaml *.yml);;All files (*)</source>
        <translation>Compose-Dateien (*.yaml *.yml);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>Stackdeck::PatchVerifier</name>
    <message>
        <location filename="../models/edit/patchverifier.cpp" line="87"/>
        <source>Changing %1 would leave text that does not parse (%2); nothing was written.</source>
        <translation>Eine Änderung an %1 würde Text hinterlassen, der sich nicht parsen lässt (%2); nichts wurde geschrieben.</translation>
    </message>
    <message>
        <location filename="../models/edit/patchverifier.cpp" line="89"/>
        <location filename="../models/edit/patchverifier.cpp" line="120"/>
        <source>make this change by hand and report the case</source>
        <translation>nehmen Sie diese Änderung von Hand vor und melden Sie den Fall</translation>
    </message>
    <message>
        <location filename="../models/edit/patchverifier.cpp" line="117"/>
        <source>Changing %1 would also change other values of the file; nothing was written.</source>
        <translation>Eine Änderung an %1 würde auch andere Werte der Datei ändern; nichts wurde geschrieben.</translation>
    </message>
    <message>
        <location filename="../models/edit/patchverifier.cpp" line="125"/>
        <source>After the change %1 does not read back as &quot;%2&quot;; nothing was written.</source>
        <translation>Nach der Änderung liest sich %1 nicht als „%2“ zurück; nichts wurde geschrieben.</translation>
    </message>
    <message>
        <location filename="../models/edit/patchverifier.cpp" line="127"/>
        <location filename="../models/edit/patchverifier.cpp" line="131"/>
        <source>make this change by hand</source>
        <translation>nehmen Sie diese Änderung von Hand vor</translation>
    </message>
    <message>
        <location filename="../models/edit/patchverifier.cpp" line="130"/>
        <source>Changing %1 would add a duplicate key; nothing was written.</source>
        <translation>Eine Änderung an %1 würde einen doppelten Schlüssel erzeugen; nichts wurde geschrieben.</translation>
    </message>
</context>
<context>
    <name>Stackdeck::PathResolver</name>
    <message>
        <location filename="../models/edit/pathresolver.cpp" line="73"/>
        <source>The document is empty.</source>
        <translation>Das Dokument ist leer.</translation>
    </message>
    <message>
        <location filename="../models/edit/pathresolver.cpp" line="76"/>
        <source>%1 is the alias *%2 at line %3 (the anchor &amp;%2 is at line %4): a value inside it is shared with every other use of the anchor, so it is not changed from here.</source>
        <translation>%1 ist der Alias *%2 in Zeile %3 (der Anker &amp;%2 steht in Zeile %4): ein Wert darin wird mit jeder anderen Verwendung des Ankers geteilt und wird deshalb nicht von hier aus geändert.</translation>
    </message>
    <message>
        <location filename="../models/edit/pathresolver.cpp" line="80"/>
        <source>replace *%1 with its own copy of the values, or edit the anchor at line %2 if every use should change</source>
        <translation>ersetzen Sie *%1 durch eine eigene Kopie der Werte oder bearbeiten Sie den Anker in Zeile %2, wenn sich jede Verwendung ändern soll</translation>
    </message>
    <message>
        <location filename="../models/edit/pathresolver.cpp" line="96"/>
        <source>%1 comes from the merge key &quot;&lt;&lt;&quot; at line %2 (*%3): an override here would replace the whole merged mapping, not one value in it.</source>
        <translation>%1 stammt aus dem Merge-Key „&lt;&lt;“ in Zeile %2 (*%3): eine Überschreibung hier würde das ganze zusammengeführte Mapping ersetzen, nicht einen Wert darin.</translation>
    </message>
    <message>
        <location filename="../models/edit/pathresolver.cpp" line="100"/>
        <source>copy %1 into %2 by hand, or edit the anchor &amp;%3 if every use should change</source>
        <translation>kopieren Sie %1 von Hand nach %2 oder bearbeiten Sie den Anker &amp;%3, wenn sich jede Verwendung ändern soll</translation>
    </message>
    <message>
        <location filename="../models/edit/pathresolver.cpp" line="117"/>
        <source>%1 is a list of %2 items; &quot;%3&quot; is not one of its indices.</source>
        <translation>%1 ist eine Liste mit %2 Einträgen; „%3“ ist keiner ihrer Indizes.</translation>
    </message>
    <message>
        <location filename="../models/edit/pathresolver.cpp" line="120"/>
        <source>use an index from 0 to %1; new list items are added by hand</source>
        <translation>verwenden Sie einen Index von 0 bis %1; neue Listeneinträge werden von Hand ergänzt</translation>
    </message>
    <message>
        <location filename="../models/edit/pathresolver.cpp" line="133"/>
        <source>%1 is %2 (&quot;%3&quot;), not a mapping: it has no key &quot;%4&quot;.</source>
        <translation>%1 ist %2 („%3“), kein Mapping: es hat keinen Schlüssel „%4“.</translation>
    </message>
    <message>
        <location filename="../models/edit/pathresolver.cpp" line="135"/>
        <source>check the path; set one value per key</source>
        <translation>prüfen Sie den Pfad; setzen Sie einen Wert pro Schlüssel</translation>
    </message>
</context>
<context>
    <name>Stackdeck::ProbeHistoryList</name>
    <message>
        <location filename="../ui/health/probehistorylist.cpp" line="16"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../ui/health/probehistorylist.cpp" line="16"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../ui/health/probehistorylist.cpp" line="16"/>
        <source>Latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <location filename="../ui/health/probehistorylist.cpp" line="16"/>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>Stackdeck::ProbeScheduler</name>
    <message>
        <location filename="../models/health/probescheduler.cpp" line="90"/>
        <source>Waiting for the container&apos;s health state from the engine.</source>
        <translation>Warten auf den Health-Status des Containers von der Engine.</translation>
    </message>
</context>
<context>
    <name>Stackdeck::Quantity</name>
    <message>
        <location filename="../models/core/quantity.cpp" line="105"/>
        <source>%1 is too large</source>
        <translation>%1 ist zu groß</translation>
    </message>
    <message>
        <location filename="../models/core/quantity.cpp" line="105"/>
        <source>use a value below 2^63 in the smallest unit</source>
        <translation>verwenden Sie einen Wert unter 2^63 in der kleinsten Einheit</translation>
    </message>
    <message>
        <location filename="../models/core/quantity.cpp" line="110"/>
        <source>%1 has more than %2 significant digits</source>
        <translation>%1 hat mehr als %2 signifikante Stellen</translation>
    </message>
    <message>
        <location filename="../models/core/quantity.cpp" line="111"/>
        <source>shorten the number</source>
        <translation>kürzen Sie die Zahl</translation>
    </message>
    <message>
        <location filename="../models/core/quantity.cpp" line="119"/>
        <source>write a number with an optional unit b, k, m, g or t (1024-based), e.g. 512m or 4g</source>
        <translation>schreiben Sie eine Zahl mit optionaler Einheit b, k, m, g oder t (Basis 1024), z. B. 512m oder 4g</translation>
    </message>
    <message>
        <location filename="../models/core/quantity.cpp" line="121"/>
        <source>empty memory size</source>
        <translation>leere Speichergröße</translation>
    </message>
    <message>
        <location filename="../models/core/quantity.cpp" line="123"/>
        <source>memory size %1 is negative</source>
        <translation>Speichergröße %1 ist negativ</translation>
    </message>
    <message>
        <location filename="../models/core/quantity.cpp" line="128"/>
        <source>%1 is not a memory size</source>
        <translation>%1 ist keine Speichergröße</translation>
    </message>
    <message>
        <location filename="../models/core/quantity.cpp" line="144"/>
        <source>unknown memory unit in %1</source>
        <translation>unbekannte Speichereinheit in %1</translation>
    </message>
    <message>
        <location filename="../models/core/quantity.cpp" line="154"/>
        <source>write a number of CPUs such as 0.5, 2 or 1.25</source>
        <translation>schreiben Sie eine CPU-Anzahl wie 0.5, 2 oder 1.25</translation>
    </message>
    <message>
        <location filename="../models/core/quantity.cpp" line="156"/>
        <source>empty CPU count</source>
        <translation>leere CPU-Anzahl</translation>
    </message>
    <message>
        <location filename="../models/core/quantity.cpp" line="158"/>
        <source>CPU count %1 is negative</source>
        <translation>CPU-Anzahl %1 ist negativ</translation>
    </message>
    <message>
        <location filename="../models/core/quantity.cpp" line="163"/>
        <location filename="../models/core/quantity.cpp" line="165"/>
        <source>%1 is not a CPU count</source>
        <translation>%1 ist keine CPU-Anzahl</translation>
    </message>
    <message>
        <location filename="../models/core/quantity.cpp" line="167"/>
        <source>CPU count %1 is too precise</source>
        <translation>CPU-Anzahl %1 ist zu genau</translation>
    </message>
    <message>
        <location filename="../models/core/quantity.cpp" line="167"/>
        <source>use at most 9 decimals</source>
        <translation>verwenden Sie höchstens 9 Nachkommastellen</translation>
    </message>
    <message>
        <location filename="../models/core/quantity.cpp" line="186"/>
        <source>write a number with an optional suffix: m, k, M, G, T, P, E, Ki, Mi, Gi, Ti, Pi, Ei or an exponent (1e3)</source>
        <translation>schreiben Sie eine Zahl mit optionalem Suffix: m, k, M, G, T, P, E, Ki, Mi, Gi, Ti, Pi, Ei oder einem Exponenten (1e3)</translation>
    </message>
    <message>
        <location filename="../models/core/quantity.cpp" line="189"/>
        <source>empty quantity</source>
        <translation>leere Mengenangabe</translation>
    </message>
    <message>
        <location filename="../models/core/quantity.cpp" line="192"/>
        <source>quantity %1 is negative</source>
        <translation>Mengenangabe %1 ist negativ</translation>
    </message>
    <message>
        <location filename="../models/core/quantity.cpp" line="199"/>
        <source>%1 is not a quantity</source>
        <translation>%1 ist keine Mengenangabe</translation>
    </message>
    <message>
        <location filename="../models/core/quantity.cpp" line="227"/>
        <source>unknown suffix %1 in quantity %2</source>
        <translation>unbekanntes Suffix %1 in der Mengenangabe %2</translation>
    </message>
    <message>
        <location filename="../models/core/quantity.cpp" line="257"/>
        <source>write a duration such as 30s, 1m30s, 500ms or 1h (units ns, us, ms, s, m, h)</source>
        <translation>schreiben Sie eine Dauer wie 30s, 1m30s, 500ms oder 1h (Einheiten ns, us, ms, s, m, h)</translation>
    </message>
    <message>
        <location filename="../models/core/quantity.cpp" line="259"/>
        <source>empty duration</source>
        <translation>leere Dauer</translation>
    </message>
    <message>
        <location filename="../models/core/quantity.cpp" line="262"/>
        <source>duration %1 is negative</source>
        <translation>Dauer %1 ist negativ</translation>
    </message>
    <message>
        <location filename="../models/core/quantity.cpp" line="272"/>
        <source>%1 is not a duration</source>
        <translation>%1 ist keine Dauer</translation>
    </message>
    <message>
        <location filename="../models/core/quantity.cpp" line="291"/>
        <source>missing unit in duration %1</source>
        <translation>fehlende Einheit in der Dauer %1</translation>
    </message>
    <message>
        <location filename="../models/core/quantity.cpp" line="293"/>
        <source>unknown unit %1 in duration %2</source>
        <translation>unbekannte Einheit %1 in der Dauer %2</translation>
    </message>
</context>
<context>
    <name>Stackdeck::ResourceFormat</name>
    <message>
        <location filename="../ui/gauges/resourceformat.cpp" line="44"/>
        <source>%1 TiB</source>
        <translation>%1 TiB</translation>
    </message>
    <message>
        <location filename="../ui/gauges/resourceformat.cpp" line="47"/>
        <source>%1 GiB</source>
        <translation>%1 GiB</translation>
    </message>
    <message>
        <location filename="../ui/gauges/resourceformat.cpp" line="49"/>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <location filename="../ui/gauges/resourceformat.cpp" line="51"/>
        <source>%1 KiB</source>
        <translation>%1 KiB</translation>
    </message>
    <message>
        <location filename="../ui/gauges/resourceformat.cpp" line="52"/>
        <source>%1 B</source>
        <translation>%1 B</translation>
    </message>
    <message>
        <location filename="../ui/gauges/resourceformat.cpp" line="57"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location filename="../ui/gauges/resourceformat.cpp" line="63"/>
        <source>%1 CPU · no limit</source>
        <translation>%1 CPU · kein Limit</translation>
    </message>
    <message>
        <location filename="../ui/gauges/resourceformat.cpp" line="64"/>
        <source>%1 / %2 CPU</source>
        <translation>%1 / %2 CPU</translation>
    </message>
    <message>
        <location filename="../ui/gauges/resourceformat.cpp" line="70"/>
        <source>%1 · no limit</source>
        <translation>%1 · kein Limit</translation>
    </message>
    <message>
        <location filename="../ui/gauges/resourceformat.cpp" line="71"/>
        <source>%1 / %2 (%3)</source>
        <translation>%1 / %2 (%3)</translation>
    </message>
</context>
<context>
    <name>Stackdeck::ResourceGauge</name>
    <message>
        <location filename="../ui/gauges/resourcegauge.cpp" line="40"/>
        <source>no data</source>
        <translation>keine Daten</translation>
    </message>
    <message>
        <location filename="../ui/gauges/resourcegauge.cpp" line="148"/>
        <source>Resource gauge</source>
        <translation>Ressourcenanzeige</translation>
    </message>
</context>
<context>
    <name>Stackdeck::ResourceHistoryChart</name>
    <message>
        <location filename="../ui/gauges/resourcehistorychart.cpp" line="56"/>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location filename="../ui/gauges/resourcehistorychart.cpp" line="57"/>
        <source>Memory</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <location filename="../ui/gauges/resourcehistorychart.cpp" line="73"/>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
    <message>
        <location filename="../ui/gauges/resourcehistorychart.cpp" line="74"/>
        <source>5 min</source>
        <translation>5 min</translation>
    </message>
    <message>
        <location filename="../ui/gauges/resourcehistorychart.cpp" line="75"/>
        <source>10 min</source>
        <translation>10 min</translation>
    </message>
    <message>
        <location filename="../ui/gauges/resourcehistorychart.cpp" line="76"/>
        <source>15 min ago</source>
        <translation>vor 15 min</translation>
    </message>
    <message>
        <location filename="../ui/gauges/resourcehistorychart.cpp" line="193"/>
        <source>CPU %</source>
        <translation>CPU %</translation>
    </message>
    <message>
        <location filename="../ui/gauges/resourcehistorychart.cpp" line="89"/>
        <source>CPU and memory over the last 15 minutes</source>
        <translation>CPU und Speicher in den letzten 15 Minuten</translation>
    </message>
    <message>
        <location filename="../ui/gauges/resourcehistorychart.cpp" line="202"/>
        <source>Memory GiB</source>
        <translation>Speicher GiB</translation>
    </message>
    <message>
        <location filename="../ui/gauges/resourcehistorychart.cpp" line="202"/>
        <source>Memory MiB</source>
        <translation>Speicher MiB</translation>
    </message>
</context>
<context>
    <name>Stackdeck::ResourcePanel</name>
    <message>
        <location filename="../ui/gauges/resourcepanel.cpp" line="47"/>
        <source>Resources</source>
        <translation>Ressourcen</translation>
    </message>
    <message>
        <location filename="../ui/gauges/resourcepanel.cpp" line="53"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../ui/gauges/resourcepanel.cpp" line="59"/>
        <source>CPU now</source>
        <translation>CPU jetzt</translation>
    </message>
    <message>
        <location filename="../ui/gauges/resourcepanel.cpp" line="60"/>
        <source>Memory now</source>
        <translation>Speicher jetzt</translation>
    </message>
    <message>
        <location filename="../ui/gauges/resourcepanel.cpp" line="247"/>
        <source>last 15 minutes</source>
        <translation>letzte 15 Minuten</translation>
    </message>
    <message>
        <location filename="../ui/gauges/resourcepanel.cpp" line="249"/>
        <source>no engine</source>
        <translation>keine Engine</translation>
    </message>
    <message>
        <location filename="../ui/gauges/resourcepanel.cpp" line="251"/>
        <source>no samples yet</source>
        <translation>noch keine Messwerte</translation>
    </message>
    <message>
        <location filename="../ui/gauges/resourcepanel.cpp" line="253"/>
        <source>not running</source>
        <translation>läuft nicht</translation>
    </message>
    <message>
        <location filename="../ui/gauges/resourcepanel.cpp" line="255"/>
        <source>CPU as % of its %1 CPU limit</source>
        <translation>CPU in % des Limits von %1 CPU</translation>
    </message>
    <message>
        <location filename="../ui/gauges/resourcepanel.cpp" line="256"/>
        <source>CPU as % of one core</source>
        <translation>CPU in % eines Kerns</translation>
    </message>
    <message>
        <location filename="../ui/gauges/resourcepanel.cpp" line="257"/>
        <source>memory limit %1</source>
        <translation>Speicherlimit %1</translation>
    </message>
    <message>
        <location filename="../ui/gauges/resourcepanel.cpp" line="258"/>
        <source>no memory limit</source>
        <translation>kein Speicherlimit</translation>
    </message>
    <message>
        <location filename="../ui/gauges/resourcepanel.cpp" line="240"/>
        <source>Select a service to see its last 15 minutes</source>
        <translation>Wählen Sie einen Service, um seine letzten 15 Minuten zu sehen</translation>
    </message>
</context>
<context>
    <name>Stackdeck::ResourceRow</name>
    <message>
        <location filename="../ui/gauges/resourcerow.cpp" line="50"/>
        <location filename="../ui/gauges/resourcerow.cpp" line="51"/>
        <location filename="../ui/gauges/resourcerow.cpp" line="69"/>
        <location filename="../ui/gauges/resourcerow.cpp" line="70"/>
        <source>not running</source>
        <translation>läuft nicht</translation>
    </message>
    <message>
        <location filename="../ui/gauges/resourcerow.cpp" line="65"/>
        <location filename="../ui/gauges/resourcerow.cpp" line="66"/>
        <source>no engine</source>
        <translation>keine Engine</translation>
    </message>
    <message>
        <location filename="../ui/gauges/resourcerow.cpp" line="77"/>
        <location filename="../ui/gauges/resourcerow.cpp" line="91"/>
        <source>OOM killed</source>
        <translation>wegen OOM beendet</translation>
    </message>
    <message>
        <location filename="../ui/gauges/resourcerow.cpp" line="78"/>
        <location filename="../ui/gauges/resourcerow.cpp" line="95"/>
        <source>restart loop</source>
        <translation>Neustartschleife</translation>
    </message>
    <message>
        <location filename="../ui/gauges/resourcerow.cpp" line="93"/>
        <source>restart loop, 1 restart</source>
        <translation>Neustartschleife, 1 Neustart</translation>
    </message>
    <message>
        <location filename="../ui/gauges/resourcerow.cpp" line="94"/>
        <source>restart loop, %1 restarts</source>
        <translation>Neustartschleife, %1 Neustarts</translation>
    </message>
    <message>
        <location filename="../ui/gauges/resourcerow.cpp" line="98"/>
        <source>memory at %1 of limit</source>
        <translation>Speicher bei %1 des Limits</translation>
    </message>
</context>
<context>
    <name>Stackdeck::ResourceTotals</name>
    <message>
        <location filename="../ui/gauges/resourcetotals.cpp" line="85"/>
        <source>Stack CPU, 1 core</source>
        <translation>Stack-CPU, 1 Kern</translation>
    </message>
    <message>
        <location filename="../ui/gauges/resourcetotals.cpp" line="85"/>
        <source>Stack CPU, %1 cores</source>
        <translation>Stack-CPU, %1 Kerne</translation>
    </message>
    <message>
        <location filename="../ui/gauges/resourcetotals.cpp" line="86"/>
        <source>Stack memory, of the machine</source>
        <translation>Stack-Speicher, Anteil am Rechner</translation>
    </message>
    <message>
        <location filename="../ui/gauges/resourcetotals.cpp" line="87"/>
        <source>Declared limits (%1 unlimited)</source>
        <translation>Deklarierte Limits (%1 ohne Limit)</translation>
    </message>
    <message>
        <location filename="../ui/gauges/resourcetotals.cpp" line="88"/>
        <source>Declared memory limits</source>
        <translation>Deklarierte Speicherlimits</translation>
    </message>
    <message>
        <location filename="../ui/gauges/resourcetotals.cpp" line="92"/>
        <location filename="../ui/gauges/resourcetotals.cpp" line="96"/>
        <source>no engine</source>
        <translation>keine Engine</translation>
    </message>
    <message>
        <location filename="../ui/gauges/resourcetotals.cpp" line="100"/>
        <source>overcommitted</source>
        <translation>überbucht</translation>
    </message>
</context>
<context>
    <name>Stackdeck::ReviewPanel</name>
    <message>
        <location filename="../ui/editor/reviewpanel.cpp" line="16"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location filename="../ui/editor/reviewpanel.cpp" line="17"/>
        <source>Reload and re-apply my edits</source>
        <translation>Neu laden und meine Änderungen erneut anwenden</translation>
    </message>
    <message>
        <location filename="../ui/editor/reviewpanel.cpp" line="48"/>
        <source>Nothing to save: the files are as loaded.</source>
        <translation>Nichts zu speichern: Die Dateien sind wie geladen.</translation>
    </message>
    <message>
        <location filename="../ui/editor/reviewpanel.cpp" line="50"/>
        <source>Cannot save yet: %1</source>
        <translation>Noch nicht speicherbar: %1</translation>
    </message>
    <message>
        <location filename="../ui/editor/reviewpanel.cpp" line="52"/>
        <source>Cannot save yet: fix the errors in the findings list first.</source>
        <translation>Noch nicht speicherbar: Beheben Sie zuerst die Fehler in der Befundliste.</translation>
    </message>
    <message>
        <location filename="../ui/editor/reviewpanel.cpp" line="54"/>
        <source>These lines change when you save.</source>
        <translation>Diese Zeilen ändern sich beim Speichern.</translation>
    </message>
    <message>
        <location filename="../ui/editor/reviewpanel.cpp" line="62"/>
        <source>edited in Stackdeck</source>
        <translation>in Stackdeck bearbeitet</translation>
    </message>
    <message>
        <location filename="../ui/editor/reviewpanel.cpp" line="64"/>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <location filename="../ui/editor/reviewpanel.cpp" line="69"/>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/editor/reviewpanel.cpp" line="84"/>
        <source>Reloaded, but: %1</source>
        <translation>Neu geladen, aber: %1</translation>
    </message>
    <message>
        <location filename="../ui/editor/reviewpanel.cpp" line="87"/>
        <source>Reloaded the files from disk and made your edits again; review and save.</source>
        <translation>Die Dateien wurden von der Festplatte neu geladen und Ihre Änderungen erneut vorgenommen; prüfen und speichern Sie.</translation>
    </message>
</context>
<context>
    <name>Stackdeck::SafeWriter</name>
    <message>
        <location filename="../models/edit/safewriter.cpp" line="32"/>
        <source>Cannot write the file: %1.</source>
        <translation>Die Datei kann nicht geschrieben werden: %1.</translation>
    </message>
    <message>
        <location filename="../models/edit/safewriter.cpp" line="33"/>
        <source>check that its folder is writable</source>
        <translation>prüfen Sie, ob ihr Ordner beschreibbar ist</translation>
    </message>
    <message>
        <location filename="../models/edit/safewriter.cpp" line="37"/>
        <source>Cannot make the file private (mode 0600).</source>
        <translation>Die Datei kann nicht privat gemacht werden (Modus 0600).</translation>
    </message>
    <message>
        <location filename="../models/edit/safewriter.cpp" line="38"/>
        <source>check the folder&apos;s file system supports permissions</source>
        <translation>prüfen Sie, ob das Dateisystem des Ordners Zugriffsrechte unterstützt</translation>
    </message>
    <message>
        <location filename="../models/edit/safewriter.cpp" line="41"/>
        <source>Writing the file failed: %1; the old version is untouched.</source>
        <translation>Schreiben der Datei fehlgeschlagen: %1; die alte Version ist unverändert.</translation>
    </message>
    <message>
        <location filename="../models/edit/safewriter.cpp" line="42"/>
        <source>check free disk space and permissions</source>
        <translation>prüfen Sie den freien Speicherplatz und die Zugriffsrechte</translation>
    </message>
    <message>
        <location filename="../models/edit/safewriter.cpp" line="74"/>
        <source>A file of this name was created since the document was made; it was not overwritten.</source>
        <translation>Seit dem Erstellen des Dokuments wurde eine Datei dieses Namens angelegt; sie wurde nicht überschrieben.</translation>
    </message>
    <message>
        <location filename="../models/edit/safewriter.cpp" line="75"/>
        <source>reload the project to see it, then make the change again</source>
        <translation>laden Sie das Projekt neu, um sie zu sehen, und nehmen Sie die Änderung dann erneut vor</translation>
    </message>
    <message>
        <location filename="../models/edit/safewriter.cpp" line="78"/>
        <source>Cannot read the file to check it: %1.</source>
        <translation>Die Datei kann zur Prüfung nicht gelesen werden: %1.</translation>
    </message>
    <message>
        <location filename="../models/edit/safewriter.cpp" line="79"/>
        <source>check its permissions</source>
        <translation>prüfen Sie ihre Zugriffsrechte</translation>
    </message>
    <message>
        <location filename="../models/edit/safewriter.cpp" line="82"/>
        <source>The file changed on disk since it was loaded; it was not overwritten.</source>
        <translation>Die Datei wurde seit dem Laden auf der Festplatte geändert; sie wurde nicht überschrieben.</translation>
    </message>
    <message>
        <location filename="../models/edit/safewriter.cpp" line="83"/>
        <source>reload it (run the command again, or reload the project) and make the change again</source>
        <translation>laden Sie sie neu (führen Sie den Befehl erneut aus oder laden Sie das Projekt neu) und nehmen Sie die Änderung erneut vor</translation>
    </message>
    <message>
        <location filename="../models/edit/safewriter.cpp" line="85"/>
        <source>The file was deleted or moved since it was loaded; it was not written.</source>
        <translation>Die Datei wurde seit dem Laden gelöscht oder verschoben; sie wurde nicht geschrieben.</translation>
    </message>
    <message>
        <location filename="../models/edit/safewriter.cpp" line="86"/>
        <source>reload the project and make the change again</source>
        <translation>laden Sie das Projekt neu und nehmen Sie die Änderung erneut vor</translation>
    </message>
    <message>
        <location filename="../models/edit/safewriter.cpp" line="96"/>
        <source>Cannot create the history folder %1; nothing was written.</source>
        <translation>Der Verlaufsordner %1 kann nicht angelegt werden; nichts wurde geschrieben.</translation>
    </message>
    <message>
        <location filename="../models/edit/safewriter.cpp" line="97"/>
        <source>check that the project folder is writable</source>
        <translation>prüfen Sie, ob der Projektordner beschreibbar ist</translation>
    </message>
    <message>
        <location filename="../models/edit/safewriter.cpp" line="105"/>
        <source>Cannot keep the previous version (%1); nothing was written.</source>
        <translation>Die vorherige Version kann nicht aufbewahrt werden (%1); nichts wurde geschrieben.</translation>
    </message>
    <message>
        <location filename="../models/edit/safewriter.cpp" line="109"/>
        <source>Cannot update the history index: %1; nothing was written.</source>
        <translation>Der Verlaufsindex kann nicht aktualisiert werden: %1; nichts wurde geschrieben.</translation>
    </message>
    <message>
        <location filename="../models/edit/safewriter.cpp" line="110"/>
        <source>check that %1 is writable</source>
        <translation>prüfen Sie, ob %1 beschreibbar ist</translation>
    </message>
</context>
<context>
    <name>Stackdeck::ServiceActions</name>
    <message>
        <location filename="../ui/main/serviceactions.cpp" line="16"/>
        <source>the stack</source>
        <translation>Stack</translation>
    </message>
    <message>
        <location filename="../ui/main/serviceactions.cpp" line="23"/>
        <source>Started %1.</source>
        <translation>%1 gestartet.</translation>
    </message>
    <message>
        <location filename="../ui/main/serviceactions.cpp" line="24"/>
        <source>Stopped %1.</source>
        <translation>%1 gestoppt.</translation>
    </message>
    <message>
        <location filename="../ui/main/serviceactions.cpp" line="25"/>
        <source>Restarted %1.</source>
        <translation>%1 neu gestartet.</translation>
    </message>
    <message>
        <location filename="../ui/main/serviceactions.cpp" line="29"/>
        <source>Could not act on %1: %2</source>
        <translation>Aktion für %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../ui/main/serviceactions.cpp" line="35"/>
        <source>Starting %1…</source>
        <translation>%1 wird gestartet…</translation>
    </message>
    <message>
        <location filename="../ui/main/serviceactions.cpp" line="36"/>
        <source>Stopping %1…</source>
        <translation>%1 wird gestoppt…</translation>
    </message>
    <message>
        <location filename="../ui/main/serviceactions.cpp" line="37"/>
        <source>Restarting %1…</source>
        <translation>%1 wird neu gestartet…</translation>
    </message>
    <message>
        <location filename="../ui/main/serviceactions.cpp" line="54"/>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
</context>
<context>
    <name>Stackdeck::ServiceDiff</name>
    <message>
        <location filename="../models/editor/servicediff.cpp" line="173"/>
        <source>(whole value)</source>
        <translation>(ganzer Wert)</translation>
    </message>
    <message>
        <location filename="../models/editor/servicediff.cpp" line="175"/>
        <source>%1: changed</source>
        <translation>%1: geändert</translation>
    </message>
    <message>
        <location filename="../models/editor/servicediff.cpp" line="176"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/editor/servicediff.cpp" line="191"/>
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weiterer</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Stackdeck::ServiceForm</name>
    <message>
        <location filename="../ui/editor/serviceform.cpp" line="125"/>
        <source>No service selected.</source>
        <translation>Kein Service ausgewählt.</translation>
    </message>
    <message>
        <location filename="../ui/editor/serviceform.cpp" line="133"/>
        <location filename="../ui/editor/serviceform.cpp" line="134"/>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <location filename="../ui/editor/serviceform.cpp" line="134"/>
        <source>repository:tag</source>
        <translation>repository:tag</translation>
    </message>
    <message>
        <location filename="../ui/editor/serviceform.cpp" line="136"/>
        <source>Command (one argument a line)</source>
        <translation>Befehl (ein Argument pro Zeile)</translation>
    </message>
    <message>
        <location filename="../ui/editor/serviceform.cpp" line="136"/>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <location filename="../ui/editor/serviceform.cpp" line="137"/>
        <source>Restart policy</source>
        <translation>Neustart-Richtlinie</translation>
    </message>
    <message>
        <location filename="../ui/editor/serviceform.cpp" line="139"/>
        <source>Profiles (one a line)</source>
        <translation>Profile (eines pro Zeile)</translation>
    </message>
    <message>
        <location filename="../ui/editor/serviceform.cpp" line="141"/>
        <source>Ports</source>
        <translation>Ports</translation>
    </message>
    <message>
        <location filename="../ui/editor/serviceform.cpp" line="142"/>
        <source>Published (host:container, one a line)</source>
        <translation>Veröffentlicht (host:container, einer pro Zeile)</translation>
    </message>
    <message>
        <location filename="../ui/editor/serviceform.cpp" line="144"/>
        <source>Exposed to the stack only</source>
        <translation>Nur für den Stack freigegeben</translation>
    </message>
    <message>
        <location filename="../ui/editor/serviceform.cpp" line="146"/>
        <source>Resources</source>
        <translation>Ressourcen</translation>
    </message>
    <message>
        <location filename="../ui/editor/serviceform.cpp" line="148"/>
        <source>Limit</source>
        <translation>Limit</translation>
    </message>
    <message>
        <location filename="../ui/editor/serviceform.cpp" line="148"/>
        <source>Reservation</source>
        <translation>Reservierung</translation>
    </message>
    <message>
        <location filename="../ui/editor/serviceform.cpp" line="149"/>
        <source>%1: CPUs</source>
        <translation>%1: CPUs</translation>
    </message>
    <message>
        <location filename="../ui/editor/serviceform.cpp" line="151"/>
        <source>%1: memory</source>
        <translation>%1: Speicher</translation>
    </message>
    <message>
        <location filename="../ui/editor/serviceform.cpp" line="152"/>
        <source>512M, 2G</source>
        <translation>512M, 2G</translation>
    </message>
    <message>
        <location filename="../ui/editor/serviceform.cpp" line="154"/>
        <source>This machine</source>
        <translation>Dieser Rechner</translation>
    </message>
    <message>
        <location filename="../ui/editor/serviceform.cpp" line="155"/>
        <source>%1 CPUs, %2</source>
        <translation>%1 CPUs, %2</translation>
    </message>
    <message>
        <location filename="../ui/editor/serviceform.cpp" line="160"/>
        <source>Healthcheck</source>
        <translation>Healthcheck</translation>
    </message>
    <message>
        <location filename="../ui/editor/serviceform.cpp" line="162"/>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <location filename="../ui/editor/serviceform.cpp" line="166"/>
        <source>Logging</source>
        <translation>Logging</translation>
    </message>
    <message>
        <location filename="../ui/editor/serviceform.cpp" line="167"/>
        <source>Driver</source>
        <translation>Treiber</translation>
    </message>
    <message>
        <location filename="../ui/editor/serviceform.cpp" line="168"/>
        <source>Max size</source>
        <translation>Max. Größe</translation>
    </message>
    <message>
        <location filename="../ui/editor/serviceform.cpp" line="169"/>
        <source>Max files</source>
        <translation>Max. Dateien</translation>
    </message>
    <message>
        <location filename="../ui/editor/serviceform.cpp" line="171"/>
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <location filename="../ui/editor/serviceform.cpp" line="172"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location filename="../ui/editor/serviceform.cpp" line="173"/>
        <source>Read-only root</source>
        <translation>Schreibgeschütztes Root-Dateisystem</translation>
    </message>
    <message>
        <location filename="../ui/editor/serviceform.cpp" line="174"/>
        <source>Security options (no-new-privileges:true)</source>
        <translation>Sicherheitsoptionen (no-new-privileges:true)</translation>
    </message>
    <message>
        <location filename="../ui/editor/serviceform.cpp" line="175"/>
        <source>Dropped capabilities</source>
        <translation>Entzogene Capabilities</translation>
    </message>
    <message>
        <location filename="../ui/editor/serviceform.cpp" line="179"/>
        <source>Depends on</source>
        <translation>Hängt ab von</translation>
    </message>
    <message>
        <location filename="../ui/editor/serviceform.cpp" line="184"/>
        <source>Networks and volumes</source>
        <translation>Netzwerke und Volumes</translation>
    </message>
    <message>
        <location filename="../ui/editor/serviceform.cpp" line="185"/>
        <source>Networks</source>
        <translation>Netzwerke</translation>
    </message>
    <message>
        <location filename="../ui/editor/serviceform.cpp" line="186"/>
        <source>Volumes (source:target[:ro])</source>
        <translation>Volumes (source:target[:ro])</translation>
    </message>
    <message>
        <location filename="../ui/editor/serviceform.cpp" line="192"/>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <location filename="../ui/editor/serviceform.cpp" line="205"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location filename="../ui/editor/serviceform.cpp" line="208"/>
        <source>value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../ui/editor/serviceform.cpp" line="209"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/editor/serviceform.cpp" line="213"/>
        <source>New variable</source>
        <translation>Neue Variable</translation>
    </message>
    <message>
        <location filename="../ui/editor/serviceform.cpp" line="237"/>
        <source>Set environment.%1</source>
        <translation>environment.%1 setzen</translation>
    </message>
</context>
<context>
    <name>Stackdeck::ServiceInspector</name>
    <message>
        <location filename="../ui/inspector/serviceinspector.cpp" line="47"/>
        <source>Select a service to inspect it.</source>
        <translation>Wählen Sie einen Service, um ihn zu untersuchen.</translation>
    </message>
    <message>
        <location filename="../ui/inspector/serviceinspector.cpp" line="72"/>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <location filename="../ui/inspector/serviceinspector.cpp" line="73"/>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <location filename="../ui/inspector/serviceinspector.cpp" line="74"/>
        <source>Restart</source>
        <translation>Neu starten</translation>
    </message>
    <message>
        <location filename="../ui/inspector/serviceinspector.cpp" line="75"/>
        <source>Logs</source>
        <translation>Logs</translation>
    </message>
    <message>
        <location filename="../ui/inspector/serviceinspector.cpp" line="109"/>
        <source>Ports</source>
        <translation>Ports</translation>
    </message>
    <message>
        <location filename="../ui/inspector/serviceinspector.cpp" line="114"/>
        <source>Probe history</source>
        <translation>Probe-Verlauf</translation>
    </message>
    <message>
        <location filename="../ui/inspector/serviceinspector.cpp" line="118"/>
        <source>Configuration</source>
        <translation>Konfiguration</translation>
    </message>
    <message>
        <location filename="../ui/inspector/serviceinspector.cpp" line="220"/>
        <source>Actions are unavailable right now.</source>
        <translation>Aktionen sind gerade nicht verfügbar.</translation>
    </message>
    <message>
        <location filename="../ui/inspector/serviceinspector.cpp" line="259"/>
        <source>No service selected.</source>
        <translation>Kein Service ausgewählt.</translation>
    </message>
    <message>
        <location filename="../ui/inspector/serviceinspector.cpp" line="265"/>
        <source>The Docker engine is unavailable.</source>
        <translation>Die Docker-Engine ist nicht verfügbar.</translation>
    </message>
    <message>
        <location filename="../ui/inspector/serviceinspector.cpp" line="267"/>
        <source>Wait for the running action to finish.</source>
        <translation>Warten Sie, bis die laufende Aktion abgeschlossen ist.</translation>
    </message>
    <message>
        <location filename="../ui/inspector/serviceinspector.cpp" line="269"/>
        <source>%1 is already running.</source>
        <translation>%1 läuft bereits.</translation>
    </message>
    <message>
        <location filename="../ui/inspector/serviceinspector.cpp" line="270"/>
        <source>%1 is not running.</source>
        <translation>%1 läuft nicht.</translation>
    </message>
    <message>
        <location filename="../ui/inspector/serviceinspector.cpp" line="276"/>
        <source>Start %1</source>
        <translation>%1 starten</translation>
    </message>
    <message>
        <location filename="../ui/inspector/serviceinspector.cpp" line="276"/>
        <source>Stop %1</source>
        <translation>%1 stoppen</translation>
    </message>
    <message>
        <location filename="../ui/inspector/serviceinspector.cpp" line="276"/>
        <source>Restart %1</source>
        <translation>%1 neu starten</translation>
    </message>
    <message>
        <location filename="../ui/inspector/serviceinspector.cpp" line="277"/>
        <source>Show the logs of %1</source>
        <translation>Die Logs von %1 anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/inspector/serviceinspector.cpp" line="292"/>
        <source>No probe results yet.</source>
        <translation>Noch keine Probe-Ergebnisse.</translation>
    </message>
    <message>
        <location filename="../ui/inspector/serviceinspector.cpp" line="308"/>
        <source>%1 older results in the health panel.</source>
        <translation>%1 ältere Ergebnisse im Tab „Zustand“.</translation>
    </message>
    <message>
        <location filename="../ui/inspector/serviceinspector.cpp" line="327"/>
        <source>%1 (to other services only)</source>
        <translation>%1 (nur für andere Services)</translation>
    </message>
    <message>
        <location filename="../ui/inspector/serviceinspector.cpp" line="329"/>
        <source>No published ports.</source>
        <translation>Keine veröffentlichten Ports.</translation>
    </message>
    <message>
        <location filename="../ui/inspector/serviceinspector.cpp" line="357"/>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <location filename="../ui/inspector/serviceinspector.cpp" line="358"/>
        <source>Only the names: values may be secrets.</source>
        <translation>Nur die Namen: Die Werte können Geheimnisse enthalten.</translation>
    </message>
</context>
<context>
    <name>Stackdeck::ServiceRoles</name>
    <message>
        <location filename="../ui/topology/servicerole.cpp" line="76"/>
        <source>Spark</source>
        <translation>Spark</translation>
    </message>
    <message>
        <location filename="../ui/topology/servicerole.cpp" line="77"/>
        <source>Apps</source>
        <translation>Apps</translation>
    </message>
    <message>
        <location filename="../ui/topology/servicerole.cpp" line="78"/>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <location filename="../ui/topology/servicerole.cpp" line="79"/>
        <source>Monitoring</source>
        <translation>Monitoring</translation>
    </message>
    <message>
        <location filename="../ui/topology/servicerole.cpp" line="80"/>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
</context>
<context>
    <name>Stackdeck::ServiceText</name>
    <message>
        <location filename="../models/editor/servicetext.cpp" line="47"/>
        <source>services: is not a block mapping with services in %1; add the service in the YAML view.</source>
        <translation>services: ist in %1 kein Block-Mapping mit Services; fügen Sie den Service in der YAML-Ansicht hinzu.</translation>
    </message>
    <message>
        <location filename="../models/editor/servicetext.cpp" line="53"/>
        <source>Cannot tell where the services end in %1; nothing was changed.</source>
        <translation>Es ist nicht erkennbar, wo die Services in %1 enden; es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../models/editor/servicetext.cpp" line="54"/>
        <source>add the service in the YAML view</source>
        <translation>fügen Sie den Service in der YAML-Ansicht hinzu</translation>
    </message>
    <message>
        <location filename="../models/editor/servicetext.cpp" line="112"/>
        <source>%1 is not written in %2.</source>
        <translation>%1 steht nicht in %2.</translation>
    </message>
    <message>
        <location filename="../models/editor/servicetext.cpp" line="114"/>
        <source>services: is written in flow style; duplicate %1 in the YAML view.</source>
        <translation>services: ist im Flow-Stil geschrieben; duplizieren Sie %1 in der YAML-Ansicht.</translation>
    </message>
    <message>
        <location filename="../models/editor/servicetext.cpp" line="116"/>
        <source>%1 defines an anchor; a copy would define it twice.</source>
        <translation>%1 definiert einen Anker; eine Kopie würde ihn doppelt definieren.</translation>
    </message>
    <message>
        <location filename="../models/editor/servicetext.cpp" line="117"/>
        <source>duplicate it in the YAML view and rename the anchor</source>
        <translation>duplizieren Sie ihn in der YAML-Ansicht und benennen Sie den Anker um</translation>
    </message>
    <message>
        <location filename="../models/editor/servicetext.cpp" line="123"/>
        <source>Cannot tell where %1 is written; nothing was changed.</source>
        <translation>Es ist nicht erkennbar, wo %1 steht; es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../models/editor/servicetext.cpp" line="124"/>
        <source>duplicate it in the YAML view</source>
        <translation>duplizieren Sie ihn in der YAML-Ansicht</translation>
    </message>
</context>
<context>
    <name>Stackdeck::SessionCommand</name>
    <message>
        <location filename="../ui/editor/sessioncommand.cpp" line="20"/>
        <source>No file is open for editing.</source>
        <translation>Keine Datei ist zum Bearbeiten geöffnet.</translation>
    </message>
</context>
<context>
    <name>Stackdeck::SparkForm</name>
    <message>
        <location filename="../ui/editor/sparkform.cpp" line="48"/>
        <source>Workers</source>
        <translation>Worker</translation>
    </message>
    <message>
        <location filename="../ui/editor/sparkform.cpp" line="49"/>
        <source>Cores per worker</source>
        <translation>Kerne pro Worker</translation>
    </message>
    <message>
        <location filename="../ui/editor/sparkform.cpp" line="50"/>
        <source>Memory per worker</source>
        <translation>Speicher pro Worker</translation>
    </message>
    <message>
        <location filename="../ui/editor/sparkform.cpp" line="51"/>
        <source>Container memory limit = worker memory + max(512 MiB, 10 %), rounded up to 128 MiB; CPU limit = cores.</source>
        <translation>Container-Speicherlimit = Worker-Speicher + max(512 MiB, 10 %), aufgerundet auf 128 MiB; CPU-Limit = Kerne.</translation>
    </message>
    <message>
        <location filename="../ui/editor/sparkform.cpp" line="56"/>
        <source>Master URL</source>
        <translation>Master-URL</translation>
    </message>
    <message>
        <location filename="../ui/editor/sparkform.cpp" line="57"/>
        <source>Master web UI port (published)</source>
        <translation>Port der Master-Weboberfläche (veröffentlicht)</translation>
    </message>
    <message>
        <location filename="../ui/editor/sparkform.cpp" line="58"/>
        <source>Master RPC port (stack only)</source>
        <translation>Master-RPC-Port (nur im Stack)</translation>
    </message>
    <message>
        <location filename="../ui/editor/sparkform.cpp" line="127"/>
        <source>Master: %1; workers: %2</source>
        <translation>Master: %1; Worker: %2</translation>
    </message>
    <message>
        <location filename="../ui/editor/sparkform.cpp" line="127"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../ui/editor/sparkform.cpp" line="129"/>
        <source>No Spark master or worker found in this stack.</source>
        <translation>Kein Spark-Master oder -Worker in diesem Stack gefunden.</translation>
    </message>
    <message>
        <location filename="../ui/editor/sparkform.cpp" line="146"/>
        <source>applies to %1 (shared anchor &amp;%2)</source>
        <translation>gilt für %1 (gemeinsamer Anker &amp;%2)</translation>
    </message>
    <message>
        <location filename="../ui/editor/sparkform.cpp" line="148"/>
        <source>written in each worker</source>
        <translation>in jedem Worker geschrieben</translation>
    </message>
    <message>
        <location filename="../ui/editor/sparkform.cpp" line="158"/>
        <source>7077 (expose, not published)</source>
        <translation>7077 (expose, nicht veröffentlicht)</translation>
    </message>
    <message>
        <location filename="../ui/editor/sparkform.cpp" line="159"/>
        <source>7077 is published: keep it under expose</source>
        <translation>7077 ist veröffentlicht: lassen Sie ihn unter expose</translation>
    </message>
    <message>
        <location filename="../ui/editor/sparkform.cpp" line="160"/>
        <source>not declared</source>
        <translation>nicht deklariert</translation>
    </message>
    <message>
        <location filename="../ui/editor/sparkform.cpp" line="215"/>
        <source>Set Spark worker cores</source>
        <translation>Spark-Worker-Kerne setzen</translation>
    </message>
    <message>
        <location filename="../ui/editor/sparkform.cpp" line="218"/>
        <source>Worker cores must be a whole number such as 2, not &quot;%1&quot;.</source>
        <translation>Worker-Kerne müssen eine ganze Zahl wie 2 sein, nicht „%1“.</translation>
    </message>
    <message>
        <location filename="../ui/editor/sparkform.cpp" line="227"/>
        <source>Set Spark worker memory</source>
        <translation>Spark-Worker-Speicher setzen</translation>
    </message>
    <message>
        <location filename="../ui/editor/sparkform.cpp" line="230"/>
        <source>Worker memory &quot;%1&quot; is not a size such as 4g or 2048m.</source>
        <translation>Worker-Speicher „%1“ ist keine Größe wie 4g oder 2048m.</translation>
    </message>
    <message>
        <location filename="../ui/editor/sparkform.cpp" line="239"/>
        <source>Set Spark master URL</source>
        <translation>Spark-Master-URL setzen</translation>
    </message>
    <message>
        <location filename="../ui/editor/sparkform.cpp" line="241"/>
        <source>The master URL must start with spark://, e.g. spark://spark-master:7077.</source>
        <translation>Die Master-URL muss mit spark:// beginnen, z. B. spark://spark-master:7077.</translation>
    </message>
    <message>
        <location filename="../ui/editor/sparkform.cpp" line="247"/>
        <source>%1 has no spark:// argument in a list-form command.</source>
        <translation>%1 hat im Befehl in Listenform kein spark://-Argument.</translation>
    </message>
    <message>
        <location filename="../ui/editor/sparkform.cpp" line="263"/>
        <source>Set Spark UI port</source>
        <translation>Spark-UI-Port setzen</translation>
    </message>
    <message>
        <location filename="../ui/editor/sparkform.cpp" line="267"/>
        <source>The UI port must be a number from 1 to 65535, not &quot;%1&quot;.</source>
        <translation>Der UI-Port muss eine Zahl von 1 bis 65535 sein, nicht „%1“.</translation>
    </message>
    <message>
        <location filename="../ui/editor/sparkform.cpp" line="269"/>
        <source>No Spark master in this stack.</source>
        <translation>Kein Spark-Master in diesem Stack.</translation>
    </message>
    <message>
        <location filename="../ui/editor/sparkform.cpp" line="285"/>
        <source>Set Spark worker count to %1</source>
        <translation>Anzahl der Spark-Worker auf %1 setzen</translation>
    </message>
    <message>
        <location filename="../ui/editor/sparkform.cpp" line="288"/>
        <source>There is no Spark worker to copy; add one first.</source>
        <translation>Es gibt keinen Spark-Worker zum Kopieren; fügen Sie zuerst einen hinzu.</translation>
    </message>
    <message>
        <location filename="../ui/editor/sparkform.cpp" line="302"/>
        <source>The copy of %1 is not recognised as a Spark worker.</source>
        <translation>Die Kopie von %1 wird nicht als Spark-Worker erkannt.</translation>
    </message>
    <message>
        <location filename="../ui/editor/sparkform.cpp" line="311"/>
        <source>%1 could not be removed.</source>
        <translation>%1 konnte nicht entfernt werden.</translation>
    </message>
</context>
<context>
    <name>Stackdeck::StackForm</name>
    <message>
        <location filename="../ui/editor/stackform.cpp" line="45"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../ui/editor/stackform.cpp" line="55"/>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <location filename="../ui/editor/stackform.cpp" line="58"/>
        <source>new service name</source>
        <translation>Name des neuen Service</translation>
    </message>
    <message>
        <location filename="../ui/editor/stackform.cpp" line="59"/>
        <source>image, e.g. redis:7-alpine</source>
        <translation>Image, z. B. redis:7-alpine</translation>
    </message>
    <message>
        <location filename="../ui/editor/stackform.cpp" line="60"/>
        <location filename="../ui/editor/stackform.cpp" line="75"/>
        <location filename="../ui/editor/stackform.cpp" line="84"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/editor/stackform.cpp" line="62"/>
        <source>name of the copy</source>
        <translation>Name der Kopie</translation>
    </message>
    <message>
        <location filename="../ui/editor/stackform.cpp" line="63"/>
        <source>Duplicate selected</source>
        <translation>Auswahl duplizieren</translation>
    </message>
    <message>
        <location filename="../ui/editor/stackform.cpp" line="70"/>
        <source>Networks</source>
        <translation>Netzwerke</translation>
    </message>
    <message>
        <location filename="../ui/editor/stackform.cpp" line="73"/>
        <source>network name</source>
        <translation>Netzwerkname</translation>
    </message>
    <message>
        <location filename="../ui/editor/stackform.cpp" line="76"/>
        <location filename="../ui/editor/stackform.cpp" line="85"/>
        <source>Remove selected</source>
        <translation>Auswahl entfernen</translation>
    </message>
    <message>
        <location filename="../ui/editor/stackform.cpp" line="80"/>
        <source>Volumes</source>
        <translation>Volumes</translation>
    </message>
    <message>
        <location filename="../ui/editor/stackform.cpp" line="83"/>
        <source>volume name</source>
        <translation>Volume-Name</translation>
    </message>
    <message>
        <location filename="../ui/editor/stackform.cpp" line="156"/>
        <source>driver: default (bridge)</source>
        <translation>Treiber: Standard (bridge)</translation>
    </message>
    <message>
        <location filename="../ui/editor/stackform.cpp" line="156"/>
        <source>driver: %1</source>
        <translation>Treiber: %1</translation>
    </message>
    <message>
        <location filename="../ui/editor/stackform.cpp" line="175"/>
        <source>Nothing refers to %1.</source>
        <translation>Nichts verweist auf %1.</translation>
    </message>
    <message>
        <location filename="../ui/editor/stackform.cpp" line="176"/>
        <source>Referenced by:
%1</source>
        <translation>Verwiesen von:
%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/editor/stackform.cpp" line="177"/>
        <source>also remove the %n reference(s)</source>
        <translation>
            <numerusform>auch den %n Verweis entfernen</numerusform>
            <numerusform>auch die %n Verweise entfernen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/editor/stackform.cpp" line="202"/>
        <source>Give the new service a name and an image.</source>
        <translation>Geben Sie dem neuen Service einen Namen und ein Image.</translation>
    </message>
    <message>
        <location filename="../ui/editor/stackform.cpp" line="203"/>
        <source>Add service %1</source>
        <translation>Service %1 hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/editor/stackform.cpp" line="209"/>
        <source>Select a service and give the copy a name.</source>
        <translation>Wählen Sie einen Service aus und geben Sie der Kopie einen Namen.</translation>
    </message>
    <message>
        <location filename="../ui/editor/stackform.cpp" line="210"/>
        <source>Duplicate %1 as %2</source>
        <translation>%1 als %2 duplizieren</translation>
    </message>
    <message>
        <location filename="../ui/editor/stackform.cpp" line="216"/>
        <source>Select the service to remove.</source>
        <translation>Wählen Sie den zu entfernenden Service aus.</translation>
    </message>
    <message>
        <location filename="../ui/editor/stackform.cpp" line="217"/>
        <source>Remove service %1</source>
        <translation>Service %1 entfernen</translation>
    </message>
    <message>
        <location filename="../ui/editor/stackform.cpp" line="223"/>
        <source>Give the network a name.</source>
        <translation>Geben Sie dem Netzwerk einen Namen.</translation>
    </message>
    <message>
        <location filename="../ui/editor/stackform.cpp" line="224"/>
        <source>Add network %1</source>
        <translation>Netzwerk %1 hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/editor/stackform.cpp" line="232"/>
        <source>Select the network to remove.</source>
        <translation>Wählen Sie das zu entfernende Netzwerk aus.</translation>
    </message>
    <message>
        <location filename="../ui/editor/stackform.cpp" line="233"/>
        <source>Remove network %1</source>
        <translation>Netzwerk %1 entfernen</translation>
    </message>
    <message>
        <location filename="../ui/editor/stackform.cpp" line="239"/>
        <source>Give the volume a name.</source>
        <translation>Geben Sie dem Volume einen Namen.</translation>
    </message>
    <message>
        <location filename="../ui/editor/stackform.cpp" line="240"/>
        <source>Add volume %1</source>
        <translation>Volume %1 hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/editor/stackform.cpp" line="248"/>
        <source>Select the volume to remove.</source>
        <translation>Wählen Sie das zu entfernende Volume aus.</translation>
    </message>
    <message>
        <location filename="../ui/editor/stackform.cpp" line="249"/>
        <source>Remove volume %1</source>
        <translation>Volume %1 entfernen</translation>
    </message>
</context>
<context>
    <name>Stackdeck::StackOpener</name>
    <message>
        <location filename="../ui/main/stackopener.cpp" line="55"/>
        <source>This build has no compose loader (models/compose is missing).</source>
        <translation>Dieser Build hat keinen Compose-Loader (models/compose fehlt).</translation>
    </message>
</context>
<context>
    <name>Stackdeck::StatusCommand</name>
    <message>
        <location filename="../models/commands/statuscommand.cpp" line="79"/>
        <source>Project %1</source>
        <translation>Projekt %1</translation>
    </message>
    <message>
        <location filename="../models/commands/statuscommand.cpp" line="88"/>
        <source>no limit</source>
        <translation>kein Limit</translation>
    </message>
    <message>
        <location filename="../models/commands/statuscommand.cpp" line="96"/>
        <source>Stack: %1 — %2</source>
        <translation>Stack: %1 — %2</translation>
    </message>
    <message>
        <location filename="../models/commands/statuscommand.cpp" line="105"/>
        <source>Prints every service&apos;s state, health (with the probe&apos;s message), CPU, memory against its limit and restarts, then the stack&apos;s health. Exit status: 0 all healthy, 1 something degraded, 2 something down or the engine unreachable.</source>
        <translation>Gibt für jeden Service Status, Zustand (mit der Meldung der Probe), CPU, Speicher im Verhältnis zum Limit und Neustarts aus, danach den Zustand des Stacks. Exit-Status: 0 alles gesund, 1 etwas beeinträchtigt, 2 etwas ausgefallen oder die Engine nicht erreichbar.</translation>
    </message>
    <message>
        <location filename="../models/commands/statuscommand.cpp" line="108"/>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <location filename="../models/commands/statuscommand.cpp" line="109"/>
        <source>Compose file; repeat for several.</source>
        <translation>Compose-Datei; für mehrere wiederholen.</translation>
    </message>
    <message>
        <location filename="../models/commands/statuscommand.cpp" line="109"/>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <location filename="../models/commands/statuscommand.cpp" line="110"/>
        <source>Project name.</source>
        <translation>Projektname.</translation>
    </message>
    <message>
        <location filename="../models/commands/statuscommand.cpp" line="110"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location filename="../models/commands/statuscommand.cpp" line="111"/>
        <source>Environment file for interpolation.</source>
        <translation>Env-Datei für die Variablenersetzung.</translation>
    </message>
    <message>
        <location filename="../models/commands/statuscommand.cpp" line="111"/>
        <source>F</source>
        <translation>F</translation>
    </message>
    <message>
        <location filename="../models/commands/statuscommand.cpp" line="112"/>
        <source>Output format: text or json (default text).</source>
        <translation>Ausgabeformat: text oder json (Standard: text).</translation>
    </message>
    <message>
        <location filename="../models/commands/statuscommand.cpp" line="112"/>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <location filename="../models/commands/statuscommand.cpp" line="114"/>
        <source>Repeat until interrupted.</source>
        <translation>Wiederholen, bis abgebrochen wird.</translation>
    </message>
    <message>
        <location filename="../models/commands/statuscommand.cpp" line="115"/>
        <source>Seconds between rounds with --watch (default 2).</source>
        <translation>Sekunden zwischen den Runden mit --watch (Standard: 2).</translation>
    </message>
    <message>
        <location filename="../models/commands/statuscommand.cpp" line="116"/>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <location filename="../models/commands/statuscommand.cpp" line="117"/>
        <source>Stop --watch after N rounds.</source>
        <translation>--watch nach N Runden beenden.</translation>
    </message>
    <message>
        <location filename="../models/commands/statuscommand.cpp" line="117"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location filename="../models/commands/statuscommand.cpp" line="122"/>
        <source>Try &apos;stackdeck status --help&apos;.</source>
        <translation>Siehe &apos;stackdeck status --help&apos;.</translation>
    </message>
    <message>
        <location filename="../models/commands/statuscommand.cpp" line="133"/>
        <source>unexpected argument &quot;%1&quot;.</source>
        <translation>unerwartetes Argument „%1“.</translation>
    </message>
    <message>
        <location filename="../models/commands/statuscommand.cpp" line="138"/>
        <source>unknown format &quot;%1&quot;; use text or json.</source>
        <translation>unbekanntes Format „%1“; verwenden Sie text oder json.</translation>
    </message>
    <message>
        <location filename="../models/commands/statuscommand.cpp" line="144"/>
        <source>--interval takes seconds (at least 0.1).</source>
        <translation>--interval erwartet Sekunden (mindestens 0.1).</translation>
    </message>
</context>
<context>
    <name>Stackdeck::StatusContext</name>
    <message>
        <location filename="../models/commands/statuscontext.cpp" line="53"/>
        <source>engine unreachable (%1): %2</source>
        <translation>Engine nicht erreichbar (%1): %2</translation>
    </message>
</context>
<context>
    <name>Stackdeck::StatusSampler</name>
    <message>
        <location filename="../models/commands/statussampler.cpp" line="116"/>
        <source>not created</source>
        <translation>nicht erstellt</translation>
    </message>
    <message>
        <location filename="../models/commands/statussampler.cpp" line="117"/>
        <source>No container: the service was never created (run up).</source>
        <translation>Kein Container: Der Service wurde nie erstellt (führen Sie up aus).</translation>
    </message>
    <message>
        <location filename="../models/commands/statussampler.cpp" line="136"/>
        <source>running %1/%2</source>
        <translation>läuft %1/%2</translation>
    </message>
</context>
<context>
    <name>Stackdeck::TopologyLayout</name>
    <message>
        <location filename="../ui/topology/topologylayout.cpp" line="47"/>
        <source>The topology could not be laid out: %1</source>
        <translation>Die Topologie konnte nicht angeordnet werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/topology/topologylayout.cpp" line="48"/>
        <source>unknown Graphviz error</source>
        <translation>unbekannter Graphviz-Fehler</translation>
    </message>
    <message>
        <location filename="../ui/topology/topologylayout.cpp" line="51"/>
        <source>Check that Graphviz&apos;s dot plugin (libgvc6) is installed.</source>
        <translation>Prüfen Sie, ob das dot-Plugin von Graphviz (libgvc6) installiert ist.</translation>
    </message>
</context>
<context>
    <name>Stackdeck::TopologyScene</name>
    <message>
        <location filename="../ui/topology/topologyscene.cpp" line="32"/>
        <source>build: %1</source>
        <translation>build: %1</translation>
    </message>
    <message>
        <location filename="../ui/topology/topologyscene.cpp" line="233"/>
        <source>%1 is down</source>
        <translation>%1 ist ausgefallen</translation>
    </message>
    <message>
        <location filename="../ui/topology/topologyscene.cpp" line="233"/>
        <source>%1 are down</source>
        <translation>%1 sind ausgefallen</translation>
    </message>
    <message>
        <location filename="../ui/topology/topologyscene.cpp" line="235"/>
        <source>%1 is unhealthy</source>
        <translation>%1 ist ungesund</translation>
    </message>
    <message>
        <location filename="../ui/topology/topologyscene.cpp" line="236"/>
        <source>%1 are unhealthy</source>
        <translation>%1 sind ungesund</translation>
    </message>
</context>
<context>
    <name>Stackdeck::TopologyView</name>
    <message>
        <location filename="../ui/topology/topologyview.cpp" line="37"/>
        <source>Stack topology</source>
        <translation>Stack-Topologie</translation>
    </message>
    <message>
        <location filename="../ui/topology/topologyview.cpp" line="47"/>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <location filename="../ui/topology/topologyview.cpp" line="47"/>
        <source>Fit the whole stack in view (F)</source>
        <translation>Den ganzen Stack einpassen (F)</translation>
    </message>
    <message>
        <location filename="../ui/topology/topologyview.cpp" line="48"/>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <location filename="../ui/topology/topologyview.cpp" line="48"/>
        <source>Zoom in (+ or Ctrl+wheel)</source>
        <translation>Vergrößern (+ oder Strg+Mausrad)</translation>
    </message>
    <message>
        <location filename="../ui/topology/topologyview.cpp" line="49"/>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <location filename="../ui/topology/topologyview.cpp" line="49"/>
        <source>Zoom out (- or Ctrl+wheel)</source>
        <translation>Verkleinern (- oder Strg+Mausrad)</translation>
    </message>
    <message>
        <location filename="../ui/topology/topologyview.cpp" line="52"/>
        <source>Arrows point to what a service depends on: solid = must be healthy, dashed = must be started, dotted = must complete. Coloured tags are networks.</source>
        <translation>Pfeile zeigen auf das, wovon ein Service abhängt: durchgezogen = muss gesund sein, gestrichelt = muss gestartet sein, gepunktet = muss abgeschlossen sein. Farbige Etiketten sind Netzwerke.</translation>
    </message>
</context>
<context>
    <name>Stackdeck::Validator</name>
    <message>
        <location filename="../models/validate/hardeningrules.cpp" line="112"/>
        <source>%1 port %2 is published to the host; only the cluster&apos;s containers need it</source>
        <translation>%1-Port %2 ist auf dem Host veröffentlicht; nur die Container des Clusters brauchen ihn</translation>
    </message>
    <message>
        <location filename="../models/validate/hardeningrules.cpp" line="114"/>
        <source>move it to expose: [&quot;%1&quot;] (or bind it to 127.0.0.1)</source>
        <translation>verschieben Sie ihn nach expose: [&quot;%1&quot;] (oder binden Sie ihn an 127.0.0.1)</translation>
    </message>
    <message>
        <location filename="../models/validate/hardeningrules.cpp" line="117"/>
        <source>%1 port %2 is published to the host in a production file</source>
        <translation>%1-Port %2 ist in einer Produktionsdatei auf dem Host veröffentlicht</translation>
    </message>
    <message>
        <location filename="../models/validate/hardeningrules.cpp" line="118"/>
        <source>remove the ports: entry; the applications reach it over the compose network</source>
        <translation>entfernen Sie den Eintrag unter ports:; die Anwendungen erreichen ihn über das Compose-Netzwerk</translation>
    </message>
    <message>
        <location filename="../models/validate/hardeningrules.cpp" line="121"/>
        <source>%1 port %2 is published to the host</source>
        <translation>%1-Port %2 ist auf dem Host veröffentlicht</translation>
    </message>
    <message>
        <location filename="../models/validate/hardeningrules.cpp" line="122"/>
        <source>use expose: [&quot;%1&quot;], or bind it to 127.0.0.1 for local tools</source>
        <translation>verwenden Sie expose: [&quot;%1&quot;], oder binden Sie ihn für lokale Werkzeuge an 127.0.0.1</translation>
    </message>
    <message>
        <location filename="../models/validate/hardeningrules.cpp" line="148"/>
        <source>no CPU or memory limit</source>
        <translation>kein CPU- oder Speicherlimit</translation>
    </message>
    <message>
        <location filename="../models/validate/hardeningrules.cpp" line="148"/>
        <source>no memory limit</source>
        <translation>kein Speicherlimit</translation>
    </message>
    <message>
        <location filename="../models/validate/hardeningrules.cpp" line="149"/>
        <source>no CPU limit</source>
        <translation>kein CPU-Limit</translation>
    </message>
    <message>
        <location filename="../models/validate/hardeningrules.cpp" line="151"/>
        <source>service &quot;%1&quot; has %2; one runaway container can starve the others</source>
        <translation>Service „%1“ hat %2; ein außer Kontrolle geratener Container kann die anderen aushungern</translation>
    </message>
    <message>
        <location filename="../models/validate/hardeningrules.cpp" line="152"/>
        <source>add deploy.resources.limits with cpus: and memory: (e.g. cpus: &apos;1&apos;, memory: 1G)</source>
        <translation>ergänzen Sie deploy.resources.limits mit cpus: und memory: (z. B. cpus: &apos;1&apos;, memory: 1G)</translation>
    </message>
    <message>
        <location filename="../models/validate/hardeningrules.cpp" line="160"/>
        <source>service &quot;%1&quot; has no restart policy; it stays down after a crash or a reboot</source>
        <translation>Service „%1“ hat keine Restart-Policy; nach einem Absturz oder Neustart des Rechners bleibt er aus</translation>
    </message>
    <message>
        <location filename="../models/validate/hardeningrules.cpp" line="161"/>
        <source>add restart: unless-stopped</source>
        <translation>ergänzen Sie restart: unless-stopped</translation>
    </message>
    <message>
        <location filename="../models/validate/hardeningrules.cpp" line="179"/>
        <source>service &quot;%1&quot; logs with the default json-file driver and no rotation; logs grow until the disk is full</source>
        <translation>Service „%1“ loggt mit dem Standardtreiber json-file ohne Rotation; die Logs wachsen, bis die Festplatte voll ist</translation>
    </message>
    <message>
        <location filename="../models/validate/hardeningrules.cpp" line="181"/>
        <source>json-file logging of &quot;%1&quot; has no %2; logs grow until the disk is full</source>
        <translation>Das json-file-Logging von „%1“ hat kein %2; die Logs wachsen, bis die Festplatte voll ist</translation>
    </message>
    <message>
        <location filename="../models/validate/hardeningrules.cpp" line="184"/>
        <source>add logging: {driver: json-file, options: {max-size: &quot;10m&quot;, max-file: &quot;3&quot;}}</source>
        <translation>ergänzen Sie logging: {driver: json-file, options: {max-size: &quot;10m&quot;, max-file: &quot;3&quot;}}</translation>
    </message>
    <message>
        <location filename="../models/validate/hardeningrules.cpp" line="195"/>
        <source>service &quot;%1&quot; runs as root</source>
        <translation>Service „%1“ läuft als root</translation>
    </message>
    <message>
        <location filename="../models/validate/hardeningrules.cpp" line="196"/>
        <source>run as an unprivileged user, e.g. user: &quot;1000:1000&quot;</source>
        <translation>lassen Sie ihn als unprivilegierten Benutzer laufen, z. B. user: &quot;1000:1000&quot;</translation>
    </message>
    <message>
        <location filename="../models/validate/hardeningrules.cpp" line="200"/>
        <source>service &quot;%1&quot; sets no user:, so it runs as the image&apos;s user, often root</source>
        <translation>Service „%1“ setzt kein user:, läuft also als Benutzer des Images, oft root</translation>
    </message>
    <message>
        <location filename="../models/validate/hardeningrules.cpp" line="201"/>
        <source>add user: &quot;1000:1000&quot; (or the image&apos;s non-root user)</source>
        <translation>ergänzen Sie user: &quot;1000:1000&quot; (oder den Nicht-root-Benutzer des Images)</translation>
    </message>
    <message>
        <location filename="../models/validate/hardeningrules.cpp" line="236"/>
        <source>%1 falls back to the well-known default &quot;%2&quot;; anyone can guess it</source>
        <translation>%1 fällt auf den allgemein bekannten Standardwert „%2“ zurück; den kann jeder erraten</translation>
    </message>
    <message>
        <location filename="../models/validate/hardeningrules.cpp" line="237"/>
        <source>%1 is the well-known default &quot;%2&quot;; anyone can guess it</source>
        <translation>%1 ist der allgemein bekannte Standardwert „%2“; den kann jeder erraten</translation>
    </message>
    <message>
        <location filename="../models/validate/hardeningrules.cpp" line="238"/>
        <source>generate a strong value, keep it in .env (mode 0600) and write %1: ${%1:?set %1 in .env}</source>
        <translation>erzeugen Sie einen starken Wert, legen Sie ihn in .env ab (Modus 0600) und schreiben Sie %1: ${%1:?set %1 in .env}</translation>
    </message>
    <message>
        <location filename="../models/validate/hardeningrules.cpp" line="242"/>
        <source>%1 is written in the compose file; it ends up in git and in docker inspect</source>
        <translation>%1 steht direkt in der Compose-Datei; so landet es in git und in docker inspect</translation>
    </message>
    <message>
        <location filename="../models/validate/hardeningrules.cpp" line="243"/>
        <source>write %1: ${%1} and keep the value in .env (mode 0600), or use secrets:</source>
        <translation>schreiben Sie %1: ${%1} und legen Sie den Wert in .env ab (Modus 0600), oder verwenden Sie secrets:</translation>
    </message>
    <message>
        <location filename="../models/validate/portmapping.cpp" line="21"/>
        <source>&quot;%1&quot; is not a port number or range</source>
        <translation>„%1“ ist keine Portnummer und kein Portbereich</translation>
    </message>
    <message>
        <location filename="../models/validate/portmapping.cpp" line="25"/>
        <source>port %1 is outside 1-65535</source>
        <translation>Port %1 liegt außerhalb von 1-65535</translation>
    </message>
    <message>
        <location filename="../models/validate/portmapping.cpp" line="29"/>
        <source>port range &quot;%1&quot; ends before it starts</source>
        <translation>Portbereich „%1“ endet, bevor er beginnt</translation>
    </message>
    <message>
        <location filename="../models/validate/portmapping.cpp" line="46"/>
        <source>published range %1 has %2 ports but target range %3 has %4</source>
        <translation>veröffentlichter Bereich %1 hat %2 Ports, der Zielbereich %3 aber %4</translation>
    </message>
    <message>
        <location filename="../models/validate/portmapping.cpp" line="57"/>
        <source>unknown protocol &quot;%1&quot; (use tcp, udp or sctp)</source>
        <translation>unbekanntes Protokoll „%1“ (verwenden Sie tcp, udp oder sctp)</translation>
    </message>
    <message>
        <location filename="../models/validate/portmapping.cpp" line="64"/>
        <source>unclosed IPv6 address in &quot;%1&quot;</source>
        <translation>nicht geschlossene IPv6-Adresse in „%1“</translation>
    </message>
    <message>
        <location filename="../models/validate/portmapping.cpp" line="70"/>
        <source>a host address needs a published port: IP:PUBLISHED:TARGET</source>
        <translation>eine Host-Adresse braucht einen veröffentlichten Port: IP:PUBLISHED:TARGET</translation>
    </message>
    <message>
        <location filename="../models/validate/portmapping.cpp" line="86"/>
        <source>&quot;%1&quot; has too many &apos;:&apos; (use [IPv6]:PUBLISHED:TARGET for IPv6 addresses)</source>
        <translation>„%1“ enthält zu viele &apos;:&apos; (für IPv6-Adressen [IPv6]:PUBLISHED:TARGET verwenden)</translation>
    </message>
    <message>
        <location filename="../models/validate/portmapping.cpp" line="101"/>
        <source>a long-syntax port needs target:</source>
        <translation>ein Port in Langform braucht target:</translation>
    </message>
    <message>
        <location filename="../models/validate/portmapping.cpp" line="146"/>
        <source>a port must be a string such as &quot;8080:80&quot; or a mapping with target:</source>
        <translation>ein Port muss eine Zeichenkette wie &quot;8080:80&quot; oder ein Mapping mit target: sein</translation>
    </message>
    <message>
        <location filename="../models/validate/portrules.cpp" line="63"/>
        <source>make the published and target ranges the same size</source>
        <translation>machen Sie veröffentlichten Bereich und Zielbereich gleich groß</translation>
    </message>
    <message>
        <location filename="../models/validate/portrules.cpp" line="64"/>
        <source>write PUBLISHED:TARGET with ports 1-65535, e.g. &quot;8080:80&quot;</source>
        <translation>schreiben Sie PUBLISHED:TARGET mit Ports 1-65535, z. B. &quot;8080:80&quot;</translation>
    </message>
    <message>
        <location filename="../models/validate/portrules.cpp" line="71"/>
        <source>service &quot;%1&quot; runs %2 replicas, but only one can publish host port %3</source>
        <translation>Service „%1“ läuft mit %2 Replikaten, aber nur eines kann den Host-Port %3 veröffentlichen</translation>
    </message>
    <message>
        <location filename="../models/validate/portrules.cpp" line="73"/>
        <source>publish a range (&quot;8000-8010:%1&quot;) or drop the published port and use a proxy</source>
        <translation>veröffentlichen Sie einen Bereich (&quot;8000-8010:%1&quot;), oder lassen Sie den veröffentlichten Port weg und verwenden Sie einen Proxy</translation>
    </message>
    <message>
        <location filename="../models/validate/portrules.cpp" line="93"/>
        <source>host port %1 is already published by service &quot;%2&quot; (%3)</source>
        <translation>Host-Port %1 wird bereits von Service „%2“ veröffentlicht (%3)</translation>
    </message>
    <message>
        <location filename="../models/validate/portrules.cpp" line="95"/>
        <source>choose another host port, e.g. &quot;%1:%2&quot;</source>
        <translation>wählen Sie einen anderen Host-Port, z. B. &quot;%1:%2&quot;</translation>
    </message>
    <message>
        <location filename="../models/validate/referencerules.cpp" line="107"/>
        <source>service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../models/validate/referencerules.cpp" line="108"/>
        <source>define the service under services: or remove it from depends_on</source>
        <translation>definieren Sie den Service unter services: oder entfernen Sie ihn aus depends_on</translation>
    </message>
    <message>
        <location filename="../models/validate/referencerules.cpp" line="114"/>
        <source>network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <location filename="../models/validate/referencerules.cpp" line="115"/>
        <source>declare it under the top-level networks:</source>
        <translation>deklarieren Sie es unter networks: auf oberster Ebene</translation>
    </message>
    <message>
        <location filename="../models/validate/referencerules.cpp" line="119"/>
        <source>secret</source>
        <translation>Secret</translation>
    </message>
    <message>
        <location filename="../models/validate/referencerules.cpp" line="120"/>
        <source>config</source>
        <translation>Config</translation>
    </message>
    <message>
        <location filename="../models/validate/referencerules.cpp" line="132"/>
        <source>%1 %2 is not defined</source>
        <translation>%1 %2 ist nicht definiert</translation>
    </message>
    <message>
        <location filename="../models/validate/referencerules.cpp" line="133"/>
        <location filename="../models/validate/structurerules.cpp" line="127"/>
        <source>did you mean %1?</source>
        <translation>meinten Sie %1?</translation>
    </message>
    <message>
        <location filename="../models/validate/referencerules.cpp" line="155"/>
        <source>named volume</source>
        <translation>Benanntes Volume</translation>
    </message>
    <message>
        <location filename="../models/validate/referencerules.cpp" line="156"/>
        <source>declare it under the top-level volumes:, or write a path (./%1) for a bind mount</source>
        <translation>deklarieren Sie es unter volumes: auf oberster Ebene, oder schreiben Sie für einen Bind-Mount einen Pfad (./%1)</translation>
    </message>
    <message>
        <location filename="../models/validate/referencerules.cpp" line="179"/>
        <source>declare it under the top-level %1: with file: or environment:</source>
        <translation>deklarieren Sie es unter %1: auf oberster Ebene mit file: oder environment:</translation>
    </message>
    <message>
        <location filename="../models/validate/referencerules.cpp" line="216"/>
        <source>extends file %1 does not exist</source>
        <translation>die extends-Datei %1 existiert nicht</translation>
    </message>
    <message>
        <location filename="../models/validate/referencerules.cpp" line="217"/>
        <source>check the path; it is relative to %1</source>
        <translation>prüfen Sie den Pfad; er ist relativ zu %1</translation>
    </message>
    <message>
        <location filename="../models/validate/referencerules.cpp" line="223"/>
        <source>extended service</source>
        <translation>Erweiterter Service</translation>
    </message>
    <message>
        <location filename="../models/validate/referencerules.cpp" line="224"/>
        <source>name a service defined in this file, or add file: to extend one from another file</source>
        <translation>nennen Sie einen in dieser Datei definierten Service, oder ergänzen Sie file:, um einen aus einer anderen Datei zu erweitern</translation>
    </message>
    <message>
        <location filename="../models/validate/referencerules.cpp" line="253"/>
        <source>depends_on cycle: %1</source>
        <translation>depends_on-Zyklus: %1</translation>
    </message>
    <message>
        <location filename="../models/validate/referencerules.cpp" line="254"/>
        <source>remove one of these dependencies; compose cannot start a cycle</source>
        <translation>entfernen Sie eine dieser Abhängigkeiten; Compose kann keinen Zyklus starten</translation>
    </message>
    <message>
        <location filename="../models/validate/resourcerules.cpp" line="28"/>
        <source>%1 CPUs</source>
        <translation>%1 CPUs</translation>
    </message>
    <message>
        <location filename="../models/validate/resourcerules.cpp" line="66"/>
        <source>the services&apos; CPU limits add up to %1, more than this machine&apos;s %2</source>
        <translation>die CPU-Limits der Services ergeben zusammen %1, mehr als die %2 dieses Rechners</translation>
    </message>
    <message>
        <location filename="../models/validate/resourcerules.cpp" line="68"/>
        <source>lower deploy.resources.limits.cpus or the replicas, or run on a larger machine</source>
        <translation>senken Sie deploy.resources.limits.cpus oder die Zahl der Replikate, oder verwenden Sie einen größeren Rechner</translation>
    </message>
    <message>
        <location filename="../models/validate/resourcerules.cpp" line="72"/>
        <source>the services&apos; memory limits add up to %1, more than this machine&apos;s %2</source>
        <translation>die Speicherlimits der Services ergeben zusammen %1, mehr als die %2 dieses Rechners</translation>
    </message>
    <message>
        <location filename="../models/validate/resourcerules.cpp" line="74"/>
        <source>lower deploy.resources.limits.memory or the replicas, or run on a larger machine</source>
        <translation>senken Sie deploy.resources.limits.memory oder die Zahl der Replikate, oder verwenden Sie einen größeren Rechner</translation>
    </message>
    <message>
        <location filename="../models/validate/resourcerules.cpp" line="91"/>
        <location filename="../models/validate/structurerules.cpp" line="225"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../models/validate/resourcerules.cpp" line="148"/>
        <source>reservation %1 is more than the limit %2 (%3)</source>
        <translation>Reservierung %1 ist größer als das Limit %2 (%3)</translation>
    </message>
    <message>
        <location filename="../models/validate/resourcerules.cpp" line="150"/>
        <source>lower the reservation to at most %1, or raise the limit</source>
        <translation>senken Sie die Reservierung auf höchstens %1, oder erhöhen Sie das Limit</translation>
    </message>
    <message>
        <location filename="../models/validate/resourcerules.cpp" line="158"/>
        <source>limit %1 is more than this machine has (%2)</source>
        <translation>Limit %1 ist mehr, als dieser Rechner hat (%2)</translation>
    </message>
    <message>
        <location filename="../models/validate/resourcerules.cpp" line="159"/>
        <source>lower it to at most %1</source>
        <translation>senken Sie es auf höchstens %1</translation>
    </message>
    <message>
        <location filename="../models/validate/structurerules.cpp" line="124"/>
        <source>unknown key %1 in %2</source>
        <translation>unbekannter Schlüssel %1 in %2</translation>
    </message>
    <message>
        <location filename="../models/validate/structurerules.cpp" line="126"/>
        <source>remove it, or rename it to x-%1 to keep it as an extension field</source>
        <translation>entfernen Sie ihn, oder benennen Sie ihn in x-%1 um, um ihn als Erweiterungsfeld zu behalten</translation>
    </message>
    <message>
        <location filename="../models/validate/structurerules.cpp" line="140"/>
        <source>%1 must be %2, not %3</source>
        <translation>%1 muss %2 sein, nicht %3</translation>
    </message>
    <message>
        <location filename="../models/validate/structurerules.cpp" line="141"/>
        <source>write %1 as %2</source>
        <translation>schreiben Sie %1 als %2</translation>
    </message>
    <message>
        <location filename="../models/validate/structurerules.cpp" line="179"/>
        <source>%1 must be a mapping, not %2</source>
        <translation>%1 muss ein Mapping sein, nicht %2</translation>
    </message>
    <message>
        <location filename="../models/validate/structurerules.cpp" line="180"/>
        <source>write %1 as a mapping of its settings</source>
        <translation>schreiben Sie %1 als Mapping seiner Einstellungen</translation>
    </message>
    <message>
        <location filename="../models/validate/structurerules.cpp" line="191"/>
        <source>service %1 has neither an image nor a build context</source>
        <translation>Service %1 hat weder ein Image noch einen Build-Kontext</translation>
    </message>
    <message>
        <location filename="../models/validate/structurerules.cpp" line="192"/>
        <source>add image: NAME:TAG or build: ./folder</source>
        <translation>ergänzen Sie image: NAME:TAG oder build: ./folder</translation>
    </message>
    <message>
        <location filename="../models/validate/structurerules.cpp" line="235"/>
        <source>did you mean %1? </source>
        <translation>meinten Sie %1? </translation>
    </message>
    <message>
        <location filename="../models/validate/structurerules.cpp" line="236"/>
        <source>allowed values: %1</source>
        <translation>erlaubte Werte: %1</translation>
    </message>
    <message>
        <location filename="../models/validate/structurerules.cpp" line="238"/>
        <source>%1 is not a valid value for %2</source>
        <translation>%1 ist kein gültiger Wert für %2</translation>
    </message>
    <message>
        <location filename="../models/validate/structurerules.cpp" line="253"/>
        <source>a compose file must be a mapping, not %1</source>
        <translation>eine Compose-Datei muss ein Mapping sein, nicht %1</translation>
    </message>
    <message>
        <location filename="../models/validate/structurerules.cpp" line="254"/>
        <source>start the file with services:</source>
        <translation>beginnen Sie die Datei mit services:</translation>
    </message>
</context>
<context>
    <name>Stackdeck::ValueExplanation</name>
    <message>
        <location filename="../models/helm/valueexplanation.cpp" line="23"/>
        <source>(deleted the key)</source>
        <translation>(hat den Schlüssel gelöscht)</translation>
    </message>
    <message>
        <location filename="../models/helm/valueexplanation.cpp" line="25"/>
        <source>(replaced a parent with</source>
        <translation>(hat einen übergeordneten Schlüssel ersetzt durch</translation>
    </message>
    <message>
        <location filename="../models/helm/valueexplanation.cpp" line="75"/>
        <source>is not set</source>
        <translation>ist nicht gesetzt</translation>
    </message>
    <message>
        <location filename="../models/helm/valueexplanation.cpp" line="79"/>
        <source>(the top level)</source>
        <translation>(die oberste Ebene)</translation>
    </message>
    <message>
        <location filename="../models/helm/valueexplanation.cpp" line="80"/>
        <source>closest parent:</source>
        <translation>nächster übergeordneter Schlüssel:</translation>
    </message>
    <message>
        <location filename="../models/helm/valueexplanation.cpp" line="88"/>
        <source>has keys:</source>
        <translation>hat die Schlüssel:</translation>
    </message>
</context>
<context>
    <name>Stackdeck::ValuesCommand</name>
    <message>
        <location filename="../models/commands/valuescommand.cpp" line="25"/>
        <source>Prints the effective Helm values of a chart: values.yaml, then one environment, then presets in the order given (maps merge, lists and scalars replace, null deletes). With --explain, prints one key&apos;s value, the layer that set it and the values it overrode.</source>
        <translation>Gibt die wirksamen Helm-Werte eines Charts aus: values.yaml, dann eine Umgebung, dann Presets in der angegebenen Reihenfolge (Maps werden zusammengeführt, Listen und Skalare ersetzt, null löscht). Mit --explain wird der Wert eines Schlüssels ausgegeben, die Ebene, die ihn gesetzt hat, und die Werte, die er überschrieben hat.</translation>
    </message>
    <message>
        <location filename="../models/commands/valuescommand.cpp" line="28"/>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <location filename="../models/commands/valuescommand.cpp" line="29"/>
        <source>Chart folder holding values.yaml (default: the current folder).</source>
        <translation>Chart-Ordner mit der values.yaml (Standard: der aktuelle Ordner).</translation>
    </message>
    <message>
        <location filename="../models/commands/valuescommand.cpp" line="30"/>
        <source>DIR</source>
        <translation>ORDNER</translation>
    </message>
    <message>
        <location filename="../models/commands/valuescommand.cpp" line="31"/>
        <source>Environment: environments/ENV/values.yaml (dev, staging, prod).</source>
        <translation>Umgebung: environments/ENV/values.yaml (dev, staging, prod).</translation>
    </message>
    <message>
        <location filename="../models/commands/valuescommand.cpp" line="32"/>
        <source>ENV</source>
        <translation>ENV</translation>
    </message>
    <message>
        <location filename="../models/commands/valuescommand.cpp" line="34"/>
        <source>Preset presets/P.yaml or presets/P-values.yaml; repeat for several, applied in order.</source>
        <translation>Preset presets/P.yaml oder presets/P-values.yaml; für mehrere wiederholen, in Reihenfolge angewendet.</translation>
    </message>
    <message>
        <location filename="../models/commands/valuescommand.cpp" line="35"/>
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <location filename="../models/commands/valuescommand.cpp" line="37"/>
        <source>Explain one key, e.g. connect.executor.memory or a.b[0]; may be repeated.</source>
        <translation>Einen Schlüssel erklären, z. B. connect.executor.memory oder a.b[0]; mehrfach angebbar.</translation>
    </message>
    <message>
        <location filename="../models/commands/valuescommand.cpp" line="37"/>
        <source>KEY</source>
        <translation>SCHLÜSSEL</translation>
    </message>
    <message>
        <location filename="../models/commands/valuescommand.cpp" line="38"/>
        <source>Output format: yaml or json (default yaml).</source>
        <translation>Ausgabeformat: yaml oder json (Standard: yaml).</translation>
    </message>
    <message>
        <location filename="../models/commands/valuescommand.cpp" line="38"/>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <location filename="../models/commands/valuescommand.cpp" line="43"/>
        <source>Try &apos;stackdeck values --help&apos;.</source>
        <translation>Siehe &apos;stackdeck values --help&apos;.</translation>
    </message>
    <message>
        <location filename="../models/commands/valuescommand.cpp" line="55"/>
        <source>unexpected argument &quot;%1&quot;; keys go after --explain.</source>
        <translation>unerwartetes Argument „%1“; Schlüssel gehören hinter --explain.</translation>
    </message>
    <message>
        <location filename="../models/commands/valuescommand.cpp" line="62"/>
        <source>unknown format &quot;%1&quot;; use yaml or json.</source>
        <translation>unbekanntes Format „%1“; verwenden Sie yaml oder json.</translation>
    </message>
    <message>
        <location filename="../models/commands/valuescommand.cpp" line="66"/>
        <source>give --env once; a release has one environment.</source>
        <translation>geben Sie --env nur einmal an; ein Release hat eine Umgebung.</translation>
    </message>
</context>
<context>
    <name>Stackdeck::ValuesEditSession</name>
    <message>
        <location filename="../models/editor/valuesedit.cpp" line="66"/>
        <location filename="../models/editor/valuesedit.cpp" line="74"/>
        <location filename="../models/editor/valuesedit.cpp" line="88"/>
        <location filename="../models/editor/valuesedit.cpp" line="104"/>
        <source>write %1</source>
        <translation>schreiben Sie %1</translation>
    </message>
    <message>
        <location filename="../models/editor/valuesedit.cpp" line="67"/>
        <source>needs a value</source>
        <translation>benötigt einen Wert</translation>
    </message>
    <message>
        <location filename="../models/editor/valuesedit.cpp" line="75"/>
        <source>must be a whole number of 0 or more, not &quot;%1&quot;</source>
        <translation>muss eine ganze Zahl ab 0 sein, nicht „%1“</translation>
    </message>
    <message>
        <location filename="../models/editor/valuesedit.cpp" line="81"/>
        <source>write true or false</source>
        <translation>schreiben Sie true oder false</translation>
    </message>
    <message>
        <location filename="../models/editor/valuesedit.cpp" line="82"/>
        <source>must be true or false, not &quot;%1&quot;</source>
        <translation>muss true oder false sein, nicht „%1“</translation>
    </message>
    <message>
        <location filename="../models/editor/valuesedit.cpp" line="89"/>
        <source>must be a Kubernetes memory quantity, not &quot;%1&quot;</source>
        <translation>muss eine Kubernetes-Speichermenge sein, nicht „%1“</translation>
    </message>
    <message>
        <location filename="../models/editor/valuesedit.cpp" line="92"/>
        <source>&quot;m&quot; means thousandths here; write %1Mi for mebibytes</source>
        <translation>„m“ bedeutet hier Tausendstel; schreiben Sie %1Mi für Mebibyte</translation>
    </message>
    <message>
        <location filename="../models/editor/valuesedit.cpp" line="93"/>
        <source>&quot;%1&quot; is a fraction of a byte</source>
        <translation>„%1“ ist ein Bruchteil eines Bytes</translation>
    </message>
    <message>
        <location filename="../models/editor/valuesedit.cpp" line="96"/>
        <source>add a unit, e.g. %1Gi or %1Mi</source>
        <translation>fügen Sie eine Einheit hinzu, z. B. %1Gi oder %1Mi</translation>
    </message>
    <message>
        <location filename="../models/editor/valuesedit.cpp" line="97"/>
        <source>&quot;%1&quot; is less than 1 MiB</source>
        <translation>„%1“ ist weniger als 1 MiB</translation>
    </message>
    <message>
        <location filename="../models/editor/valuesedit.cpp" line="105"/>
        <source>must be a CPU quantity above 0, not &quot;%1&quot;</source>
        <translation>muss eine CPU-Menge über 0 sein, nicht „%1“</translation>
    </message>
    <message>
        <location filename="../models/editor/valuesedit.cpp" line="111"/>
        <source>write one of: %1</source>
        <translation>schreiben Sie einen von: %1</translation>
    </message>
    <message>
        <location filename="../models/editor/valuesedit.cpp" line="112"/>
        <source>must be one of the known choices, not &quot;%1&quot;</source>
        <translation>muss eine der bekannten Auswahlmöglichkeiten sein, nicht „%1“</translation>
    </message>
    <message>
        <location filename="../models/editor/valuesedit.cpp" line="159"/>
        <source>No values.yaml in this folder, so it is not a Helm chart.</source>
        <translation>Keine values.yaml in diesem Ordner, also kein Helm-Chart.</translation>
    </message>
    <message>
        <location filename="../models/editor/valuesedit.cpp" line="160"/>
        <source>open the folder that holds the chart&apos;s values.yaml</source>
        <translation>öffnen Sie den Ordner, der die values.yaml des Charts enthält</translation>
    </message>
    <message>
        <location filename="../models/editor/valuesedit.cpp" line="166"/>
        <source>base</source>
        <translation>Basis</translation>
    </message>
    <message>
        <location filename="../models/editor/valuesedit.cpp" line="170"/>
        <source>&quot;%1&quot; is not an environment name.</source>
        <translation>„%1“ ist kein Umgebungsname.</translation>
    </message>
    <message>
        <location filename="../models/editor/valuesedit.cpp" line="171"/>
        <location filename="../models/editor/valuesedit.cpp" line="190"/>
        <source>choose one of: %1</source>
        <translation>wählen Sie einen von: %1</translation>
    </message>
    <message>
        <location filename="../models/editor/valuesedit.cpp" line="178"/>
        <source>environment %1</source>
        <translation>Umgebung %1</translation>
    </message>
    <message>
        <location filename="../models/editor/valuesedit.cpp" line="189"/>
        <source>The chart has no preset &quot;%1&quot;.</source>
        <translation>Das Chart hat kein Preset „%1“.</translation>
    </message>
    <message>
        <location filename="../models/editor/valuesedit.cpp" line="192"/>
        <source>preset %1</source>
        <translation>Preset %1</translation>
    </message>
    <message>
        <location filename="../models/editor/valuesedit.cpp" line="204"/>
        <source>Cannot read the file: %1.</source>
        <translation>Die Datei kann nicht gelesen werden: %1.</translation>
    </message>
    <message>
        <location filename="../models/editor/valuesedit.cpp" line="205"/>
        <source>check its permissions</source>
        <translation>prüfen Sie ihre Zugriffsrechte</translation>
    </message>
    <message>
        <location filename="../models/editor/valuesedit.cpp" line="306"/>
        <location filename="../models/editor/valuesedit.cpp" line="361"/>
        <source>There is no values layer %1 in this session.</source>
        <translation>In dieser Sitzung gibt es keine Values-Ebene %1.</translation>
    </message>
    <message>
        <location filename="../models/editor/valuesedit.cpp" line="307"/>
        <location filename="../models/editor/valuesedit.cpp" line="362"/>
        <source>choose base, the environment or one of the presets</source>
        <translation>wählen Sie base, die Umgebung oder eines der Presets</translation>
    </message>
    <message>
        <location filename="../models/editor/valuesedit.cpp" line="310"/>
        <source>&quot;%1&quot; is not a values key.</source>
        <translation>„%1“ ist kein Values-Schlüssel.</translation>
    </message>
    <message>
        <location filename="../models/editor/valuesedit.cpp" line="311"/>
        <source>write a dotted key such as connect.executor.memory</source>
        <translation>schreiben Sie einen Schlüssel mit Punkten wie connect.executor.memory</translation>
    </message>
    <message>
        <location filename="../models/editor/valuesedit.cpp" line="320"/>
        <source>%1 in %2 %3.</source>
        <translation>%1 in %2 %3.</translation>
    </message>
    <message>
        <location filename="../models/editor/valuesedit.cpp" line="351"/>
        <source>set %1 = %2 in %3</source>
        <translation>%1 = %2 in %3 setzen</translation>
    </message>
    <message>
        <location filename="../models/editor/valuesedit.cpp" line="372"/>
        <source>%1 is not set in %2.</source>
        <translation>%1 ist in %2 nicht gesetzt.</translation>
    </message>
    <message>
        <location filename="../models/editor/valuesedit.cpp" line="373"/>
        <source>remove it from the layer that sets it</source>
        <translation>entfernen Sie ihn aus der Ebene, die ihn setzt</translation>
    </message>
    <message>
        <location filename="../models/editor/valuesedit.cpp" line="378"/>
        <source>remove %1 from %2</source>
        <translation>%1 aus %2 entfernen</translation>
    </message>
    <message>
        <location filename="../models/editor/valuesedit.cpp" line="428"/>
        <source>%1 changed on disk since it was opened; nothing was saved.</source>
        <translation>%1 wurde seit dem Öffnen auf der Festplatte geändert; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location filename="../models/editor/valuesedit.cpp" line="430"/>
        <source>reopen the chart to load the new version, then make the edit again</source>
        <translation>öffnen Sie das Chart erneut, um die neue Version zu laden, und nehmen Sie die Änderung dann noch einmal vor</translation>
    </message>
    <message>
        <location filename="../models/editor/valuesedit.cpp" line="435"/>
        <source>Cannot create the folder for %1.</source>
        <translation>Der Ordner für %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location filename="../models/editor/valuesedit.cpp" line="436"/>
        <source>check that the chart folder is writable</source>
        <translation>prüfen Sie, ob der Chart-Ordner beschreibbar ist</translation>
    </message>
</context>
<context>
    <name>Stackdeck::ValuesForm</name>
    <message>
        <location filename="../ui/editor/valuesform.cpp" line="50"/>
        <source>Environment:</source>
        <translation>Umgebung:</translation>
    </message>
    <message>
        <location filename="../ui/editor/valuesform.cpp" line="54"/>
        <source>Presets:</source>
        <translation>Presets:</translation>
    </message>
    <message>
        <location filename="../ui/editor/valuesform.cpp" line="57"/>
        <source>The values file that edits are written to</source>
        <translation>Die Values-Datei, in die Änderungen geschrieben werden</translation>
    </message>
    <message>
        <location filename="../ui/editor/valuesform.cpp" line="58"/>
        <source>Write to:</source>
        <translation>Schreiben nach:</translation>
    </message>
    <message>
        <location filename="../ui/editor/valuesform.cpp" line="60"/>
        <source>Save values files</source>
        <translation>Werte-Dateien speichern</translation>
    </message>
    <message>
        <location filename="../ui/editor/valuesform.cpp" line="66"/>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/editor/valuesform.cpp" line="77"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location filename="../ui/editor/valuesform.cpp" line="248"/>
        <source>Set %1</source>
        <translation>%1 setzen</translation>
    </message>
    <message>
        <location filename="../ui/editor/valuesform.cpp" line="293"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/editor/valuesform.cpp" line="294"/>
        <source>%1 (%2, new file)</source>
        <translation>%1 (%2, neue Datei)</translation>
    </message>
    <message>
        <location filename="../ui/editor/valuesform.cpp" line="323"/>
        <source>set by %1 (%2)</source>
        <translation>gesetzt von %1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/editor/valuesform.cpp" line="325"/>
        <source>overrides %1 = %2</source>
        <translation>überschreibt %1 = %2</translation>
    </message>
    <message>
        <location filename="../ui/editor/valuesform.cpp" line="329"/>
        <source>an edit here goes to %1, which %2 overrides</source>
        <translation>eine Änderung hier geht nach %1, das %2 überschreibt</translation>
    </message>
    <message>
        <location filename="../ui/editor/valuesform.cpp" line="332"/>
        <source>not set in any layer</source>
        <translation>in keiner Ebene gesetzt</translation>
    </message>
    <message>
        <location filename="../ui/editor/valuesform.cpp" line="334"/>
        <source>removed by %1 (%2)</source>
        <translation>entfernt von %1 (%2)</translation>
    </message>
</context>
<context>
    <name>Stackdeck::ValuesKey</name>
    <message>
        <location filename="../models/editor/valueskey.cpp" line="16"/>
        <source>Executors</source>
        <translation>Executors</translation>
    </message>
    <message>
        <location filename="../models/editor/valueskey.cpp" line="17"/>
        <source>Dynamic allocation</source>
        <translation>Dynamische Zuweisung</translation>
    </message>
    <message>
        <location filename="../models/editor/valueskey.cpp" line="18"/>
        <source>Autoscaling</source>
        <translation>Autoscaling</translation>
    </message>
    <message>
        <location filename="../models/editor/valueskey.cpp" line="19"/>
        <source>Monitoring</source>
        <translation>Monitoring</translation>
    </message>
    <message>
        <location filename="../models/editor/valueskey.cpp" line="20"/>
        <source>Iceberg catalog</source>
        <translation>Iceberg-Katalog</translation>
    </message>
    <message>
        <location filename="../models/editor/valueskey.cpp" line="22"/>
        <source>Instances</source>
        <translation>Instanzen</translation>
    </message>
    <message>
        <location filename="../models/editor/valueskey.cpp" line="23"/>
        <source>Cores</source>
        <translation>Kerne</translation>
    </message>
    <message>
        <location filename="../models/editor/valueskey.cpp" line="24"/>
        <source>Memory</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <location filename="../models/editor/valueskey.cpp" line="25"/>
        <source>Memory limit</source>
        <translation>Speicherlimit</translation>
    </message>
    <message>
        <location filename="../models/editor/valueskey.cpp" line="26"/>
        <location filename="../models/editor/valueskey.cpp" line="34"/>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <location filename="../models/editor/valueskey.cpp" line="27"/>
        <source>Min executors</source>
        <translation>Min. Executors</translation>
    </message>
    <message>
        <location filename="../models/editor/valueskey.cpp" line="28"/>
        <source>Max executors</source>
        <translation>Max. Executors</translation>
    </message>
    <message>
        <location filename="../models/editor/valueskey.cpp" line="29"/>
        <source>Cluster autoscaler</source>
        <translation>Cluster-Autoscaler</translation>
    </message>
    <message>
        <location filename="../models/editor/valueskey.cpp" line="30"/>
        <source>KEDA</source>
        <translation>KEDA</translation>
    </message>
    <message>
        <location filename="../models/editor/valueskey.cpp" line="31"/>
        <source>KEDA max replicas</source>
        <translation>KEDA: max. Replikate</translation>
    </message>
    <message>
        <location filename="../models/editor/valueskey.cpp" line="32"/>
        <source>Prometheus ServiceMonitor</source>
        <translation>Prometheus ServiceMonitor</translation>
    </message>
    <message>
        <location filename="../models/editor/valueskey.cpp" line="33"/>
        <source>Prometheus PodMonitor</source>
        <translation>Prometheus PodMonitor</translation>
    </message>
    <message>
        <location filename="../models/editor/valueskey.cpp" line="35"/>
        <source>Catalog type</source>
        <translation>Katalogtyp</translation>
    </message>
    <message>
        <location filename="../models/editor/valueskey.cpp" line="37"/>
        <source>Catalog URI</source>
        <translation>Katalog-URI</translation>
    </message>
    <message>
        <location filename="../models/editor/valueskey.cpp" line="38"/>
        <source>Warehouse</source>
        <translation>Warehouse</translation>
    </message>
    <message>
        <location filename="../models/editor/valueskey.cpp" line="62"/>
        <source>a whole number such as 4</source>
        <translation>eine ganze Zahl wie 4</translation>
    </message>
    <message>
        <location filename="../models/editor/valueskey.cpp" line="63"/>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <location filename="../models/editor/valueskey.cpp" line="64"/>
        <source>a memory quantity such as 512Mi or 4Gi</source>
        <translation>eine Speichermenge wie 512Mi oder 4Gi</translation>
    </message>
    <message>
        <location filename="../models/editor/valueskey.cpp" line="65"/>
        <source>a CPU quantity such as 500m or 2</source>
        <translation>eine CPU-Menge wie 500m oder 2</translation>
    </message>
    <message>
        <location filename="../models/editor/valueskey.cpp" line="66"/>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../models/editor/valueskey.cpp" line="67"/>
        <source>one of the listed choices</source>
        <translation>eine der aufgeführten Auswahlmöglichkeiten</translation>
    </message>
</context>
<context>
    <name>Stackdeck::ValuesLayer</name>
    <message>
        <location filename="../models/helm/valueslayer.cpp" line="24"/>
        <source>base</source>
        <translation>Basis</translation>
    </message>
    <message>
        <location filename="../models/helm/valueslayer.cpp" line="25"/>
        <source>environment %1</source>
        <translation>Umgebung %1</translation>
    </message>
    <message>
        <location filename="../models/helm/valueslayer.cpp" line="26"/>
        <source>preset %1</source>
        <translation>Preset %1</translation>
    </message>
    <message>
        <location filename="../models/helm/valueslayer.cpp" line="27"/>
        <source>values</source>
        <translation>Werte</translation>
    </message>
    <message>
        <location filename="../models/helm/valueslayer.cpp" line="73"/>
        <source>A values file must be a mapping of keys, but this one is %1.</source>
        <translation>Eine Values-Datei muss ein Mapping von Schlüsseln sein, diese ist aber %1.</translation>
    </message>
    <message>
        <location filename="../models/helm/valueslayer.cpp" line="74"/>
        <source>start the file with top-level keys such as &quot;connect:&quot;</source>
        <translation>beginnen Sie die Datei mit Schlüsseln der obersten Ebene wie &quot;connect:&quot;</translation>
    </message>
</context>
<context>
    <name>Stackdeck::ValuesMerge</name>
    <message>
        <location filename="../models/helm/valuesmerge.cpp" line="61"/>
        <source>A &quot;&lt;&lt;&quot; merge key needs a mapping or a list of mappings; this is %1.</source>
        <translation>Ein Merge-Schlüssel „&lt;&lt;“ braucht ein Mapping oder eine Liste von Mappings; dies ist %1.</translation>
    </message>
    <message>
        <location filename="../models/helm/valuesmerge.cpp" line="64"/>
        <source>point &quot;&lt;&lt;&quot; at an anchored mapping, e.g. &quot;&lt;&lt;: *defaults&quot;</source>
        <translation>lassen Sie „&lt;&lt;“ auf ein Mapping mit Anker zeigen, z. B. &quot;&lt;&lt;: *defaults&quot;</translation>
    </message>
</context>
<context>
    <name>Stackdeck::ValuesStack</name>
    <message>
        <location filename="../models/helm/valuesstack.cpp" line="75"/>
        <source>there are none</source>
        <translation>es gibt keine</translation>
    </message>
    <message>
        <location filename="../models/helm/valuesstack.cpp" line="75"/>
        <source>available: %1</source>
        <translation>verfügbar: %1</translation>
    </message>
    <message>
        <location filename="../models/helm/valuesstack.cpp" line="125"/>
        <source>No values.yaml in this folder, so it is not a Helm chart.</source>
        <translation>Keine values.yaml in diesem Ordner, also kein Helm-Chart.</translation>
    </message>
    <message>
        <location filename="../models/helm/valuesstack.cpp" line="127"/>
        <source>pass --chart with the folder that holds the chart&apos;s values.yaml</source>
        <translation>geben Sie mit --chart den Ordner an, der die values.yaml des Charts enthält</translation>
    </message>
    <message>
        <location filename="../models/helm/valuesstack.cpp" line="148"/>
        <source>The chart has no environment &quot;%1&quot; (no environments/%1/values.yaml); %2.</source>
        <translation>Das Chart hat keine Umgebung „%1“ (keine environments/%1/values.yaml); %2.</translation>
    </message>
    <message>
        <location filename="../models/helm/valuesstack.cpp" line="150"/>
        <source>choose one of the available environments</source>
        <translation>wählen Sie eine der verfügbaren Umgebungen</translation>
    </message>
    <message>
        <location filename="../models/helm/valuesstack.cpp" line="164"/>
        <source>The chart has no preset &quot;%1&quot; (looked for presets/%1.yaml and presets/%1-values.yaml); %2.</source>
        <translation>Das Chart hat kein Preset „%1“ (gesucht: presets/%1.yaml und presets/%1-values.yaml); %2.</translation>
    </message>
    <message>
        <location filename="../models/helm/valuesstack.cpp" line="166"/>
        <source>choose one of the available presets</source>
        <translation>wählen Sie eines der verfügbaren Presets</translation>
    </message>
    <message>
        <location filename="../models/helm/valuesstack.cpp" line="194"/>
        <source>not a values key: %1</source>
        <translation>kein Values-Schlüssel: %1</translation>
    </message>
</context>
<context>
    <name>Stackdeck::YamlEditView</name>
    <message>
        <location filename="../ui/editor/yamleditview.cpp" line="68"/>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
</context>
<context>
    <name>Stackdeck::YamlPatcher</name>
    <message>
        <location filename="../models/edit/yamlpatcher.cpp" line="125"/>
        <source>Cannot tell exactly where %1 is written in %2; nothing was changed.</source>
        <translation>Es lässt sich nicht genau bestimmen, wo %1 in %2 steht; nichts wurde geändert.</translation>
    </message>
    <message>
        <location filename="../models/edit/yamlpatcher.cpp" line="126"/>
        <source>make this change by hand</source>
        <translation>nehmen Sie diese Änderung von Hand vor</translation>
    </message>
    <message>
        <location filename="../models/edit/yamlpatcher.cpp" line="136"/>
        <source>%1 holds %2; set a value inside it instead.</source>
        <translation>%1 enthält %2; setzen Sie stattdessen einen Wert darin.</translation>
    </message>
    <message>
        <location filename="../models/edit/yamlpatcher.cpp" line="137"/>
        <source>name a key below %1</source>
        <translation>geben Sie einen Schlüssel unterhalb von %1 an</translation>
    </message>
    <message>
        <location filename="../models/edit/yamlpatcher.cpp" line="155"/>
        <location filename="../models/edit/yamlpatcher.cpp" line="217"/>
        <source>%1 is an empty list item; set does not fill those.</source>
        <translation>%1 ist ein leerer Listeneintrag; set füllt solche Einträge nicht.</translation>
    </message>
    <message>
        <location filename="../models/edit/yamlpatcher.cpp" line="156"/>
        <location filename="../models/edit/yamlpatcher.cpp" line="218"/>
        <source>write the value by hand</source>
        <translation>schreiben Sie den Wert von Hand</translation>
    </message>
    <message>
        <location filename="../models/edit/yamlpatcher.cpp" line="209"/>
        <source>The document is a bare null; add the first key by hand.</source>
        <translation>Das Dokument ist ein bloßes null; fügen Sie den ersten Schlüssel von Hand hinzu.</translation>
    </message>
    <message>
        <location filename="../models/edit/yamlpatcher.cpp" line="267"/>
        <source>%1 is the only entry of %2; removing it would leave %2 empty.</source>
        <translation>%1 ist der einzige Eintrag von %2; ihn zu entfernen würde %2 leer zurücklassen.</translation>
    </message>
    <message>
        <location filename="../models/edit/yamlpatcher.cpp" line="269"/>
        <source>remove %1 instead</source>
        <translation>entfernen Sie stattdessen %1</translation>
    </message>
    <message>
        <location filename="../models/edit/yamlpatcher.cpp" line="284"/>
        <source>Cannot remove %1 from where it is written; nothing was changed.</source>
        <translation>%1 kann nicht an der Stelle entfernt werden, an der es steht; nichts wurde geändert.</translation>
    </message>
    <message>
        <location filename="../models/edit/yamlpatcher.cpp" line="285"/>
        <source>remove it by hand</source>
        <translation>entfernen Sie es von Hand</translation>
    </message>
    <message>
        <location filename="../models/edit/yamlpatcher.cpp" line="296"/>
        <source>No path given.</source>
        <translation>Kein Pfad angegeben.</translation>
    </message>
    <message>
        <location filename="../models/edit/yamlpatcher.cpp" line="297"/>
        <source>name the value, e.g. services.web.image</source>
        <translation>geben Sie den Wert an, z. B. services.web.image</translation>
    </message>
    <message>
        <location filename="../models/edit/yamlpatcher.cpp" line="313"/>
        <source>%1 lies inside the anchor &amp;%2 (line %3), which is also used at line %4 (*%2): changing it here would change that use too.</source>
        <translation>%1 liegt im Anker &amp;%2 (Zeile %3), der auch in Zeile %4 verwendet wird (*%2): eine Änderung hier würde auch diese Verwendung ändern.</translation>
    </message>
    <message>
        <location filename="../models/edit/yamlpatcher.cpp" line="317"/>
        <source>change the value where it is used, or edit the anchor by hand if every use should change</source>
        <translation>ändern Sie den Wert dort, wo er verwendet wird, oder bearbeiten Sie den Anker von Hand, wenn sich jede Verwendung ändern soll</translation>
    </message>
    <message>
        <location filename="../models/edit/yamlpatcher.cpp" line="325"/>
        <source>%1 comes from the merge key &quot;&lt;&lt;&quot; at line %2 (*%3); it cannot be removed here.</source>
        <translation>%1 stammt aus dem Merge-Key „&lt;&lt;“ in Zeile %2 (*%3); es kann hier nicht entfernt werden.</translation>
    </message>
    <message>
        <location filename="../models/edit/yamlpatcher.cpp" line="327"/>
        <source>%1 is not in this file; nothing to remove.</source>
        <translation>%1 steht nicht in dieser Datei; nichts zu entfernen.</translation>
    </message>
</context>
<context>
    <name>Stackdeck::YamlReader</name>
    <message>
        <location filename="../models/core/yamlreader.cpp" line="97"/>
        <source>File not found.</source>
        <translation>Datei nicht gefunden.</translation>
    </message>
    <message>
        <location filename="../models/core/yamlreader.cpp" line="98"/>
        <source>check the path, or run from the folder that holds the file</source>
        <translation>prüfen Sie den Pfad oder starten Sie im Ordner, der die Datei enthält</translation>
    </message>
    <message>
        <location filename="../models/core/yamlreader.cpp" line="100"/>
        <source>This is a folder, not a file.</source>
        <translation>Das ist ein Ordner, keine Datei.</translation>
    </message>
    <message>
        <location filename="../models/core/yamlreader.cpp" line="101"/>
        <source>name the compose or values file inside it</source>
        <translation>geben Sie die Compose- oder Values-Datei darin an</translation>
    </message>
    <message>
        <location filename="../models/core/yamlreader.cpp" line="103"/>
        <source>This is not a regular file (a device, pipe or socket).</source>
        <translation>Das ist keine reguläre Datei (ein Gerät, eine Pipe oder ein Socket).</translation>
    </message>
    <message>
        <location filename="../models/core/yamlreader.cpp" line="104"/>
        <source>name a YAML file on disk</source>
        <translation>geben Sie eine YAML-Datei auf der Festplatte an</translation>
    </message>
    <message>
        <location filename="../models/core/yamlreader.cpp" line="106"/>
        <source>The file is %1 MB; Stackdeck reads YAML files up to %2 MB.</source>
        <translation>Die Datei ist %1 MB groß; Stackdeck liest YAML-Dateien bis %2 MB.</translation>
    </message>
    <message>
        <location filename="../models/core/yamlreader.cpp" line="109"/>
        <source>split the file, or check that this is the file you meant</source>
        <translation>teilen Sie die Datei auf oder prüfen Sie, ob es die gemeinte Datei ist</translation>
    </message>
    <message>
        <location filename="../models/core/yamlreader.cpp" line="112"/>
        <source>Cannot read the file: %1.</source>
        <translation>Die Datei kann nicht gelesen werden: %1.</translation>
    </message>
    <message>
        <location filename="../models/core/yamlreader.cpp" line="113"/>
        <source>check its permissions (the user running Stackdeck needs read access)</source>
        <translation>prüfen Sie ihre Zugriffsrechte (der Benutzer, unter dem Stackdeck läuft, braucht Lesezugriff)</translation>
    </message>
    <message>
        <location filename="../models/core/yamlreader.cpp" line="263"/>
        <source>The text is %1 MB; Stackdeck reads YAML files up to %2 MB.</source>
        <translation>Der Text ist %1 MB groß; Stackdeck liest YAML-Dateien bis %2 MB.</translation>
    </message>
    <message>
        <location filename="../models/core/yamlreader.cpp" line="269"/>
        <source>This is not a text file: byte 0x%1 is not valid UTF-8 text.</source>
        <translation>Das ist keine Textdatei: Byte 0x%1 ist kein gültiger UTF-8-Text.</translation>
    </message>
    <message>
        <location filename="../models/core/yamlreader.cpp" line="271"/>
        <source>open the YAML file itself, saved as UTF-8</source>
        <translation>öffnen Sie die YAML-Datei selbst, als UTF-8 gespeichert</translation>
    </message>
    <message>
        <location filename="../models/core/yamlreader.cpp" line="289"/>
        <source>The file holds more than one YAML document; only the first is read.</source>
        <translation>Die Datei enthält mehr als ein YAML-Dokument; nur das erste wird gelesen.</translation>
    </message>
    <message>
        <location filename="../models/core/yamlreader.cpp" line="290"/>
        <source>move the other documents to files of their own</source>
        <translation>verschieben Sie die anderen Dokumente in eigene Dateien</translation>
    </message>
    <message>
        <location filename="../models/core/yamlreader.cpp" line="294"/>
        <source>The YAML is nested more than %1 levels deep.</source>
        <translation>Das YAML ist tiefer als %1 Ebenen verschachtelt.</translation>
    </message>
    <message>
        <location filename="../models/core/yamlreader.cpp" line="295"/>
        <source>flatten the structure; compose and values files need a few levels</source>
        <translation>flachen Sie die Struktur ab; Compose- und Values-Dateien brauchen wenige Ebenen</translation>
    </message>
    <message>
        <location filename="../models/core/yamlreader.cpp" line="302"/>
        <location filename="../models/core/yamlreader.cpp" line="305"/>
        <source>Invalid YAML: %1</source>
        <translation>Ungültiges YAML: %1</translation>
    </message>
    <message>
        <location filename="../models/core/yamlreader.cpp" line="303"/>
        <source>fix the syntax at this position (indentation, quotes, a missing &apos;:&apos;)</source>
        <translation>korrigieren Sie die Syntax an dieser Stelle (Einrückung, Anführungszeichen, ein fehlendes &apos;:&apos;)</translation>
    </message>
    <message>
        <location filename="../models/core/yamlreader.cpp" line="320"/>
        <source>Aliases in this file expand to more than %1 nodes (an &quot;alias bomb&quot;).</source>
        <translation>Aliase in dieser Datei werden zu mehr als %1 Knoten expandiert (eine „Alias-Bombe“).</translation>
    </message>
    <message>
        <location filename="../models/core/yamlreader.cpp" line="322"/>
        <source>use fewer nested aliases; a real compose file expands to a few thousand nodes</source>
        <translation>verwenden Sie weniger verschachtelte Aliase; eine echte Compose-Datei expandiert zu wenigen Tausend Knoten</translation>
    </message>
</context>
<context>
    <name>Stackdeck::YamlTreeBuilder</name>
    <message>
        <location filename="../models/core/yamltreebuilder.h" line="137"/>
        <source>The key &quot;%1&quot; is defined twice in this mapping (first at line %2).</source>
        <translation>Der Schlüssel „%1“ ist in diesem Mapping doppelt definiert (zuerst in Zeile %2).</translation>
    </message>
    <message>
        <location filename="../models/core/yamltreebuilder.h" line="139"/>
        <source>Remove one of the two &quot;%1&quot; entries.</source>
        <translation>Entfernen Sie einen der beiden „%1“-Einträge.</translation>
    </message>
</context>
<context>
    <name>TcpProbe</name>
    <message>
        <location filename="../models/health/tcpprobe.cpp" line="21"/>
        <source>No valid port to probe (%1).</source>
        <translation>Kein gültiger Port zum Prüfen (%1).</translation>
    </message>
    <message>
        <location filename="../models/health/tcpprobe.cpp" line="36"/>
        <source>Connection refused on %1: nothing is listening.</source>
        <translation>Verbindung zu %1 abgelehnt: Dort lauscht nichts.</translation>
    </message>
    <message>
        <location filename="../models/health/tcpprobe.cpp" line="39"/>
        <source>No answer to connect on %1 within %2.</source>
        <translation>Keine Antwort auf den Verbindungsaufbau zu %1 innerhalb von %2.</translation>
    </message>
    <message>
        <location filename="../models/health/tcpprobe.cpp" line="43"/>
        <source>Host name %1 cannot be resolved.</source>
        <translation>Der Hostname %1 kann nicht aufgelöst werden.</translation>
    </message>
    <message>
        <location filename="../models/health/tcpprobe.cpp" line="46"/>
        <source>Cannot connect to %1: %2.</source>
        <translation>Keine Verbindung zu %1 möglich: %2.</translation>
    </message>
    <message>
        <location filename="../models/health/tcpprobe.cpp" line="76"/>
        <source>Accepts TCP connections on %1:%2.</source>
        <translation>Nimmt TCP-Verbindungen auf %1:%2 an.</translation>
    </message>
</context>
<context>
    <name>TopologyEdgeItem</name>
    <message>
        <location filename="../ui/topology/topologyedgeitem.cpp" line="35"/>
        <source>%1 depends on %2 (%3)</source>
        <translation>%1 hängt von %2 ab (%3)</translation>
    </message>
    <message>
        <location filename="../ui/topology/topologyedgeitem.cpp" line="41"/>
        <source>healthy</source>
        <translation>gesund</translation>
    </message>
    <message>
        <location filename="../ui/topology/topologyedgeitem.cpp" line="43"/>
        <source>completed</source>
        <translation>abgeschlossen</translation>
    </message>
</context>
<context>
    <name>TopologyNodeItem</name>
    <message>
        <location filename="../ui/topology/topologynodeitem.cpp" line="88"/>
        <source>not created</source>
        <translation>nicht erstellt</translation>
    </message>
    <message>
        <location filename="../ui/topology/topologynodeitem.cpp" line="89"/>
        <source>created</source>
        <translation>erstellt</translation>
    </message>
    <message>
        <location filename="../ui/topology/topologynodeitem.cpp" line="90"/>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <location filename="../ui/topology/topologynodeitem.cpp" line="91"/>
        <source>exited</source>
        <translation>beendet</translation>
    </message>
    <message>
        <location filename="../ui/topology/topologynodeitem.cpp" line="92"/>
        <source>restarting</source>
        <translation>startet neu</translation>
    </message>
    <message>
        <location filename="../ui/topology/topologynodeitem.cpp" line="93"/>
        <source>engine unavailable</source>
        <translation>Engine nicht verfügbar</translation>
    </message>
    <message>
        <location filename="../ui/topology/topologynodeitem.cpp" line="97"/>
        <source>healthy</source>
        <translation>gesund</translation>
    </message>
    <message>
        <location filename="../ui/topology/topologynodeitem.cpp" line="98"/>
        <source>degraded</source>
        <translation>beeinträchtigt</translation>
    </message>
    <message>
        <location filename="../ui/topology/topologynodeitem.cpp" line="99"/>
        <source>unhealthy</source>
        <translation>ungesund</translation>
    </message>
    <message>
        <location filename="../ui/topology/topologynodeitem.cpp" line="100"/>
        <source>starting</source>
        <translation>startet</translation>
    </message>
    <message>
        <location filename="../ui/topology/topologynodeitem.cpp" line="101"/>
        <source>no healthcheck</source>
        <translation>kein Healthcheck</translation>
    </message>
    <message>
        <location filename="../ui/topology/topologynodeitem.cpp" line="104"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../ui/topology/topologynodeitem.cpp" line="110"/>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <location filename="../ui/topology/topologynodeitem.cpp" line="115"/>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location filename="../ui/topology/topologynodeitem.cpp" line="115"/>
        <location filename="../ui/topology/topologynodeitem.cpp" line="123"/>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <location filename="../ui/topology/topologynodeitem.cpp" line="117"/>
        <location filename="../ui/topology/topologynodeitem.cpp" line="126"/>
        <source>%1 · no limit</source>
        <translation>%1 · kein Limit</translation>
    </message>
    <message>
        <location filename="../ui/topology/topologynodeitem.cpp" line="118"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location filename="../ui/topology/topologynodeitem.cpp" line="127"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../ui/topology/topologynodeitem.cpp" line="251"/>
        <source>no published ports</source>
        <translation>keine veröffentlichten Ports</translation>
    </message>
    <message>
        <location filename="../ui/topology/topologynodeitem.cpp" line="266"/>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location filename="../ui/topology/topologynodeitem.cpp" line="271"/>
        <source>MEM</source>
        <translation>RAM</translation>
    </message>
</context>
<context>
    <name>Tr</name>
    <message>
        <location filename="../models/editor/appliedhistory.cpp" line="40"/>
        <source>Cannot write %1: %2.</source>
        <translation>%1 kann nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <location filename="../models/editor/appliedhistory.cpp" line="41"/>
        <source>check that the project folder is writable and the disk is not full</source>
        <translation>prüfen Sie, ob der Projektordner beschreibbar und die Festplatte nicht voll ist</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/guimain.cpp" line="27"/>
        <location filename="../app/guimain.cpp" line="52"/>
        <source>stackdeck: %1
</source>
        <translation>stackdeck: %1
</translation>
    </message>
</context>
</TS>

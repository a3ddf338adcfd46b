# Stackdeck test stand-in: the Spark master's state as Spark's JSON (JsonProtocol.writeMasterState),
# Prometheus text, an HTML page, executor lists for heartbeats, or an allocation for a new application.
# Input files: workers/<id> ("id host port cores memoryMB webui state lastheartbeatMs"),
# apps/<id>.app ("id startMs state endMs coresWanted memPerExecMB user name submitdate...") and
# apps/<id>.exec ("execid workerid cores memoryMB" per line).
# -v mode=json|field|util|metrics|html|execs|alloc, now (ms), url, field, worker, want, mem.

function q(s) { gsub(/\\/, "\\\\", s); gsub(/"/, "\\\"", s); return "\"" s "\"" }
function active(a) { return astate[a] == "RUNNING" || astate[a] == "WAITING" }

FILENAME ~ /\/workers\// && NF >= 8 {
    id = $1; nw++; worder[nw] = id
    whost[id] = $2; wport[id] = $3; wcores[id] = $4; wmem[id] = $5; wui[id] = $6; wstate[id] = $7; whb[id] = $8
    next
}
FILENAME ~ /\.app$/ && NF >= 8 {
    id = $1; na++; aorder[na] = id
    astart[id] = $2; astate[id] = $3; aend[id] = $4; awant[id] = $5; amem[id] = $6; auser[id] = $7; aname[id] = $8
    d = ""; for (i = 9; i <= NF; i++) d = d (i > 9 ? " " : "") $i
    adate[id] = d
    next
}
FILENAME ~ /\.exec$/ && NF >= 4 {
    a = FILENAME; sub(/.*\//, "", a); sub(/\.exec$/, "", a)
    ne++; eapp[ne] = a; eid[ne] = $1; ew[ne] = $2; ec[ne] = $3; em[ne] = $4
    next
}

END {
    for (i = 1; i <= ne; i++) {
        if (!active(eapp[i])) continue
        wused[ew[i]] += ec[i]; wmused[ew[i]] += em[i]; agranted[eapp[i]] += ec[i]
    }
    alive = 0; cores = 0; used = 0; memory = 0; mused = 0
    for (i = 1; i <= nw; i++) {
        w = worder[i]
        if (wstate[w] != "ALIVE") continue
        alive++; cores += wcores[w]; used += wused[w]; memory += wmem[w]; mused += wmused[w]
    }
    running = 0; waiting = 0
    for (i = 1; i <= na; i++) { running += astate[aorder[i]] == "RUNNING"; waiting += astate[aorder[i]] == "WAITING" }

    if (mode == "execs") {   # executors of active applications placed on `worker`
        out = ""
        for (i = 1; i <= ne; i++)
            if (ew[i] == worker && active(eapp[i]))
                out = out (out == "" ? "" : " ") eapp[i] "," eid[i] "," ec[i] "," em[i] "," aname[eapp[i]] "," auser[eapp[i]]
        print out
        exit 0
    }
    if (mode == "alloc") {   # spread `want` cores one at a time over alive workers with room (spreadOut)
        n = 0; got = 1
        while (n < want && got) {
            got = 0
            for (i = 1; i <= nw && n < want; i++) {
                w = worder[i]
                if (wstate[w] != "ALIVE" || wcores[w] - wused[w] < 1 || wmem[w] - wmused[w] < mem) continue
                print n, w, 1, mem
                wused[w]++; wmused[w] += mem; n++; got = 1
            }
        }
        exit 0
    }
    if (mode == "metrics") {
        printf "metrics_master_aliveWorkers_Number{type=\"gauges\"} %d\nmetrics_master_aliveWorkers_Value{type=\"gauges\"} %d\n", alive, alive
        printf "metrics_master_apps_Number{type=\"gauges\"} %d\nmetrics_master_apps_Value{type=\"gauges\"} %d\n", running + waiting, running + waiting
        printf "metrics_master_waitingApps_Number{type=\"gauges\"} %d\nmetrics_master_waitingApps_Value{type=\"gauges\"} %d\n", waiting, waiting
        printf "metrics_master_workers_Number{type=\"gauges\"} %d\nmetrics_master_workers_Value{type=\"gauges\"} %d\n", nw, nw
        exit 0
    }
    if (mode == "util") {
        printf "{\n  \"waitingDrivers\" : 0,\n  \"cores\" : %d,\n  \"coresused\" : %d,\n  \"coresutilization\" : %d,\n", cores, used, cores ? int(used * 100 / cores) : 100
        printf "  \"memory\" : %d,\n  \"memoryused\" : %d,\n  \"memoryutilization\" : %d\n}", memory, mused, memory ? int(mused * 100 / memory) : 100
        exit 0
    }
    if (mode == "html") {
        printf "<!DOCTYPE html><html><head><title>Spark Master at %s</title></head><body>\n", url
        printf "<h3>Spark Master at %s</h3>\n<p>Stackdeck test stand-in, not the real Spark 3.5.1.</p>\n<ul>\n", url
        printf "<li><strong>Alive Workers:</strong> %d</li>\n<li><strong>Cores in use:</strong> %d Total, %d Used</li>\n", alive, cores, used
        printf "<li><strong>Applications:</strong> %d Running, %d Completed</li>\n<li><strong>Status:</strong> ALIVE</li>\n</ul>\n", running, na - running - waiting
        printf "<h4>Workers (%d)</h4>\n<table><tr><th>Worker Id</th><th>Address</th><th>State</th><th>Cores</th><th>Memory</th></tr>\n", nw
        for (i = 1; i <= nw; i++) {
            w = worder[i]
            printf "<tr><td><a href=\"%s\">%s</a></td><td>%s:%s</td><td>%s</td><td>%d (%d Used)</td><td>%d MiB (%d MiB Used)</td></tr>\n", wui[w], w, whost[w], wport[w], wstate[w], wcores[w], wused[w], wmem[w], wmused[w]
        }
        printf "</table></body></html>\n"
        exit 0
    }

    # json / field: the pieces, then the whole object or one key of it
    s = "["
    for (i = 1; i <= nw; i++) {
        w = worder[i]
        s = s (i > 1 ? ", " : " ") "{\n    \"id\" : " q(w) ",\n    \"host\" : " q(whost[w]) ",\n    \"port\" : " wport[w] ",\n    \"webuiaddress\" : " q(wui[w])
        s = s ",\n    \"cores\" : " wcores[w] ",\n    \"coresused\" : " (wused[w] + 0) ",\n    \"coresfree\" : " (wcores[w] - wused[w])
        s = s ",\n    \"memory\" : " wmem[w] ",\n    \"memoryused\" : " (wmused[w] + 0) ",\n    \"memoryfree\" : " (wmem[w] - wmused[w])
        s = s ",\n    \"resources\" : { },\n    \"resourcesused\" : { },\n    \"resourcesfree\" : { },\n    \"state\" : " q(wstate[w]) ",\n    \"lastheartbeat\" : " whb[w] "\n  }"
    }
    v["workers"] = s (nw ? " ]" : "]")
    r = "["
    for (i = 1; i <= alive; i++) r = r (i > 1 ? ", " : " ") "{ }"
    v["resources"] = r (alive ? " ]" : "]"); v["resourcesused"] = v["resources"]
    act = "["; done = "["; nact = 0; ndone = 0
    for (i = 1; i <= na; i++) {
        a = aorder[i]
        dur = (active(a) ? now : aend[a]) - astart[a]
        o = "{\n    \"id\" : " q(a) ",\n    \"starttime\" : " astart[a] ",\n    \"name\" : " q(aname[a]) ",\n    \"cores\" : " (agranted[a] + 0)
        o = o ",\n    \"user\" : " q(auser[a]) ",\n    \"memoryperexecutor\" : " amem[a] ",\n    \"memoryperslave\" : " amem[a]
        o = o ",\n    \"resourcesperexecutor\" : [ ],\n    \"resourcesperslave\" : [ ],\n    \"submitdate\" : " q(adate[a]) ",\n    \"state\" : " q(astate[a]) ",\n    \"duration\" : " dur "\n  }"
        if (active(a)) act = act (nact++ ? ", " : " ") o
        else done = done (ndone++ ? ", " : " ") o
    }
    v["activeapps"] = act (nact ? " ]" : "]"); v["completedapps"] = done (ndone ? " ]" : "]")
    v["url"] = q(url); v["aliveworkers"] = alive; v["cores"] = cores; v["coresused"] = used
    v["memory"] = memory; v["memoryused"] = mused; v["activedrivers"] = "[ ]"; v["completeddrivers"] = "[ ]"; v["status"] = q("ALIVE")
    if (mode == "field") {
        printf "{\n  %s : %s\n}", q(field), (field in v) ? v[field] : "\"\""
        exit 0
    }
    n = split("url workers aliveworkers cores coresused memory memoryused resources resourcesused activeapps completedapps activedrivers completeddrivers status", keys, " ")
    printf "{\n"
    for (i = 1; i <= n; i++) printf "  %s : %s%s\n", q(keys[i]), v[keys[i]], (i < n ? "," : "")
    printf "}"
}

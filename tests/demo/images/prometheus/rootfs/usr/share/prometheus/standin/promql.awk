# Stackdeck test stand-in: the little PromQL the Prometheus stand-in evaluates, over the last scrapes.
# Files: per target <key>.status (tab-separated: job target url health epoch duration error interval),
# then <key>.prom (the scraped text). -v mode=vector|names|targets, q (decoded query), now (epoch).
# Queries: a constant, `A op B` of constants, or a metric name with optional {label="value",...}.

function esc(s) { gsub(/\\/, "\\\\", s); gsub(/"/, "\\\"", s); gsub(/\t/, "\\t", s); return s }
function iso(t) { return strftime("%Y-%m-%dT%H:%M:%S", t) ".000Z" }

BEGIN {
    FS = "\t"
    name = q; matchers = ""
    gsub(/^[ ]+|[ ]+$/, "", name)
    if (index(name, "{")) {
        matchers = substr(name, index(name, "{") + 1)
        sub(/}[ ]*$/, "", matchers)
        name = substr(name, 1, index(name, "{") - 1)
    }
    nm = 0
    if (matchers != "") {
        n = split(matchers, parts, ",")
        for (i = 1; i <= n; i++) {
            p = parts[i]; gsub(/^[ ]+|[ ]+$/, "", p)
            if (p == "") continue
            if (p !~ /^[a-zA-Z_][a-zA-Z0-9_]*="[^"]*"$/) { bad = 1; continue }
            nm++; mk[nm] = substr(p, 1, index(p, "=") - 1); mv[nm] = substr(p, index(p, "=") + 2); sub(/"$/, "", mv[nm])
        }
    }
    if (name == "") bad = 1
    else if (name !~ /^[a-zA-Z_:][a-zA-Z0-9_:]*$/) {
        if (name ~ /^[0-9.]+$/) { scalar = name + 0; isScalar = 1 }
        else if (name ~ /^[0-9.]+[ ]*[-+*\/][ ]*[0-9.]+$/) {
            match(name, /[-+*\/]/); op = substr(name, RSTART, 1)
            a = substr(name, 1, RSTART - 1) + 0; b = substr(name, RSTART + 1) + 0
            scalar = op == "+" ? a + b : op == "-" ? a - b : op == "*" ? a * b : (b == 0 ? "NaN" : a / b); isScalar = 1
        } else bad = 1
    }
}

FILENAME ~ /\.status$/ {
    job = $1; inst = $2; health = $4
    nt++; tjob[nt] = $1; tinst[nt] = $2; turl[nt] = $3; thealth[nt] = $4; tlast[nt] = $5; tdur[nt] = $6; terr[nt] = $7; tiv[nt] = $8
    if (mode == "vector" && name == "up" && !bad && !isScalar && keep("up", "job=\"" job "\",instance=\"" inst "\""))
        add("__name__=\"up\",instance=\"" inst "\",job=\"" job "\"", health == "up" ? 1 : 0)
    next
}
FILENAME ~ /\.prom$/ {
    if ($0 ~ /^#/ || $0 ~ /^[ ]*$/) next
    line = $0
    metric = line; sub(/[{ ].*/, "", metric)
    names[metric] = 1
    if (mode != "vector" || bad || isScalar || metric != name) next
    labels = ""
    if (index(line, "{")) { labels = substr(line, index(line, "{") + 1); labels = substr(labels, 1, index(labels, "}") - 1) }
    rest = line; sub(/^[^ ]*}?[ ]*/, "", rest)
    if (index(line, "}")) { rest = substr(line, index(line, "}") + 1); gsub(/^[ ]+/, "", rest) }
    split(rest, vals, " ")
    all = labels (labels != "" ? "," : "") "instance=\"" inst "\",job=\"" job "\""
    if (keep(metric, all)) add("__name__=\"" metric "\"" (all != "" ? "," all : ""), vals[1])
    next
}

# keep: all equality matchers hold for the label list `lab`
function keep(metric, lab,   i) {
    for (i = 1; i <= nm; i++) if (index("," lab ",", "," mk[i] "=\"" mv[i] "\",") == 0) return 0
    return 1
}
function add(lab, v,   out, n, i, kv, k) {
    n = split(lab, kv, ",")
    out = ""
    for (i = 1; i <= n; i++) {
        k = substr(kv[i], 1, index(kv[i], "=") - 1)
        out = out (i > 1 ? "," : "") "\"" k "\":" substr(kv[i], index(kv[i], "=") + 1)
    }
    ns++; series[ns] = "{\"metric\":{" out "},\"value\":[" now ",\"" v "\"]}"
}

END {
    if (mode == "names") {
        out = "\"up\""
        for (m in names) if (m != "up") out = out ",\"" esc(m) "\""
        printf "{\"status\":\"success\",\"data\":[%s]}", out
        exit 0
    }
    if (mode == "targets") {
        printf "{\"status\":\"success\",\"data\":{\"activeTargets\":["
        for (i = 1; i <= nt; i++) {
            printf "%s{\"discoveredLabels\":{\"__address__\":\"%s\",\"__metrics_path__\":\"%s\",\"__scheme__\":\"http\",\"__scrape_interval__\":\"%s\",\"__scrape_timeout__\":\"10s\",\"job\":\"%s\"},", (i > 1 ? "," : ""), tinst[i], substr(turl[i], index(substr(turl[i], 8), "/") + 7), tiv[i], tjob[i]
            printf "\"labels\":{\"instance\":\"%s\",\"job\":\"%s\"},\"scrapePool\":\"%s\",\"scrapeUrl\":\"%s\",\"globalUrl\":\"%s\",", tinst[i], tjob[i], tjob[i], turl[i], turl[i]
            printf "\"lastError\":\"%s\",\"lastScrape\":\"%s\",\"lastScrapeDuration\":%s,\"health\":\"%s\",\"scrapeInterval\":\"%s\",\"scrapeTimeout\":\"10s\"}", esc(terr[i]), iso(tlast[i]), tdur[i], thealth[i], tiv[i]
        }
        printf "],\"droppedTargets\":[],\"droppedTargetCounts\":{"
        for (i = 1; i <= nt; i++) if (!(tjob[i] in seen)) { seen[tjob[i]] = 1; printf "%s\"%s\":0", (c++ ? "," : ""), tjob[i] }
        printf "}}}"
        exit 0
    }
    if (bad) {
        printf "{\"status\":\"error\",\"errorType\":\"bad_data\",\"error\":\"1:1: parse error: the Stackdeck test stand-in evaluates only metric names with equality matchers and constants, not \\\"%s\\\"\"}", esc(q)
        exit 3
    }
    if (isScalar) { printf "{\"status\":\"success\",\"data\":{\"resultType\":\"scalar\",\"result\":[%s,\"%s\"]}}", now, scalar; exit 0 }
    printf "{\"status\":\"success\",\"data\":{\"resultType\":\"vector\",\"result\":["
    for (i = 1; i <= ns; i++) printf "%s%s", (i > 1 ? "," : ""), series[i]
    printf "]}}"
}

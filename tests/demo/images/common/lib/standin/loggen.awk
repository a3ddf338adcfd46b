# Stackdeck test stand-in log writer (busybox awk).
# mode=gen: prints lines forever from a weighted message list (file argument, tab-separated
#   "weight  level  logger  text  [extra]"), one every min..max seconds, with an error-level line at
#   least every errmin..errmin+errspan lines (the first within errfirst lines).
# mode=once: prints ENVIRON LOG_LEVEL/LOG_LOGGER/LOG_TEXT/LOG_EXTRA in format ENVIRON LOG_FMT, unexpanded.
# Placeholders (gen mode): {int:A:B} {float:A:B:D} {pick:a|b|c} {hex:N} {ip} (in -v net, the container's
# /24) {port} {tlocal} {iso} {ulid},
# {stamp} (a yyyyMMddHHmmss within the last day) and {env:NAME} (a non-secret the script exported).
# "\n" in a text starts a new raw line; "\n~LEVEL rest" starts a new line with its own prefix.

# The wall clock with microseconds (busybox adjtimex reads it without privileges), once per line.
function clock(   cmd, l) {
    cmd = "adjtimex 2>/dev/null"
    nowSec = 0
    while ((cmd | getline l) > 0) {
        if (l ~ /time\.tv_sec:/) { sub(/.*:[ ]*/, "", l); nowSec = l + 0 }
        else if (l ~ /time\.tv_usec:/) { sub(/.*:[ ]*/, "", l); nowUsec = l + 0 }
    }
    close(cmd)
    if (nowSec == 0) { nowSec = systime(); nowUsec = int(rand() * 1000000) }
}
function ms() { return sprintf("%03d", int(nowUsec / 1000)) }
function iso() { return strftime("%Y-%m-%dT%H:%M:%S", nowSec) "." ms() "Z" }
function iso9() { return strftime("%Y-%m-%dT%H:%M:%S", nowSec) "." sprintf("%06d%03d", nowUsec, int(rand() * 1000)) "Z" }
function jesc(s) { gsub(/\\/, "\\\\", s); gsub(/"/, "\\\"", s); gsub(/\t/, "\\t", s); return s }
function isError(level) { return toupper(level) ~ /^(ERROR|FATAL|ERR|CRIT|PANIC)/ }

function pid(logger) {
    if (logger ~ /^[0-9]+$/) return logger
    if (logger == "main") return 1
    if (!(logger in pids)) pids[logger] = 20 + int(rand() * 60)
    if (logger == "backend" || logger == "autovacuum") return 100 + int(rand() * 900)
    return pids[logger]
}

function redismark(level,   l) {
    l = toupper(level)
    if (l == "DEBUG") return "."
    if (l == "VERBOSE") return "-"
    if (l ~ /^WARN/ || isError(l)) return "#"
    return "*"
}

# One formatted line; `p` is the process id used by formats that print one.
function line(level, logger, text, extra, p,   l, comp, caller, out) {
    l = tolower(level)
    if (fmt == "spark")
        return strftime("%y/%m/%d %H:%M:%S", nowSec) " " toupper(level) " " logger ": " text
    if (fmt == "uvicorn") {
        out = sprintf("%-10s", toupper(level == "WARN" ? "WARNING" : level) ":")
        return out (logger == "-" || logger == "" ? "" : logger " - ") text
    }
    if (fmt == "json") {
        if (l == "warn") l = "warning"
        out = "{\"ts\":\"" iso() "\",\"level\":\"" l "\",\"logger\":\"" jesc(logger) "\",\"msg\":\"" jesc(text) "\""
        return out (extra != "" ? "," extra : "") "}"
    }
    if (fmt == "postgres")
        return strftime("%Y-%m-%d %H:%M:%S", nowSec) "." ms() " UTC [" p "] " level ":  " text
    if (fmt == "redis")
        return (logger ~ /^[0-9]+:[A-Z]$/ ? logger " " : logger == "C" ? p ":C " : "1:" (logger == "" ? "M" : logger) " ") strftime("%d %b %Y %H:%M:%S", nowSec) "." ms() " " redismark(level) " " text
    if (fmt == "prometheus") {
        caller = logger; comp = ""
        if (index(logger, "@")) { caller = substr(logger, 1, index(logger, "@") - 1); comp = substr(logger, index(logger, "@") + 1) }
        out = "ts=" iso() " caller=" caller " level=" l (comp != "" ? " component=" comp : "")
        return out (text != "" ? " msg=\"" jesc(text) "\"" : "") (extra != "" ? " " extra : "")
    }
    if (fmt == "grafana")
        return "logger=" logger " t=" iso9() " level=" l " msg=\"" jesc(text) "\"" (extra != "" ? " " extra : "")
    if (fmt == "nginx") {
        if (toupper(level) == "ACCESS") return text
        return strftime("%Y/%m/%d %H:%M:%S", nowSec) " [" l "] " p "#" p ": " text
    }
    if (fmt == "streamlit")
        return strftime("%Y-%m-%d %H:%M:%S", nowSec) "." ms() " " sprintf("%-7s", toupper(level)) " " logger ": " text
    return level " " logger ": " text
}

function emit(level, logger, text, extra,   n, segs, i, s, p, lv, sp, dest) {
    p = (fmt == "nginx") ? (logger ~ /^[0-9]+$/ ? logger : nginxpid) : pid(logger)
    gsub(/\\t/, "\t", text)
    n = split(text, segs, /\\n/)
    for (i = 1; i <= n; i++) {
        s = segs[i]
        if (i == 1) s = line(level, logger, s, extra, p)
        else if (substr(s, 1, 1) == "~") {
            sp = index(s, " ")
            lv = substr(s, 2, sp - 2)
            s = line(lv, logger, substr(s, sp + 1), "", p)
        }
        # nginx: access lines on stdout, its error log on stderr (as the official image links them)
        dest = (fmt == "nginx" && toupper(level) != "ACCESS") ? "/dev/stderr" : "/dev/stdout"
        if (dest == "/dev/stderr") print s > "/dev/stderr"
        else print s
    }
    fflush()
}

function expand(s,   out, body, name, arg, a, k, n, v, start, len) {
    out = ""
    while (match(s, /\{[a-z]+(:[^}]*)?\}/)) {
        start = RSTART; len = RLENGTH
        body = substr(s, start + 1, len - 2)
        name = body; arg = ""
        if (index(body, ":")) { name = substr(body, 1, index(body, ":") - 1); arg = substr(body, index(body, ":") + 1) }
        v = substr(s, start, len)
        if (name == "int") { split(arg, a, ":"); v = a[1] + int(rand() * (a[2] - a[1] + 1)) }
        else if (name == "float") { split(arg, a, ":"); v = sprintf("%." (a[3] == "" ? 1 : a[3]) "f", a[1] + rand() * (a[2] - a[1])) }
        else if (name == "pick") { n = split(arg, a, "|"); v = a[1 + int(rand() * n)] }
        else if (name == "hex") { v = ""; for (k = 0; k < arg + 0; k++) v = v substr("0123456789abcdef", 1 + int(rand() * 16), 1) }
        else if (name == "ip") v = (net != "" ? net : "172.18.0") "." (2 + int(rand() * 12))
        else if (name == "ulid") { v = "01J"; for (k = 0; k < 23; k++) v = v substr("0123456789ABCDEFGHJKMNPQRSTVWXYZ", 1 + int(rand() * 32), 1) }
        else if (name == "port") v = 32768 + int(rand() * 28000)
        else if (name == "tlocal") v = strftime("%d/%b/%Y:%H:%M:%S +0000", nowSec)
        else if (name == "iso") v = iso()
        else if (name == "stamp") v = strftime("%Y%m%d%H%M%S", systime() - int(rand() * 86400))
        else if (name == "env") v = ENVIRON[arg]
        out = out substr(s, 1, start - 1) v
        s = substr(s, start + len)
    }
    return out s
}

function pick(errorsOnly,   r, i, acc, tot) {
    tot = errorsOnly ? errtotal : total
    r = rand() * tot
    acc = 0
    for (i = 1; i <= count; i++) {
        if (errorsOnly && !isError(lvl[i])) continue
        acc += w[i]
        if (r < acc) return i
    }
    return count
}

BEGIN {
    FS = "\t"
    if (mode == "once") {
        fmt = ENVIRON["LOG_FMT"]
        if (nginxpid == "") nginxpid = 1
        srand()
        clock()
        emit(ENVIRON["LOG_LEVEL"], ENVIRON["LOG_LOGGER"], ENVIRON["LOG_TEXT"], ENVIRON["LOG_EXTRA"])
        exit 0
    }
    if (seed != "") srand(seed); else srand()
    if (min == "") min = 0.5
    if (max == "") max = 3.0
    if (errfirst == "") errfirst = 6 + int(rand() * 10)
    if (errmin == "") errmin = 20
    if (errspan == "") errspan = 25
    if (nginxpid == "") nginxpid = 22
}

mode == "gen" && $0 !~ /^#/ && NF >= 4 {
    count++
    w[count] = $1 + 0; lvl[count] = $2; lg[count] = $3; txt[count] = $4; ext[count] = (NF >= 5 ? $5 : "")
    total += w[count]
    if (isError($2)) errtotal += w[count]
}

END {
    if (mode != "gen" || count == 0) exit 0
    nextErr = errfirst
    for (n = 1; ; n++) {
        i = (errtotal > 0 && n >= nextErr) ? pick(1) : pick(0)
        if (isError(lvl[i])) nextErr = n + errmin + int(rand() * errspan)
        clock()
        emit(lvl[i], expand(lg[i]), expand(txt[i]), expand(ext[i]))
        system(sprintf("sleep %.2f", min + rand() * (max - min)))
    }
}

# Sourced by the server's bench scripts (load.sh, cpu.sh, territory-days.sh), after they set $repo: starts
# `frontline serve` on a store on a free loopback port, and reads the server's CPU time.
#
# serve_start DB LOG: this checkout's ./frontline, or `java -jar $FRONTLINE_JAR` when FRONTLINE_JAR names another
# build; sets server_pid, base (http://127.0.0.1:PORT) and jvm (the server's JVM: ./frontline's own process, or
# its child when the launcher waits to write its class-data archive)
serve_start() {
  local db="$1" log="$2"
  if [ -n "${FRONTLINE_JAR:-}" ]; then
    java -XX:+UseSerialGC -Xms32m ${FRONTLINE_JAVA_OPTS:-} -jar "$FRONTLINE_JAR" serve --db "$db" --port 0 >"$log" 2>&1 &
  else
    "$repo/frontline" serve --db "$db" --port 0 >"$log" 2>&1 &
  fi
  server_pid=$!
  base=""
  for _ in $(seq 1 600); do
    base="$(sed -n 's|.* on \(http://127.0.0.1:[0-9]*\)/ .*|\1|p' "$log")"
    if [ -n "$base" ]; then break; fi
    kill -0 "$server_pid" 2>/dev/null || { cat "$log" >&2; exit 1; }
    sleep 0.5
  done
  [ -n "$base" ] || { echo "$(basename "$0"): the server did not start; see $log" >&2; exit 1; }
  jvm="$(pgrep -P "$server_pid" java || echo "$server_pid")"
}

# stops the JVM itself (killing the launcher alone would leave its child serving), and lets a launcher that waits
# for it move the class-data archive the JVM wrote at exit into place: killed with it, it never did, so every run of
# the server was the launcher's first, dumping classes at exit and mapping no archive
serve_stop() {
  if [ -n "${server_pid:-}" ]; then
    kill "$jvm" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
    server_pid=""
  fi
}

# the server JVM's CPU time so far, in ms (user + sys of /proc/PID/stat, in clock ticks)
server_cpu_ms() {
  awk -v t="$(getconf CLK_TCK)" '{ sub(/^.*\) /, ""); print int(($12 + $13) * 1000 / t) }' "/proc/$jvm/stat"
}

# the server JVM's CPU time so far per kind of thread, in ms: "request" (Jetty's pool, where the answers are computed),
# "jit" (the C1 and C2 compiler threads), "gc" (the VM thread, where the Serial collector runs) and "other"
server_threads_ms() {
  local t="$(getconf CLK_TCK)" task
  for task in /proc/"$jvm"/task/*; do
    # the thread's name is in parentheses and may hold spaces: the fields are counted after it
    printf '%s\t%s\n' "$(cat "$task/comm" 2>/dev/null)" "$(sed 's/^.*) //' "$task/stat" 2>/dev/null | cut -d' ' -f12,13)"
  done | awk -F'\t' -v t="$t" '
    { split($2, f, " "); ms = (f[1] + f[2]) * 1000 / t
      kind = $1 ~ /^(JettyServerThre|qtp)/ ? "request" : $1 ~ /CompilerThre/ ? "jit" : $1 == "VM Thread" ? "gc" : "other"
      sum[kind] += ms }
    END { printf "request %d jit %d gc %d other %d\n", sum["request"], sum["jit"], sum["gc"], sum["other"] }'
}

# Sourced by the benchmark scripts: cpu PID prints the CPU seconds (user + system) the process has used, from /proc;
# it prints nothing and fails when PID is empty.
cpu() { [ -n "$1" ] && awk -v hz="$(getconf CLK_TCK)" '{printf "%.3f", ($14 + $15) / hz}' "/proc/$1/stat"; }

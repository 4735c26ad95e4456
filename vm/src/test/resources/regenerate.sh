#!/usr/bin/env bash
# Regenerates the expected outputs of the gilvm test corpus from CPython 3.11.
#   conformance/NAME.py -> conformance/NAME.out  (exact stdout; must exit 0 with empty stderr;
#                                                 stdin is NAME.in if there is one; files named
#                                                 io_tmp_* that programs write are removed)
#                       -> conformance/NAME.err  (only for a program that has a NAME.err already:
#                                                 its stderr, run with -X tracemalloc; for warnings)
#   errors/NAME.py      -> errors/NAME.err       (exact stderr; must exit 1)
# Usage: vm/src/test/resources/regenerate.sh   (from anywhere; PYTHON=... to pick the interpreter)
#
# CPython 3.11 always reports the main script by its absolute path
# (File "/abs/dir/NAME.py", ..., and /abs/dir/NAME.py:3: at the start of a warning). So the
# .err files do not depend on where the repo is checked out, that directory prefix is removed:
# the .err files say File "NAME.py", exactly as if the relative name had been kept. Nothing else
# is changed.
set -u

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
PY="${PYTHON:-python3}"
export PYTHONHASHSEED=0
export PYTHONIOENCODING=utf-8
export PYTHONDONTWRITEBYTECODE=1
unset PYTHONSTARTUP PYTHONPATH PYTHONWARNINGS PYTHONDEVMODE PYTHONNODEBUGRANGES 2>/dev/null || true

version="$("$PY" -c 'import sys; print("%d.%d" % sys.version_info[:2])')"
if [ "$version" != "3.11" ]; then
    echo "regenerate.sh: need CPython 3.11, '$PY' is $version" >&2
    exit 2
fi

fail=0
n_conf=0
n_err=0

strip_directory() {
    "$PY" - "$1" "$PWD" <<'PYEOF'
import re, sys
path, directory = sys.argv[1], sys.argv[2]
with open(path, encoding='utf-8', newline='') as fh:
    text = fh.read()
text = text.replace('File "' + directory + '/', 'File "')
# asyncio's reprs name the coroutine's file too: "coro=<f() done, defined at /abs/dir/x.py:5>".
text = text.replace(' at ' + directory + '/', ' at ')
text = re.sub('(?m)^' + re.escape(directory + '/'), '', text)
with open(path, 'w', encoding='utf-8', newline='') as fh:
    fh.write(text)
PYEOF
}

cd "$HERE/conformance" || exit 2
for f in *.py; do
    name="${f%.py}"
    stdin=/dev/null
    [ -f "$name.in" ] && stdin="$name.in"
    if [ -f "$name.err" ]; then
        # A program that warns: gilvm prints what CPython prints with tracemalloc on.
        "$PY" -X tracemalloc "$f" < "$stdin" > "$name.out" 2> "$name.err"
        rc=$?
        strip_directory "$name.err"
        : > "$name.stderr.tmp"
    else
        "$PY" "$f" < "$stdin" > "$name.out" 2> "$name.stderr.tmp"
        rc=$?
    fi
    rm -f io_tmp_*
    if [ "$rc" -ne 0 ]; then
        echo "FAIL conformance/$f: exit status $rc (expected 0)" >&2
        cat "$name.stderr.tmp" >&2
        fail=1
    elif [ -s "$name.stderr.tmp" ]; then
        echo "FAIL conformance/$f: wrote to stderr" >&2
        cat "$name.stderr.tmp" >&2
        fail=1
    fi
    rm -f "$name.stderr.tmp"
    n_conf=$((n_conf + 1))
done

cd "$HERE/errors" || exit 2
for f in *.py; do
    name="${f%.py}"
    "$PY" -X no_debug_ranges "$f" < /dev/null > /dev/null 2> "$name.err"
    rc=$?
    rm -f io_tmp_*
    if [ "$rc" -ne 1 ]; then
        echo "FAIL errors/$f: exit status $rc (expected 1)" >&2
        fail=1
    fi
    # Strip the absolute directory from File "..." lines (see header).
    strip_directory "$name.err"
    n_err=$((n_err + 1))
done

echo "regenerated $n_conf conformance outputs and $n_err error outputs"
if [ "$fail" -ne 0 ]; then
    echo "regenerate.sh: some programs did not behave as required" >&2
    exit 1
fi

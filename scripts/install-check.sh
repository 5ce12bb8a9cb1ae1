#!/usr/bin/env bash
# Checks that `make install` gives one file that works alone. Installs into a temporary PREFIX; asserts that
# PREFIX/bin/bearing is the only file installed and that it is statically linked; then runs
# `bearing --version`, `check` and `build` on a copy of the example workspace with the Swift toolchain and
# this repository (its .build folder and Sources) hidden under empty tmpfs mounts in a private mount
# namespace (unshare; as root, or through a user namespace otherwise), from a temporary folder, with an
# environment holding only PATH=/usr/bin:/bin. Where no mount namespace can be made, it says so and runs
# with that environment alone. scripts/test.sh runs it.
set -euo pipefail
cd "$(dirname "$0")/.."
repo="$PWD"
bash scripts/setup.sh

tmp="$(mktemp -d /tmp/bearing-install-check.XXXXXX)"
trap 'rm -rf "$tmp"' EXIT
fail() { echo "install-check: FAIL: $*" >&2; exit 1; }

make --no-print-directory install PREFIX="$tmp/prefix"

# The only file installed is PREFIX/bin/bearing.
installed="$(cd "$tmp/prefix" && find . -mindepth 1 | sort | tr '\n' ' ')"
[ "$installed" = "./bin ./bin/bearing " ] || fail "make install installed more than bin/bearing: $installed"
linkage="$(ldd "$tmp/prefix/bin/bearing" 2>&1 || true)"   # ldd exits 1 for a static executable
grep -Eq "not a dynamic executable|statically linked" <<<"$linkage" || fail "bin/bearing is dynamically linked: $linkage"

# A copy of the example workspace, outside the repository.
mkdir "$tmp/workspace"
cp -R bearing.yml strategy.md objectives roadmaps "$tmp/workspace/"
cp Sources/BearingSite/Resources/templates/layout.mustache "$tmp/"   # for the theme override, below

# What to hide: the toolchain (its usr folder, or only its runtime when it lives in /usr) and the repository.
resources="$(swiftc -print-target-info | sed -n 's/.*"runtimeResourcePath": "\(.*\)".*/\1/p')"
[ -n "$resources" ] || fail "could not find the Swift toolchain (swiftc -print-target-info)"
toolchain="$(dirname "$(dirname "$resources")")"
[ "$toolchain" = /usr ] && toolchain="$resources"
case "$tmp/" in "$repo/"*|"$toolchain/"*) fail "the temporary folder $tmp is inside a folder it must hide" ;; esac

# Runs inside the namespace: hides the folders given as arguments (when it may mount), then uses bearing.
cat > "$tmp/alone.sh" <<'INNER'
set -euo pipefail
tmp="$1"; shift
fail() { echo "install-check: FAIL: $*" >&2; exit 1; }
if [ "${HIDE:-}" = 1 ]; then
  for folder in "$@"; do
    mount -t tmpfs -o size=1m,mode=0755 bearing-install-check-hidden "$folder"
    [ -z "$(ls -A "$folder")" ] || fail "$folder is not hidden"
  done
fi
cd "$tmp"
bearing="$tmp/prefix/bin/bearing"
version="$("$bearing" --version)"
[ -n "$version" ] || fail "bearing --version printed nothing"
echo "install-check: bearing --version: $version"
"$bearing" check --workspace workspace >check.out 2>&1 || { cat check.out >&2; fail "bearing check failed"; }
"$bearing" build --workspace workspace --out "$tmp/site" --data json,csv >build.out 2>&1 || { cat build.out >&2; fail "bearing build failed"; }
for page in index.html strategy.html assets/style.css assets/search.js data/planning.db data/planning.json data/objectives.csv; do
  [ -s "site/$page" ] || fail "the built site has no $page"
done
grep -q "<html" site/index.html || fail "site/index.html is not a page"
# A theme override in the workspace still replaces the embedded template.
mkdir workspace/theme
cp layout.mustache workspace/theme/layout.mustache
echo "<!-- bearing-install-check theme -->" >>workspace/theme/layout.mustache
"$bearing" build --workspace workspace --out "$tmp/themed" >themed.out 2>&1 || { cat themed.out >&2; fail "bearing build with a theme failed"; }
grep -q "bearing-install-check theme" themed/index.html || fail "theme/layout.mustache did not override the embedded layout"
INNER

# alone.sh with nothing in its environment but PATH=/usr/bin:/bin (and HIDE=1 where it may mount).
alone=(env -i PATH=/usr/bin:/bin HOME="$tmp")
args=(bash "$tmp/alone.sh" "$tmp" "$toolchain" "$repo")
if [ "$(id -u)" -eq 0 ] && unshare --mount --propagation private true 2>/dev/null; then
  echo "install-check: running bearing with $toolchain and $repo hidden (unshare --mount, as root)"
  unshare --mount --propagation private "${alone[@]}" HIDE=1 "${args[@]}"
elif unshare --user --map-root-user --mount --propagation private true 2>/dev/null; then
  echo "install-check: running bearing with $toolchain and $repo hidden (unshare --user --mount)"
  unshare --user --map-root-user --mount --propagation private "${alone[@]}" HIDE=1 "${args[@]}"
else
  echo "install-check: WARNING: no mount namespace here (not root, no user namespaces): $toolchain and $repo are" \
       "NOT hidden; running bearing from $tmp with PATH=/usr/bin:/bin only, after checking it is statically linked" >&2
  "${alone[@]}" "${args[@]}"
fi
echo "install-check: ok: make install gives one static file ($(du -h "$tmp/prefix/bin/bearing" | cut -f1)) that runs check and build alone"

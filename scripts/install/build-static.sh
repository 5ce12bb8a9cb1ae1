#!/usr/bin/env bash
# Builds bearing in release mode as one statically linked executable, with every resource embedded, into
# .build/static, and prints its path: what `make install` installs (scripts/install.sh) and what the benchmark
# measures (scripts/bench.sh), since it is the file a user runs.
set -euo pipefail
cd "$(dirname "$0")/../.."
# FoundationNetworking (imported by FlyingFox) wants libcurl, which has no usable static form on Debian; bearing
# never calls it, so the static link gets a libcurl whose functions all fail (scripts/install/curl-stub.c).
stub=".build/static/curl-stub"
mkdir -p "$stub"
# clang and llvm-ar come with the Swift toolchain, so nothing else needs installing.
clang -O2 -c scripts/install/curl-stub.c -o "$stub/curl-stub.o"
llvm-ar rcs "$stub/libcurl.a" "$stub/curl-stub.o"
flags=(-c release --scratch-path .build/static -Xswiftc -static-executable -Xlinker -L"$PWD/$stub")
swift build "${flags[@]}" --product bearing >&2
echo "$(swift build "${flags[@]}" --show-bin-path)/bearing"

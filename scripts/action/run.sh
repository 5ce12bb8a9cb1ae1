#!/usr/bin/env bash
# The GitHub Action's main step (action.yml passes its inputs as BEARING_* variables):
#   1. `bearing check --format github`: problems become annotations on the changed lines;
#   2. `bearing build`: the site into BEARING_OUT (with --allow-errors when BEARING_ALLOW_ERRORS is true);
#   3. the job summary (`report --format summary`) into $GITHUB_STEP_SUMMARY;
#   4. on pull requests, `bearing diff` against the base branch: into the summary, into BEARING_DIFF_DIR
#      (comment.md and pull-request, for the workflow_run pattern) and, when BEARING_COMMENT is true, as the
#      one Bearing comment on the pull request (created, or updated in place).
# It exits 1 when check found errors (unless errors are allowed), when the build failed, or when
# `diff --fail-on` says so; a comment that cannot be posted (a fork's read-only token) is a warning.
set -uo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
workspace="${BEARING_WORKSPACE:-.}"
out="${BEARING_OUT:-_site}"
allow_errors="${BEARING_ALLOW_ERRORS:-false}"
summary="${GITHUB_STEP_SUMMARY:-/dev/null}"
outputs="${GITHUB_OUTPUT:-/dev/null}"
diff_dir="${BEARING_DIFF_DIR:-${RUNNER_TEMP:-/tmp}/bearing-diff}"
cd "$workspace" || { echo "::error::no workspace folder: $workspace"; exit 2; }
status=0

bearing check --format github
check_status=$?
if [ "$check_status" -ne 0 ] && [ "$allow_errors" != "true" ]; then status=$check_status; fi

build=(build --out "$out")
if [ "$allow_errors" = "true" ]; then build+=(--allow-errors); fi
if [ -n "${BEARING_BASE_URL:-}" ]; then build+=(--base-url "$BEARING_BASE_URL"); fi
if bearing "${build[@]}"; then
  echo "site=$(cd "$out" && pwd)" >>"$outputs"
else
  status=1
fi

# Errors are listed in the summary itself, so its exit status adds nothing here.
bearing report --format summary >>"$summary" 2>/dev/null || true

case "${GITHUB_EVENT_NAME:-}" in
pull_request | pull_request_target) ;;
*) exit "$status" ;;
esac

number="${BEARING_PULL_REQUEST:-}"
if [ -z "$number" ] && [[ "${GITHUB_REF:-}" =~ ^refs/pull/([0-9]+)/ ]]; then number="${BASH_REMATCH[1]}"; fi
base="${GITHUB_BASE_REF:-}"
# The merge-base needs the base branch and enough history: actions/checkout fetches one commit by default.
if [ -n "$base" ]; then
  if [ "$(git rev-parse --is-shallow-repository 2>/dev/null)" = "true" ]; then
    git fetch --quiet --no-tags --unshallow origin "+refs/heads/$base:refs/remotes/origin/$base" || true
  elif ! git rev-parse --verify --quiet "origin/$base^{commit}" >/dev/null; then
    git fetch --quiet --no-tags origin "+refs/heads/$base:refs/remotes/origin/$base" || true
  fi
fi

mkdir -p "$diff_dir"
diff=(diff)
if [ -n "${BEARING_FAIL_ON:-}" ]; then diff+=(--fail-on "$BEARING_FAIL_ON"); fi
bearing "${diff[@]}" >"$diff_dir/comment.md"
diff_status=$?
if [ "$diff_status" -eq 2 ] || [ ! -s "$diff_dir/comment.md" ]; then
  echo "::warning::bearing diff could not compare this pull request with its base (see the log above)"
  exit "$status"
fi
[ "$diff_status" -ne 0 ] && status=$diff_status
printf '%s\n' "$number" >"$diff_dir/pull-request"
echo "diff=$diff_dir/comment.md" >>"$outputs"
{ echo; cat "$diff_dir/comment.md"; } >>"$summary"

if [ "${BEARING_COMMENT:-true}" = "true" ] && [ -n "$number" ]; then
  if ! bash "$here/comment.sh" "$diff_dir/comment.md" "$number"; then
    echo "::warning::could not comment on pull request #$number (a pull request from a fork has a read-only token: see the workflow_run pattern in Bearing's docs/ci.md); the diff is in the job summary"
  fi
fi
exit "$status"

#!/usr/bin/env bash
# Creates or updates the one Bearing comment on a pull request: the comment whose body starts with the
# `<!-- bearing:diff -->` marker is edited; when there is none, one is added. Uses `gh api` with GH_TOKEN.
#   comment.sh BODY_FILE PULL_REQUEST_NUMBER       (GITHUB_REPOSITORY names the repository)
set -euo pipefail
body="$1"
number="$2"
marker="<!-- bearing:diff -->"
# The number may come from an artifact a fork's workflow uploaded (the workflow_run pattern): digits only.
if ! [[ "$number" =~ ^[0-9]+$ ]]; then
  echo "bearing: not a pull-request number: '$number'" >&2
  exit 2
fi
if [ "$(head -c ${#marker} "$body")" != "$marker" ]; then
  echo "bearing: $body does not start with $marker; not a bearing diff comment" >&2
  exit 2
fi
existing="$(gh api --paginate "repos/$GITHUB_REPOSITORY/issues/$number/comments" \
  --jq ".[] | select(.body | startswith(\"$marker\")) | .id" | head -n 1)"
if [ -n "$existing" ]; then
  gh api --method PATCH "repos/$GITHUB_REPOSITORY/issues/comments/$existing" -F "body=@$body" >/dev/null
  echo "bearing: updated comment $existing on pull request #$number"
else
  gh api --method POST "repos/$GITHUB_REPOSITORY/issues/$number/comments" -F "body=@$body" >/dev/null
  echo "bearing: commented on pull request #$number"
fi

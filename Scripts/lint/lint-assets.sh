#!/usr/bin/env bash
# Lints the pages' script and style sheet (Sources/CodingServer/Resources/app.js, app.css): ESLint 6 with its
# recommended rules plus eqeqeq, no-var, prefer-const and strict (Scripts/lint/eslintrc.json), and css-tree's check of
# every declaration against the CSS syntax (Scripts/lint/lint-css.js). Both from Debian's packages:
#   apt-get install eslint node-css-tree
# Exit status 1 on any problem, each printed as file:line:column.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
# Debian's node modules; the machine's node may be another build that does not look there by itself
export NODE_PATH=/usr/share/nodejs:/usr/lib/nodejs${NODE_PATH:+:$NODE_PATH}
status=0
eslint --no-eslintrc -c "$ROOT/Scripts/lint/eslintrc.json" "$ROOT/Sources/CodingServer/Resources/app.js" || status=1
node "$ROOT/Scripts/lint/lint-css.js" "$ROOT/Sources/CodingServer/Resources/app.css" || status=1
if ((status == 0)); then echo "lint-assets: app.js and app.css are clean"; fi
exit $status

#!/usr/bin/env bash
# The workbench's timings in headless Chromium (first screen, the 小野市 map, a 20,000-node map and the API's cap):
# prints lines starting with WORKBENCH; add them, dated, to bench/RESULTS.md. Needs chromium and chromium-driver.
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p target
./mvnw -B verify -Dtest=NoSuchTest -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=WorkbenchBench \
  -Dfailsafe.failIfNoSpecifiedTests=false | tee target/workbench-bench.log | grep -E "^WORKBENCH|Tests run:|BUILD"

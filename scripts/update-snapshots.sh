#!/usr/bin/env bash
# Accepts the current JSON and CSV outputs as the new snapshots (tests/Surge.Cli.Tests/Snapshots): after a change to the
# model's parameters or to an output, on purpose. Deletes the .snap files, reruns the snapshot tests (Snapshooter writes
# each missing snapshot afresh), and shows what changed; review it with git diff and commit the .snap files.
# Usage: bash scripts/update-snapshots.sh
set -euo pipefail
cd "$(dirname "$0")/.."
snapshots=tests/Surge.Cli.Tests/Snapshots/__snapshots__
rm -rf "$snapshots"/*.snap "$snapshots/__mismatch__"
# Strict mode (CI) would fail a missing snapshot instead of writing it.
unset SNAPSHOOTER_STRICT_MODE
dotnet test tests/Surge.Cli.Tests -c Release --filter "FullyQualifiedName~Surge.Cli.Tests.Snapshots"
git status --short -- "$snapshots"
git diff --stat -- "$snapshots"

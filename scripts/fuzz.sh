#!/usr/bin/env bash
# The fuzz tests with more inputs than CI's 10,000 per reader (a nightly-style run): every reader of the command line
# (tests/Surge.Cli.Tests/Fuzz) and every JSON request of the web API (tests/Surge.Web.Tests/RequestFuzzTests.cs).
# Usage: bash scripts/fuzz.sh [INPUTS_PER_READER]   (default 200000; deterministic: the same inputs on every run)
set -euo pipefail
cd "$(dirname "$0")/.."
export SURGE_FUZZ_INPUTS="${1:-200000}"
dotnet build Surge.slnx -c Release
dotnet test tests/Surge.Cli.Tests -c Release --no-build --filter "FullyQualifiedName~Surge.Cli.Tests.Fuzz" --logger "console;verbosity=detailed"
dotnet test tests/Surge.Web.Tests -c Release --no-build --filter "FullyQualifiedName~RequestFuzzTests" --logger "console;verbosity=detailed"

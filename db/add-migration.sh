#!/usr/bin/env bash
# Adds a migration for both providers and regenerates the reviewed idempotent scripts in db/scripts/.
# Usage: db/add-migration.sh <MigrationName>
set -euo pipefail
cd "$(dirname "$0")/.."
name="${1:?usage: db/add-migration.sh <MigrationName>}"
dotnet tool restore >/dev/null
for provider in Sqlite SqlServer; do
  dotnet ef migrations add "$name" --context "${provider}CyberCaseDbContext" \
    --project src/CyberCase.Infrastructure --startup-project src/CyberCase.Infrastructure \
    --output-dir "Persistence/${provider}/Migrations"
done
rm -f src/CyberCase.Infrastructure/design.db
UPDATE_DB_SCRIPTS=1 dotnet test tests/CyberCase.Api.Tests --filter "FullyQualifiedName~DatabaseScriptsTests"

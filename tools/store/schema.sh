#!/usr/bin/env bash
# Writes schema/store.sql, the schema of a new store: what the migrations schema/sql/NNN_*.sql
# make of an empty database, applied in order, as SQLite keeps it (sqlite3's .dump), so that
# a new store is made in one step instead of thirteen. Run it after adding a migration; the
# test "a new store is made in one step with the schema the migrations make" fails until it is run.
#   tools/store/schema.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
command -v sqlite3 >/dev/null || { echo "$0: needs the sqlite3 command (Debian: apt-get install sqlite3)" >&2; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for f in schema/sql/[0-9]*.sql; do
  cat "$f"
  echo
done | sqlite3 "$tmp/store.db"
last=$(basename "$(ls schema/sql/[0-9]*.sql | tail -1)")
version=$((10#${last%%_*}))
{
  echo "-- The schema of a new claimgraph store, version $version: what schema/sql/ makes of an empty"
  echo "-- database, written by tools/store/schema.sh (do not edit; add a migration and run it)."
  echo "-- Applied in one transaction to a database with no tables, which then gets"
  echo "-- PRAGMA user_version = $version. The comments in the tables are those of the migrations."
  sqlite3 "$tmp/store.db" .dump | grep -v -E '^(PRAGMA foreign_keys=OFF;|BEGIN TRANSACTION;|COMMIT;)$'
} > schema/store.sql

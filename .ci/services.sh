# Packages and services the test suite needs, shared by .ci/run and developers' machines.
# Sourced, not run.

# Debian packages: chromium for the HTML report's browser test; PostgreSQL 15 with PostGIS 3 for
# the repository tests against a real spatial database (integration-tests, dev.geoflight.it.repository).
CI_PACKAGES=(chromium postgresql-15 postgresql-15-postgis-3)

install_packages() {
  local missing=()
  for package in "${CI_PACKAGES[@]}"; do
    dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    echo "== installing ${missing[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  fi
}

start_services() {
  start_postgis
}

# PostgreSQL on 127.0.0.1:5432 with a database that has PostGIS, for the repository tests. Safe to
# run again: an existing cluster, role, database or extension is kept.
GEOFLIGHT_PG_URL=${GEOFLIGHT_PG_URL:-jdbc:postgresql://127.0.0.1:5432/geoflight}
GEOFLIGHT_PG_USER=${GEOFLIGHT_PG_USER:-geoflight}
GEOFLIGHT_PG_PASSWORD=${GEOFLIGHT_PG_PASSWORD:-geoflight}
export GEOFLIGHT_PG_URL GEOFLIGHT_PG_USER GEOFLIGHT_PG_PASSWORD

start_postgis() {
  echo "== starting PostgreSQL 15 with PostGIS on 127.0.0.1:5432"
  if ! pg_lsclusters -h 2>/dev/null | grep -q '^15 \+main '; then
    pg_createcluster 15 main >/dev/null
  fi
  if ! pg_lsclusters -h | grep -q '^15 \+main .* online '; then
    pg_ctlcluster 15 main start
  fi
  local psql=(runuser -u postgres -- psql -v ON_ERROR_STOP=1 -qtA)
  if [ "$("${psql[@]}" -c "SELECT 1 FROM pg_roles WHERE rolname = '$GEOFLIGHT_PG_USER'")" != 1 ]; then
    "${psql[@]}" -c "CREATE ROLE $GEOFLIGHT_PG_USER LOGIN PASSWORD '$GEOFLIGHT_PG_PASSWORD'"
  fi
  if [ "$("${psql[@]}" -c "SELECT 1 FROM pg_database WHERE datname = 'geoflight'")" != 1 ]; then
    "${psql[@]}" -c "CREATE DATABASE geoflight OWNER $GEOFLIGHT_PG_USER"
  fi
  "${psql[@]}" -d geoflight -c "CREATE EXTENSION IF NOT EXISTS postgis"
}

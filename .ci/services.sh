# Packages and services the test suite needs, shared by .ci/run and developers' machines.
# Sourced, not run.

# Debian packages: chromium for the HTML report's browser test.
CI_PACKAGES=(chromium)

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
  :
}

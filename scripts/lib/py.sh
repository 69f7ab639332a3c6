# Sourced by scripts/test: the Python tools the tests call (frictionless, schemathesis, jsonschema),
# pinned in scripts/requirements-test.txt, in a virtual environment under target/ (rebuilt when
# the requirements change). Puts its bin folder first on PATH.

python_tools() {
  local venv=${MGI_PY_VENV:-${CARGO_TARGET_DIR:-target}/pyenv}
  local req=scripts/requirements-test.txt
  if [ ! -x "$venv/bin/python" ] || ! cmp -s "$req" "$venv/requirements.txt"; then
    log "installing Python test tools into $venv"
    rm -rf "$venv"
    python3 -m venv "$venv"
    "$venv/bin/pip" install --quiet --disable-pip-version-check -r "$req"
    cp "$req" "$venv/requirements.txt"
  fi
  export PATH="$(cd "$venv/bin" && pwd):$PATH"
}

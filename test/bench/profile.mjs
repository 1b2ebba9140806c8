// The top of a V8 CPU profile (`node --cpu-prof`): self time by function, and by package (node_modules
// folder, or our server's source), so that a slow shape points at its cause.
import fs from 'node:fs';

function packageOf(url) {
  if (!url) return '(native / V8)';
  const modules = url.lastIndexOf('/node_modules/');
  if (modules >= 0) {
    const rest = url.slice(modules + '/node_modules/'.length).split('/');
    return rest[0].startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0];
  }
  if (url.includes('/server/dist/')) return 'server/dist (ours)';
  if (url.startsWith('node:')) return 'node core';
  return url.replace(/^file:\/\//, '');
}

export function summariseProfile(file, top = 25) {
  const profile = JSON.parse(fs.readFileSync(file, 'utf8'));
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map();
  profile.samples.forEach((id, index) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[index] ?? 0)));
  const total = [...self.values()].reduce((sum, value) => sum + value, 0);
  const functions = new Map();
  const packages = new Map();
  for (const [id, micros] of self) {
    const { callFrame } = byId.get(id);
    const name = `${callFrame.functionName || '(anonymous)'} ${callFrame.url ? `${callFrame.url.replace(/^.*\/node_modules\//, '').replace(/^file:\/\/.*\/server\/dist\//, 'server/dist/')}:${callFrame.lineNumber + 1}` : ''}`.trim();
    functions.set(name, (functions.get(name) ?? 0) + micros);
    const pkg = packageOf(callFrame.url);
    packages.set(pkg, (packages.get(pkg) ?? 0) + micros);
  }
  const pct = (micros) => `${((100 * micros) / total).toFixed(1).padStart(5)} %`;
  const lines = [`${file}: ${(total / 1e6).toFixed(1)} s sampled`, '', 'self time by package:'];
  for (const [name, micros] of [...packages].sort((a, b) => b[1] - a[1]).slice(0, 15)) lines.push(`  ${pct(micros)}  ${name}`);
  lines.push('', 'self time by function:');
  for (const [name, micros] of [...functions].sort((a, b) => b[1] - a[1]).slice(0, top)) lines.push(`  ${pct(micros)}  ${name}`);
  return lines.join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const file of process.argv.slice(2)) console.log(`${summariseProfile(file)}\n`);
}

import { bundleSpec } from '@sms-contracts/specs/load-api';
import { emitEmulatorModel } from '../src/emulator/emit-emulator-model.ts';
import { SpecDrivenApp } from '../../../packages/emulator/src/spec-driven/spec-driven-app.ts';
import { synthesize } from '../../../packages/emulator/src/spec-driven/synthesize.ts';

for (const file of process.argv.slice(2)) {
  const t0 = performance.now();
  const document = await bundleSpec(file);
  const source = emitEmulatorModel({ name: 'probe', document });
  const json = source.slice(source.indexOf('= {') + 2, source.lastIndexOf(';'));
  const model = JSON.parse(json);
  const t1 = performance.now();
  let answers = 0;
  for (const op of model.operations) for (const r of Object.values<any>(op.responses)) for (const m of Object.values<any>(r.content ?? {})) { JSON.stringify(synthesize(m.schema, model.schemas)); answers++; }
  const t2 = performance.now();
  const app = new SpecDrivenApp({ model, validators: {} }, { bodyLimitBytes: 1 << 20, validateResponses: false });
  const statuses = new Map<number, number>();
  for (const op of model.operations) {
    const path = op.path.replace(/\{[^}]+\}/g, 'x1');
    const scheme = Object.values<any>(model.securitySchemes)[0]?.type;
    const headers: Record<string, string> = { authorization: scheme === 'basic' ? `Basic ${btoa('a:b')}` : 'Bearer t', 'x-api-key': 'k', 'content-type': Object.keys(op.requestBody?.content ?? {'application/json': 0})[0] };
    for (const p of op.parameters) if (p.in === 'header' && p.required) headers[p.name] = 'x';
    const body = ['GET', 'HEAD', 'DELETE'].includes(op.method) ? undefined : '{}';
    const req = new Request(`http://x${path}`, { method: op.method, headers, body });
    const res = await app.fetch(req, path, new URLSearchParams());
    statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
    if (res.status >= 500 || (res.status === 404 && statuses.get(404) === 1)) console.log(res.status, op.id, op.path, (await res.text()).slice(0, 300));
  }
  console.log(file.split('/').slice(-2).join('/'), `${model.operations.length} ops, model ${(json.length / 1024).toFixed(0)} kB in ${(t1 - t0).toFixed(0)} ms; ${answers} answers synthesized in ${(t2 - t1).toFixed(0)} ms; statuses`, Object.fromEntries(statuses));
}

import { rsaSubject, gostSubject } from '/work/wt/esign-bench/scripts/bench/esign-subjects';
const which = process.argv[2] ?? 'rsa-sign';
const act = new Uint8Array(4096).fill(65);
const s = which.startsWith('rsa') ? await rsaSubject(act) : await gostSubject(act);
const op = which.endsWith('sign') ? s.sign : s.verify;
for (let i = 0; i < 20; i++) await op();
const c0 = process.cpuUsage(); const t0 = performance.now(); let n = 0;
while (performance.now() - t0 < 4000) { await op(); n++; }
const c = process.cpuUsage(c0); console.log(which, ((performance.now() - t0) / n).toFixed(3), 'ms/op wall', ((c.user + c.system) / 1000 / n).toFixed(3), 'ms/op cpu');

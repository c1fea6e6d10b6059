/**
 * Training speed of lib/ml's fused recurrent scans against tf.layers (same backend, same sizes, same
 * loss and optimizer; see bench/chromium/train-cases.ts), in ms per training step:
 *  - Node, tfjs-backend-wasm (SIMD, one thread): `train-<cell>-h<H>-t<T>-b<B>-wasm`
 *  - headless Chromium, tfjs-backend-wasm with SIMD and threads (cross-origin isolated page):
 *    the same names with `-chromium`
 * Each line also carries the backend's own matMul speed on the case's projection shape (matmulGflops,
 * measured in the same run just before the case) and fractionOfMatmul = (matMul FLOPs of one step /
 * time per step) / matmulGflops, for the fused scan and for the baseline.
 */
import * as tf from '@tensorflow/tfjs';
import type { BenchLine } from '../line';
import { TRAIN_CASES, runCase, type CaseResult } from '../chromium/train-cases';
import { startBackend } from '../../cli/commands/train';
import { runInChromium } from '../chromium/run-chromium';
import { cellModule } from '../../lib/ml/kernels/wasm/arena';

export function lineOf(r: CaseResult, suffix: string, extra: Record<string, unknown>): BenchLine {
  const gflops = r.matmulGflops;
  const frac = (ms: number) => +(r.flops / (ms * 1e6) / gflops).toFixed(4);
  return {
    bench: `${r.name}-${suffix}`,
    value: +r.fusedMs.toFixed(2),
    unit: 'ms/step',
    baseline: +r.layersMs.toFixed(2),
    ratio: +(r.layersMs / r.fusedMs).toFixed(2),
    fractionOfMatmul: frac(r.fusedMs),
    baselineFractionOfMatmul: frac(r.layersMs),
    matmulGflops: +gflops.toFixed(1),
    baselineName: 'tf.layers',
    ...extra,
  };
}

export async function run(emit: (line: BenchLine) => void): Promise<void> {
  await startBackend('wasm');
  runCase(TRAIN_CASES[0]!, 1); // discarded: the first case otherwise also pays for JIT warm-up
  for (const c of TRAIN_CASES) emit(lineOf(runCase(c), 'wasm', { runtime: 'node', threads: 1, simd: await tf.env().getAsync('WASM_HAS_SIMD_SUPPORT'), cellKernels: cellModule() !== null }));
  try {
    const page = await runInChromium();
    for (const r of page.results) emit(lineOf(r, 'wasm-chromium', { runtime: 'chromium', threads: page.threads, simd: page.simd, cellKernels: page.cellKernels }));
  } catch (e) {
    console.error(`ml bench: headless Chromium part skipped: ${(e as Error).message}`);
  }
}

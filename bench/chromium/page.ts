/**
 * Browser entry of the ml bench (bundled by run-chromium.ts): runs TRAIN_CASES on tfjs-backend-wasm in
 * a cross-origin-isolated page (SIMD + threads, as the students' training Worker gets) and leaves the
 * results on window.__bench for Playwright to read.
 */
import * as tf from '@tensorflow/tfjs';
import { getThreadsCount } from '@tensorflow/tfjs-backend-wasm';
import { useBackend } from '../../lib/ml/backend';
import { cellModule } from '../../lib/ml/kernels/wasm/arena';
import { TRAIN_CASES, runCase } from './train-cases';

export interface PageResult {
  readonly results: ReturnType<typeof runCase>[];
  readonly threads: number;
  readonly simd: boolean;
  readonly crossOriginIsolated: boolean;
  /** lib/ml's wasm cell kernels were available (else the fused scans ran as tfjs ops). */
  readonly cellKernels: boolean;
}

const w = globalThis as unknown as { __bench?: PageResult | { error: string }; __progress?: string[] };
w.__progress = [];
(async () => {
  try {
    await useBackend('wasm', { wasmPaths: '/wasm/', threads: navigator.hardwareConcurrency });
    const simd = (await tf.env().getAsync('WASM_HAS_SIMD_SUPPORT')) as boolean;
    const threads = (await tf.env().getAsync('WASM_HAS_MULTITHREAD_SUPPORT')) ? getThreadsCount() : 1;
    runCase(TRAIN_CASES[0]!, 1); // discarded warm-up (JIT), as in bench/suites/ml.ts
    const results = [];
    for (const c of TRAIN_CASES) {
      results.push(runCase(c));
      w.__progress!.push(JSON.stringify(results[results.length - 1]));
      await new Promise((r) => setTimeout(r, 0));
    }
    w.__bench = { results, threads, simd, crossOriginIsolated: globalThis.crossOriginIsolated === true, cellKernels: cellModule() !== null };
  } catch (e) {
    w.__bench = { error: e instanceof Error ? `${e.message}\n${e.stack}` : String(e) };
  }
})();

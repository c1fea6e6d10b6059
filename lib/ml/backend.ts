/**
 * Picks the tfjs backend lib/ml runs on. The training target is tfjs-backend-wasm (browser Worker and
 * Node CLI/scoring): XNNPACK matMuls, no GPU sync. `cpu` is tfjs' plain-JS reference backend (tests).
 * No Node or DOM APIs here: the caller says where the .wasm binaries are (a URL prefix in the browser,
 * e.g. '/tfjs-wasm/'; a directory path in Node).
 */
import * as tf from '@tensorflow/tfjs';
import { setThreadsCount, setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import { loadCellKernels } from './kernels/wasm/arena';

export type BackendName = 'wasm' | 'cpu' | 'webgl';

export interface BackendOptions {
  /** Prefix the wasm backend loads tfjs-backend-wasm*.wasm from (must end with '/'). */
  readonly wasmPaths?: string;
  /** Threads for the threaded-SIMD build (browser with cross-origin isolation only). */
  readonly threads?: number;
}

let configuredPaths: string | null = null;

/** Switches to `name` (idempotent) and waits until it is ready. Returns the active backend's name. */
export async function useBackend(name: BackendName, options: BackendOptions = {}): Promise<string> {
  if (name === 'wasm') {
    if (options.wasmPaths && options.wasmPaths !== configuredPaths) {
      setWasmPaths(options.wasmPaths);
      configuredPaths = options.wasmPaths;
    }
    if (options.threads) setThreadsCount(options.threads);
  }
  if (tf.getBackend() !== name) {
    const ok = await tf.setBackend(name);
    if (!ok) throw new Error(`The tfjs ${name} backend could not start.`);
  }
  await tf.ready();
  await loadCellKernels(); // lib/ml's own SIMD kernels (kernels/wasm); without them the op scans run
  return tf.getBackend();
}

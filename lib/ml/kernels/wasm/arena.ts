/**
 * Memory for the wasm cell kernels (cells.as): one WebAssembly instance per live scan, whose linear
 * memory holds that scan's inputs, saved activations and gradients between its forward and backward
 * pass. Instances are pooled: a scan takes one, and gives it back when its backward pass (or its
 * forward-only run) is done; one whose backward never runs is simply garbage-collected.
 */
import * as tf from '@tensorflow/tfjs';
import { CELLS_WASM_BASE64 } from './cells-wasm';

export interface CellExports {
  readonly memory: WebAssembly.Memory;
  lstmForward(rec: number, xp: number, hPrev: number, cPrev: number, mask: number, acts: number, c: number, tc: number, h: number, B: number, H: number): void;
  lstmBackward(rec: number, dy: number, pass: number, passMask: number, dcIn: number, acts: number, cPrev: number, tc: number, mask: number, dh: number, dz: number, dcOut: number, B: number, H: number): void;
  rnnForward(rec: number, xp: number, hPrev: number, mask: number, h: number, B: number, H: number, relu: number): void;
  rnnBackward(rec: number, dy: number, pass: number, passMask: number, h: number, mask: number, dh: number, da: number, B: number, H: number, relu: number): void;
}

let compiled: WebAssembly.Module | null | undefined;

function decodeBase64(b64: string): Uint8Array<ArrayBuffer> {
  const bin = atob(b64);
  const out = new Uint8Array(new ArrayBuffer(bin.length));
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

/**
 * Compiles the kernels asynchronously. Browsers refuse synchronous compilation of modules over 4 KB on
 * the main thread (ours is ~5 KB), so pages call this (useBackend does) before training; Workers and
 * Node can also rely on the synchronous path in cellModule().
 */
export async function loadCellKernels(): Promise<boolean> {
  if (compiled === undefined) {
    try {
      compiled = await WebAssembly.compile(decodeBase64(CELLS_WASM_BASE64));
    } catch {
      compiled = null;
    }
  }
  return compiled !== null;
}

/** The compiled module, or null where WebAssembly SIMD is unavailable (then the tfjs-op scans run). */
export function cellModule(): WebAssembly.Module | null {
  if (compiled === undefined) {
    try {
      compiled = new WebAssembly.Module(decodeBase64(CELLS_WASM_BASE64));
    } catch {
      compiled = null;
    }
  }
  return compiled;
}

/** Byte offset where arenas start: past the module's own (tiny) static data. */
const BASE = 1 << 16;
const pool: Arena[] = [];

export class Arena {
  readonly k: CellExports;
  private top = BASE;

  private constructor(module: WebAssembly.Module) {
    this.k = new WebAssembly.Instance(module, {}).exports as unknown as CellExports;
  }

  static acquire(): Arena {
    const a = pool.pop() ?? new Arena(cellModule()!);
    a.top = BASE;
    return a;
  }

  /** Returns the arena to the pool (its memory stays grown for the next scan). */
  release(): void {
    if (pool.length < 8) pool.push(this);
  }

  /** Reserves n floats, 16-byte aligned; returns the byte offset. */
  alloc(n: number): number {
    const at = this.top;
    this.top += (n * 4 + 15) & ~15;
    const need = this.top - this.k.memory.buffer.byteLength;
    if (need > 0) this.k.memory.grow(Math.ceil(need / 65536));
    return at;
  }

  /** A view of n floats at byte offset `ptr` (make a new one after any alloc: memory may move). */
  f32(ptr: number, n: number): Float32Array {
    return new Float32Array(this.k.memory.buffer, ptr, n);
  }

  /**
   * n floats at `ptr` to hand to tf.tensor(). tfjs-wasm copies what it is given into its own heap,
   * but the cpu backend keeps the array itself — so there it gets a copy, or the arena's next scan
   * would overwrite the tensor.
   */
  out(ptr: number, n: number): Float32Array {
    const view = this.f32(ptr, n);
    return tf.getBackend() === 'wasm' ? view : view.slice();
  }
}

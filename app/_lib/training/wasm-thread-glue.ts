/**
 * Makes tfjs-backend-wasm's threads work after minification (tensorflow/tfjs#4253: the package is
 * not minifier-safe). The threaded build starts each pthread Worker from a Blob holding
 * `"var WasmBackendModuleThreadedSimd = " + factory.toString()`; once the bundle is minified, that
 * source refers to renamed variables of its old scope, and every thread dies with
 * "ReferenceError: r is not defined" — training then never starts. Here the Worker's Blob
 * constructor swaps that one Blob's content for an importScripts() of the untouched Emscripten glue,
 * which webpack emits as a plain asset (new URL(…, import.meta.url) is copied, not minified).
 * Only that exact Blob is changed; the main-thread factory (inside the bundle) is unaffected.
 */
// Next.js turns this into a root-relative path ('/_next/static/media/…'); resolved against the
// Worker's location below, because importScripts in a Blob-URL worker needs an absolute URL.
const GLUE_PATH = new URL('../../../node_modules/@tensorflow/tfjs-backend-wasm/wasm-out/tfjs-backend-wasm-threaded-simd.js', import.meta.url);
const PREFIX = 'var WasmBackendModuleThreadedSimd = ';

let installed = false;

/** Call once in the Worker before the wasm backend initialises. */
export function installThreadGlueFix(scope: { Blob: typeof Blob; location: { href: string } }): void {
  if (installed) return;
  installed = true;
  const glueUrl = new URL(String(GLUE_PATH), scope.location.href).href;
  const Original = scope.Blob;
  class GlueBlob extends Original {
    constructor(parts?: BlobPart[], options?: BlobPropertyBag) {
      const first = parts?.[0];
      const glue = parts?.length === 1 && typeof first === 'string' && first.startsWith(PREFIX);
      super(glue ? [`importScripts(${JSON.stringify(glueUrl)});`] : parts, options);
    }
  }
  scope.Blob = GlueBlob;
}

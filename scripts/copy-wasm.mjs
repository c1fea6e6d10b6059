// Copies tfjs-backend-wasm's .wasm binaries to public/tfjs-wasm/ so the browser loads them from our own
// origin (nothing is fetched from the internet at run time). Runs after every npm install.
import { cpSync, existsSync, mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';

const src = path.join('node_modules', '@tensorflow', 'tfjs-backend-wasm', 'dist');
const dest = path.join('public', 'tfjs-wasm');
if (existsSync(src)) {
  mkdirSync(dest, { recursive: true });
  for (const f of readdirSync(src)) if (f.endsWith('.wasm')) cpSync(path.join(src, f), path.join(dest, f));
}

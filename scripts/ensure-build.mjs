// `npm start` builds the Next.js app when there is no build yet, or when a source file is newer than it.
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const BUILD_ID = path.join('.next', 'BUILD_ID');
const SOURCES = ['app', 'lib', 'messages', 'i18n', 'public', 'next.config.js', 'package.json'];

function newestMtime(p) {
  if (!existsSync(p)) return 0;
  const st = statSync(p);
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = st.mtimeMs;
  for (const entry of readdirSync(p)) newest = Math.max(newest, newestMtime(path.join(p, entry)));
  return newest;
}

const built = existsSync(BUILD_ID) ? statSync(BUILD_ID).mtimeMs : 0;
const source = Math.max(...SOURCES.map(newestMtime));
if (!built || source > built) {
  console.log(built ? 'Sources changed since the last build: building…' : 'No build yet: building (a minute or two)…');
  execSync('npx next build', { stdio: 'inherit', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
}

/**
 * SERVER-ONLY side-effect module: registers the built-in lm corpora (whole, hidden tail included)
 * with lib/tasks. Imported by Node entry points — the server, CLI commands, bench suites and the
 * lib/tasks tests — and never by app/ code, so no browser bundle contains a corpus.
 */
import { registerBuiltInCorpus } from './lm/builtin-registry';
import { mobyDick } from './lm/moby-dick';

registerBuiltInCorpus('moby-dick', mobyDick);

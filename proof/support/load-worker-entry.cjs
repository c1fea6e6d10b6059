// Entry of a load-test client thread: the worker's own entry is not run through tsx, its imports are.
require('./load-worker.ts');

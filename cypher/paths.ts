// Where the project's data folders are: the schema statements, the seed files, and the corpus of
// documents they cite (corpus/ at the top). One home, so the explorer, npm run seed, npm run
// validate and the import agree.
import { fileURLToPath } from 'node:url';

export const SCHEMA_DIR = fileURLToPath(new URL('./schema', import.meta.url));
export const SEED_DIR = fileURLToPath(new URL('./seed', import.meta.url));
export const CORPUS_DIR = fileURLToPath(new URL('../corpus', import.meta.url));

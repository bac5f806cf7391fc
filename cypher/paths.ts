// Where the Neo4j layer's own folders are: the schema statements, the seed files and the corpus
// of documents they cite. One home, so the explorer, npm run seed and npm run validate agree.
import { fileURLToPath } from 'node:url';

export const SCHEMA_DIR = fileURLToPath(new URL('./schema', import.meta.url));
export const SEED_DIR = fileURLToPath(new URL('./seed', import.meta.url));

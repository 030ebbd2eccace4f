import type { BlockModel } from './block-model';
import model from './block-model.json';

/** The model `npm run train` wrote (core/scorer/block-model.json); the engine's default. */
// JSON imports are typed by shape, not by union; `isUsableModel` checks the file before any use.
export const SHIPPED_BLOCK_MODEL = model as unknown as BlockModel;

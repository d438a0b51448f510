import type { Messages } from '../types.js';
import { en } from '../en.js';

// Placeholder until the translation lands.
const de: Messages = { ...en };
export default de;

import type { Messages } from '../types.js';
import { en } from '../en.js';

// Placeholder until the translation lands.
const es: Messages = { ...en };
export default es;

// Action entry (dist/index.js).
import { main } from './action/main.js';

await main();

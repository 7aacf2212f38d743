import type { Storage } from '../Storage.ts';

/** Opens a fresh, empty store of one backend; the contract closes it when the test ends. */
export type OpenStorage = () => Promise<Storage>;

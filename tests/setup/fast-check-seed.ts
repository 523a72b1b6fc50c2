/** Setup file of every vitest project: this run's fast-check seed, chosen in vitest.config.ts. */
import { inject } from 'vitest';
import { useSeed } from './seed.ts';

useSeed(inject('crosscheckSeed'));

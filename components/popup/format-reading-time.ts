import { readingTimeLabel } from '../view/format';

/** "4 min read"; the engine already rounds to whole minutes, at least 1. */
export const formatReadingTime = readingTimeLabel;

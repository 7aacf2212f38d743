/** Remote updates per second, and a fast typist's pace: 16 characters a second. */
export const REMOTE_RATE = 200;
export const CADENCE_MS = 60;

export interface Scale {
  clauses: number;
  /** Only typing (remote carets moving), no rounds of remote updates. */
  typingOnly?: boolean;
  wordsPerClause: number;
  carets: number;
  rounds: number;
  keystrokes: number;
  burstSeconds: number;
}

export const FULL: Scale = {
  clauses: 500,
  wordsPerClause: 300,
  carets: 20,
  rounds: 3,
  keystrokes: 200,
  burstSeconds: 5,
};

/** For `npm test`: proves the script runs, measures nothing worth quoting. */
export const TINY: Scale = {
  clauses: 12,
  wordsPerClause: 60,
  carets: 3,
  rounds: 1,
  keystrokes: 20,
  burstSeconds: 1,
};

/** The size of a real framework agreement: 60 articles, 5 others' carets, typing only. */
export const REAL: Scale = {
  clauses: 60,
  wordsPerClause: 300,
  carets: 5,
  rounds: 3,
  keystrokes: 200,
  burstSeconds: 0,
  typingOnly: true,
};

export const TINY_REAL: Scale = {
  ...REAL,
  clauses: 8,
  wordsPerClause: 60,
  carets: 2,
  rounds: 1,
  keystrokes: 20,
};

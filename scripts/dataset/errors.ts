// The two ways a build fails on bad data; the CLI prints their message and exits non-zero.

/** An input file is missing or unreadable; the message names the file (and column or row). */
export class InputError extends Error {}

/** The files read but contradict each other or the build's rules (e.g. an unknown cluster name). */
export class BuildError extends Error {}

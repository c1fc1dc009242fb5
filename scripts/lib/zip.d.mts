/** Zips every file under `dir` (paths relative to it) into `outFile`; returns the file count. */
export function zipDirectory(dir: string, outFile: string): number;

/** Streams and environment the CLI runs against (process's, or a test's). */
export interface CliIO {
  stdout: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  stderr: NodeJS.WritableStream;
  env: NodeJS.ProcessEnv;
  cwd: string;
  readStdin: () => Promise<Buffer>;
}

/** Where an action leaves its exit code (commander actions cannot return one). */
export interface CliState {
  code: number;
}

import { main } from './cli.js';

// The only place that touches the process: streams in, exit code out.
const quietPipe = (err: NodeJS.ErrnoException) => {
  // `jd-analyze ... | head` closes the pipe early: stop quietly, like other Unix tools.
  if (err.code === 'EPIPE') process.exit(0);
  throw err;
};
process.stdout.on('error', quietPipe);
process.stderr.on('error', quietPipe);

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

const code = await main(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  cwd: process.cwd(),
  readStdin,
});
process.exitCode = code;

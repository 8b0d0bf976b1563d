// The `interview-coach` command (bundled to dist/cli.js). Only the pure core: no `vscode` here.
import * as fs from 'fs';
import { runGrade } from './grade';
import { runCli } from './lint';

const args = process.argv.slice(2);
const io = { cwd: process.cwd(), out: (text: string) => process.stdout.write(text), err: (text: string) => process.stderr.write(text) };
process.exitCode = args[0] === 'grade' ? runGrade(args.slice(1), { ...io, readStdin: () => fs.readFileSync(0, 'utf8') }) : runCli(args, io);

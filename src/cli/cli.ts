import { gradeCommand } from './grade';
import { lintCommand } from './lint';

/** Where a command writes; the entry point passes process.stdout and process.stderr. */
export interface CliIo {
  cwd: string;
  out: (text: string) => void;
  err: (text: string) => void;
}

/** One `interview-coach <name>` command. Add a command by adding it to COMMANDS. */
export interface CliCommand {
  name: string;
  /** Its usage text, which starts with "Usage: interview-coach <name>". */
  usage: string;
  /** Runs with the arguments after the command's name; returns the exit status. */
  run(args: string[], io: CliIo): Promise<number>;
}

export const COMMANDS: readonly CliCommand[] = [lintCommand, gradeCommand];

export const USAGE = COMMANDS.map((command) => command.usage).join('\n');

/** Runs `interview-coach <args>` and returns the exit status (0 fine, 1 problems found, 2 usage). */
export async function runCli(args: string[], io: CliIo): Promise<number> {
  if (args.length === 0) {
    io.err(USAGE);
    return 2;
  }
  if (args[0] === '-h' || args[0] === '--help' || args[0] === 'help') {
    io.out(USAGE);
    return 0;
  }
  const command = COMMANDS.find((c) => c.name === args[0]);
  if (!command) {
    io.err(`interview-coach: unknown command "${args[0]}".\n\n${USAGE}`);
    return 2;
  }
  return command.run(args.slice(1), io);
}

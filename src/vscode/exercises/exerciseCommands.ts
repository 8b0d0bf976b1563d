import { CommandHandlers } from '../commands';
import { Command } from '../platform/ids';
import { ExerciseActions } from './exerciseActions';

/** The exercise commands: each takes an exercise (or its id, a tree node, a file of its copy) or asks. */
export function exerciseCommands(actions: ExerciseActions) {
  const withExercise = (act: (exercise: NonNullable<Awaited<ReturnType<ExerciseActions['resolve']>>>) => Promise<unknown>) => async (arg?: unknown) => {
    const exercise = await actions.resolve(arg);
    return exercise ? act(exercise) : undefined;
  };
  return {
    [Command.openExercise]: withExercise((exercise) => actions.open(exercise)),
    [Command.runExercise]: withExercise((exercise) => actions.run(exercise)),
    [Command.exerciseHint]: withExercise((exercise) => actions.hint(exercise)),
    [Command.showExerciseSolution]: withExercise((exercise) => actions.showSolution(exercise)),
    [Command.resetExercise]: withExercise((exercise) => actions.reset(exercise)),
  } satisfies Partial<CommandHandlers>;
}

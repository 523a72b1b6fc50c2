/**
 * Questions for `npm run new` in a terminal. Commands take a Prompter only when they may
 * ask; with flags (or without a TTY) they never wait for input. Tests script the answers.
 */
import { createInterface } from 'node:readline/promises';

export interface Question {
  /** Shown when the answer is empty; an empty answer then means "this". */
  default?: string;
  /** Returns what is wrong with an answer, or undefined if it will do. Asked again until it does. */
  validate?: (answer: string) => string | undefined;
  /** An empty answer is accepted (optional fields). */
  optional?: boolean;
}

export interface Prompter {
  ask(question: string, q?: Question): Promise<string>;
  say(line: string): void;
  close(): void;
}

/** Asks until an answer passes; gives up after a few tries so a script piping junk cannot loop forever. */
async function askUntilValid(read: (prompt: string) => Promise<string | undefined>, say: (s: string) => void, question: string, q: Question = {}): Promise<string> {
  const prompt = `${question}${q.default ? ` [${q.default}]` : q.optional ? ' (optional, Enter to skip)' : ''}: `;
  for (let tries = 0; tries < 5; tries++) {
    const raw = await read(prompt);
    if (raw === undefined) throw new PromptClosed();
    const answer = raw.trim() || q.default || '';
    if (answer === '' && !q.optional) {
      say('  This one is required.');
      continue;
    }
    const problem = answer === '' ? undefined : q.validate?.(answer);
    if (!problem) return answer;
    say(`  ${problem}`);
  }
  throw new PromptClosed();
}

/** Input ended (Ctrl-D) or too many invalid answers: the command stops without writing. */
export class PromptClosed extends Error {}

export function terminalPrompter(): Prompter {
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  let closed = false;
  rl.on('close', () => (closed = true));
  const read = async (prompt: string) => (closed ? undefined : rl.question(prompt).catch(() => undefined));
  return {
    ask: (question, q) => askUntilValid(read, (s) => process.stdout.write(`${s}\n`), question, q),
    say: (line) => process.stdout.write(`${line}\n`),
    close: () => rl.close(),
  };
}

/** A prompter that answers from a list, recording what was asked: for tests. */
export function scriptedPrompter(answers: string[]): Prompter & { asked: string[]; said: string[] } {
  const queue = [...answers];
  const asked: string[] = [];
  const said: string[] = [];
  return {
    asked,
    said,
    ask: (question, q) =>
      askUntilValid(
        async (prompt) => {
          asked.push(prompt);
          return queue.shift();
        },
        (s) => said.push(s),
        question,
        q,
      ),
    say: (line) => said.push(line),
    close: () => {},
  };
}

import { parseArgs } from 'node:util';
import { catalog } from './commands/catalog.ts';
import { estimateCommand } from './commands/estimate.ts';
import { review } from './commands/review.ts';
import { reportCommand } from './commands/report.ts';
import { exportCommand } from './commands/export.ts';
import { importCommand } from './commands/import.ts';
import { layoutCommand } from './commands/layout.ts';
import { validate } from './commands/validate.ts';
import { EXIT, InputError, stdio, type Output } from './io.ts';

const USAGE = `Usage: cloudwright <command> [options]

Commands:
  validate FILE [--json]          check a design file; exit 0 when valid, 2 with located errors
  review FILE [--json] [--fail-on high|medium|low]
                                  Well-Architected review; exit 1 on an open finding at or above --fail-on
  estimate FILE [--region R] [--compare all|R1,R2,...] [--json]
                                  monthly cost and carbon, or the design in several Regions side by side
  export FILE --format cloudformation|bundle [--yaml|--json] -o OUT
                                  CloudFormation (one template per Region stack) or the deployment bundle (zip)
  import TEMPLATE -o FILE         a CloudFormation template (YAML or JSON) as a design
  layout FILE -o OUT              lay the design out with ELK (hierarchical, containers respected)
  report FILE --format md|html -o OUT
                                  Well-Architected report: risks, improvement plan, cost and carbon, diagram
  catalog [--json]                list the services, containers and generic nodes

Exit codes: 0 success, 1 findings at or above --fail-on, 2 bad input.`;

type Command = (
  positionals: string[],
  values: Record<string, string | boolean | undefined>,
  io: Output,
) => Promise<number> | number;

const COMMANDS: Record<
  string,
  { options: Record<string, { type: 'string' | 'boolean'; short?: string }>; run: Command }
> = {
  validate: {
    options: { json: { type: 'boolean' } },
    run: (pos, v, io) => {
      if (pos.length !== 1) throw new InputError('validate: expected one design file');
      return validate(pos[0], v.json === true, io);
    },
  },
  review: {
    options: { json: { type: 'boolean' }, 'fail-on': { type: 'string' } },
    run: (pos, v, io) => {
      if (pos.length !== 1) throw new InputError('review: expected one design file');
      const failOn = v['fail-on'];
      if (failOn !== undefined && !['high', 'medium', 'low'].includes(String(failOn)))
        throw new InputError(
          `review: --fail-on must be high, medium or low, not "${String(failOn)}"`,
        );
      return review(
        pos[0],
        { json: v.json === true, failOn: failOn as 'high' | 'medium' | 'low' | undefined },
        io,
      );
    },
  },
  estimate: {
    options: { json: { type: 'boolean' }, region: { type: 'string' }, compare: { type: 'string' } },
    run: (pos, v, io) => {
      if (pos.length !== 1) throw new InputError('estimate: expected one design file');
      return estimateCommand(
        pos[0],
        {
          json: v.json === true,
          region: v.region as string | undefined,
          compare: v.compare as string | undefined,
        },
        io,
      );
    },
  },
  export: {
    options: {
      format: { type: 'string' },
      yaml: { type: 'boolean' },
      json: { type: 'boolean' },
      out: { type: 'string', short: 'o' },
    },
    run: (pos, v, io) => {
      if (pos.length !== 1) throw new InputError('export: expected one design file');
      return exportCommand(
        pos[0],
        {
          format: v.format as 'cloudformation' | 'bundle',
          yaml: v.yaml === true,
          json: v.json === true,
          out: v.out as string,
        },
        io,
      );
    },
  },
  import: {
    options: { out: { type: 'string', short: 'o' } },
    run: (pos, v, io) => {
      if (pos.length !== 1) throw new InputError('import: expected one template file');
      if (!v.out) throw new InputError('import: -o FILE is required');
      return importCommand(pos[0], { out: v.out as string }, io);
    },
  },
  layout: {
    options: { out: { type: 'string', short: 'o' } },
    run: (pos, v, io) => {
      if (pos.length !== 1) throw new InputError('layout: expected one design file');
      if (!v.out) throw new InputError('layout: -o OUT is required');
      return layoutCommand(pos[0], v.out as string, io);
    },
  },
  report: {
    options: { format: { type: 'string' }, out: { type: 'string', short: 'o' } },
    run: (pos, v, io) => {
      if (pos.length !== 1) throw new InputError('report: expected one design file');
      return reportCommand(pos[0], { format: v.format as 'md' | 'html', out: v.out as string }, io);
    },
  },
  catalog: {
    options: { json: { type: 'boolean' } },
    run: (pos, v, io) => {
      if (pos.length !== 0) throw new InputError('catalog: takes no file');
      return catalog(v.json === true, io);
    },
  },
};

/** Runs the CLI with the given arguments; returns the exit code. Never throws. */
export async function main(argv: string[], io: Output = stdio): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.out(USAGE);
    return name ? EXIT.ok : EXIT.badInput;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.err(`cloudwright: unknown command "${name}"\n${USAGE}`);
    return EXIT.badInput;
  }
  try {
    const { values, positionals } = parseArgs({
      args: rest,
      options: command.options,
      allowPositionals: true,
      strict: true,
    });
    return await command.run(positionals, values, io);
  } catch (err) {
    if (err instanceof InputError) {
      io.err(err.message);
      return EXIT.badInput;
    }
    if (
      err instanceof TypeError &&
      'code' in err &&
      String((err as { code: unknown }).code).startsWith('ERR_PARSE_ARGS')
    ) {
      io.err(`cloudwright ${name}: ${err.message}`);
      return EXIT.badInput;
    }
    io.err(
      `cloudwright ${name}: unexpected error: ${err instanceof Error ? err.message : String(err)}`,
    );
    return EXIT.badInput;
  }
}

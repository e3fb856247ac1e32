import type { CliCommand } from '../types';
import { command as list } from './list';
import { command as measure } from './measure';
import { command as review } from './review';
import { command as run } from './run';
import { command as show } from './show';
import { command as stats } from './stats';
import { command as validate } from './validate';

export const commands: readonly CliCommand[] = [list, show, validate, run, measure, review, stats];

// Which way a date without its year points (tables in tests/dates/direction-table.ts).
import { family } from './helpers/date-table.js';
import { COORDINATED_PHRASES, LONG_CLAUSES, NOT_FUTURE_CUES, THIS_WEEKEND } from './dates/direction-table.js';

family('coordinated phrases share the tense of their clause', COORDINATED_PHRASES);
family('cues that are not of time', NOT_FUTURE_CUES);
family('a future cue across a long clause', LONG_CLAUSES);
family('this weekend', THIS_WEEKEND);

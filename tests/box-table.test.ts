// The human tables' drawing: display width (ASCII, marks, East Asian wide, emoji sequences), the
// greedy wrap at white space, words wider than their column, and colours across a wrapped line.
import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { BoxTable, cellLines } from '../src/render/box-table.js';
import { makeTable } from '../src/render/table.js';
import { displayWidth } from '../src/render/text-width.js';

const colour = new Chalk({ level: 1 });
const plain = new Chalk({ level: 0 });
const CYAN = '\x1b[36m';
const NO_FG = '\x1b[39m';
const DIM = '\x1b[2m';
const NO_DIM = '\x1b[22m';

describe('displayWidth', () => {
  it.each<[string, number]>([
    ['', 0],
    ['Belgrade', 8],
    ['Vučić', 5],
    ['e\u0301te\u0301', 3], // combining acute accents
    ['“Yes,” she said — twice…', 24],
    ['a\u200bb', 2], // zero-width space
    ['tab\there', 7], // a control character takes no column
    ['東京', 4],
    ['서울 시청', 9],
    ['ＦＵＬＬ', 8], // fullwidth Latin
    ['🎉', 2],
    ['👍🏽', 2], // skin tone
    ['👨‍👩‍👧', 2], // ZWJ family
    ['🇵🇹🇷🇸', 4], // two flags
    ['❤', 1], // text presentation by default
    ['❤️', 2], // with variation selector 16
    ['1️⃣', 2], // keycap
    [`${CYAN}Kazan${NO_FG}`, 5],
    [`${DIM}東京${NO_DIM}!`, 5],
  ])('%j is %i columns', (s, width) => {
    expect(displayWidth(s)).toBe(width);
  });
});

describe('BoxTable', () => {
  it('draws a header, rules between rows, and pads each cell to its column', () => {
    const t = new BoxTable(['Name', 'Count'], [10, 7]);
    t.push(['Kazan', '1'], ['Belgrade', '12']);
    expect(t.toString()).toBe(
      [
        '┌──────────┬───────┐',
        '│ Name     │ Count │',
        '├──────────┼───────┤',
        '│ Kazan    │ 1     │',
        '├──────────┼───────┤',
        '│ Belgrade │ 12    │',
        '└──────────┴───────┘',
      ].join('\n'),
    );
  });

  it('wraps at white space, its own lines first, and gives the row the height of its tallest cell', () => {
    const t = new BoxTable(['Who', 'Said'], [12, 9]);
    t.push(['Ana Kovač\nthe mayor', 'the city will rebuild']);
    expect(t.toString()).toBe(
      [
        '┌────────────┬─────────┐',
        '│ Who        │ Said    │',
        '├────────────┼─────────┤',
        '│ Ana Kovač  │ the     │',
        '│ the mayor  │ city    │',
        '│            │ will    │',
        '│            │ rebuild │',
        '└────────────┴─────────┘',
      ].join('\n'),
    );
  });

  it('gives a word wider than its column a line of its own, cut with an ellipsis', () => {
    expect(cellLines('see https://example.org/a/long/path now', 10)).toEqual(['see', 'https://example.org/a/long/path', 'now']);
    const t = new BoxTable(['Link'], [12]);
    t.push(['see https://example.org/a/long/path now']);
    expect(t.toString().split('\n').slice(3, 6)).toEqual(['│ see        │', '│ https://e… │', '│ now        │']);
  });

  it('measures wide characters and emoji by their columns when wrapping and padding', () => {
    const t = new BoxTable(['Name'], [11]);
    t.push(['東京 大阪 名古屋'], ['Ola 🎉 👍🏽 ok']);
    const lines = t.toString().split('\n');
    expect(lines.slice(3, 8)).toEqual(['│ 東京 大阪 │', '│ 名古屋    │', '├───────────┤', '│ Ola 🎉 👍🏽 │', '│ ok        │']);
    // every line of the table is as wide as its border
    for (const line of lines) expect(displayWidth(line)).toBe(13);
  });

  it('cuts a wide word at a column boundary without splitting a character', () => {
    const t = new BoxTable(['Name'], [7]);
    t.push(['東京都庁舎']);
    // 5 columns: two wide characters (4) leave no room for a third before the ellipsis
    expect(t.toString().split('\n')[3]).toBe('│ 東京… │');
  });

  it('closes a colour at the end of a wrapped line and opens it again on the next', () => {
    expect(cellLines(colour.cyan('Aleksandar Vučić Junior'), 18)).toEqual([`${CYAN}Aleksandar Vučić${NO_FG}`, `${CYAN}Junior${NO_FG}`]);
  });

  it('keeps a dim flag dim on the line it wraps to, and the border after it plain', () => {
    const trigger = colour.cyan('conversation') + colour.dim(' (reported)');
    expect(cellLines(trigger, 14)).toEqual([`${CYAN}conversation${NO_FG}${DIM}${NO_DIM}`, `${DIM}(reported)${NO_DIM}`]);
    const t = new BoxTable(['Event'], [16]);
    t.push([trigger]);
    expect(t.toString().split('\n').slice(3, 5)).toEqual([`│ ${CYAN}conversation${NO_FG}${DIM}${NO_DIM}   │`, `│ ${DIM}(reported)${NO_DIM}     │`]);
  });

  it('closes a colour before the ellipsis of a cut word', () => {
    const t = new BoxTable(['Name'], [8]);
    t.push([colour.cyan('Llanfairpwllgwyngyll')]);
    expect(t.toString().split('\n')[3]).toBe(`│ ${CYAN}Llanf${NO_FG}… │`);
  });

  it('is the same table with colour as without, once the colour codes are taken out', () => {
    const rows = [
      ['Vladimir Putin\nRussian President', 'PERSON', 'Putin, the Russian leader, Mr Putin'],
      ['Lisbon', 'LOCATION', '—'],
    ];
    const draw = (chalk: InstanceType<typeof Chalk>) => {
      const t = makeTable(['Name', 'Type', 'Aliases'], [14, 10, 16], { chalk });
      for (const [name, type, aliases] of rows) {
        const [first, role] = name.split('\n');
        t.push([role ? `${chalk.cyan(first)}\n${chalk.dim(role)}` : chalk.cyan(first), type, chalk.dim(aliases)]);
      }
      return t.toString();
    };
    expect(draw(colour).replace(/\x1b\[[\d;]*m/g, '')).toBe(draw(plain));
  });
});

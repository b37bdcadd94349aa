// Model files: a model saved alone and the same model inside a joint file (joinModelFiles, how the
// entity recogniser's two passes ship) must score exactly alike, and the joint table must give
// every model's sums from one probe.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { convertModelFile, FrozenPerceptron, joinModelFiles, Perceptron } from '../src/model/perceptron.js';

/** A small model trained on made-up features: `seed` makes the two models differ. */
function trained(classes: string[], seed: number): Perceptron {
  const p = new Perceptron(classes, 12);
  for (let round = 0; round < 5; round++) {
    for (let k = 0; k < 300; k++) {
      const truth = (k * seed + round) % classes.length;
      const feats = [`w=${k % 37}`, `s=${(k * seed) % 11}`, `t=${truth}|${k % 5}`, `only${seed}=${k % 7}`];
      const b = p.buckets(feats);
      p.update(truth, p.predict(b), b);
    }
  }
  p.average();
  return p;
}

describe('joint model files', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsx-models-'));
  const a = trained(['A', 'B', 'C'], 3);
  const b = trained(['X', 'Y', 'Z', 'W'], 7);
  a.save(path.join(dir, 'a.bin'));
  b.save(path.join(dir, 'b.bin'));
  joinModelFiles([path.join(dir, 'a.bin'), path.join(dir, 'b.bin')], path.join(dir, 'ab.bin'));
  const alone = [FrozenPerceptron.load(path.join(dir, 'a.bin')), FrozenPerceptron.load(path.join(dir, 'b.bin'))];
  const joint = FrozenPerceptron.loadAll(path.join(dir, 'ab.bin'));
  // Features both models have, one has, neither has.
  const probes = Array.from({ length: 200 }, (_, k) => alone[0].buckets([`w=${k % 40}`, `s=${k % 13}`, `only3=${k % 9}`, `only7=${k % 9}`, `never=${k}`]));

  it('loads one model per part, in order, with its classes', () => {
    expect(joint.map((m) => m.classes)).toEqual([
      ['A', 'B', 'C'],
      ['X', 'Y', 'Z', 'W'],
    ]);
    expect(() => FrozenPerceptron.load(path.join(dir, 'ab.bin'))).toThrow(/holds 2 models/);
  });

  it('scores each model as its own file does', () => {
    let scored = 0;
    for (const buckets of probes) {
      for (let m = 0; m < 2; m++) {
        expect(Array.from(joint[m].scores(buckets))).toEqual(Array.from(alone[m].scores(buckets)));
        const s1 = joint[m].newSums(joint[m].classes.length);
        const s2 = alone[m].newSums(alone[m].classes.length);
        joint[m].addInto(buckets, 0, buckets.length, s1);
        alone[m].addInto(buckets, 0, buckets.length, s2);
        expect(Array.from(s1)).toEqual(Array.from(s2));
        if (s2.some((v) => v !== 0)) scored++;
      }
    }
    // Most probes meet weights of the model (the comparison is not between zeros).
    expect(scored).toBeGreaterThan(300);
  });

  it('gives both models sums side by side from one joint probe', () => {
    const together = FrozenPerceptron.joint(joint)!;
    expect(together.width).toBe(7);
    expect(FrozenPerceptron.joint(alone)).toBeNull();
    expect(FrozenPerceptron.joint([joint[1], joint[0]])).toBeNull();
    for (const buckets of probes) {
      const both = new Int32Array(7);
      together.addInto(buckets, 0, buckets.length, both);
      const a1 = alone[0].newSums(3);
      const b1 = alone[1].newSums(4);
      alone[0].addInto(buckets, 0, buckets.length, a1);
      alone[1].addInto(buckets, 0, buckets.length, b1);
      expect(Array.from(both)).toEqual([...a1, ...b1]);
    }
  });
});

describe('model file format', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsx-format-'));
  const p = trained(['A', 'B', 'C', 'D', 'E'], 5);
  const file = path.join(dir, 'p.bin');
  p.save(file, 0);
  const frozen = FrozenPerceptron.load(file);
  const w = p.weightTable;
  let max = 0;
  for (const v of w) max = Math.max(max, Math.abs(v));
  const scale = max / 32767;

  it('sums the quantised weights of the trained model, bucket by bucket', () => {
    for (let k = 0; k < 100; k++) {
      const buckets = p.buckets([`w=${k % 40}`, `s=${k % 13}`, `only5=${k % 9}`, `t=${k % 5}|${k % 7}`, `never=${k}`]);
      const expected = [0, 0, 0, 0, 0];
      for (const b of buckets) for (let c = 0; c < 5; c++) expected[c] += Math.round(w[b * 5 + c] / scale);
      const sums = frozen.newSums(5);
      frozen.addInto(buckets, 0, buckets.length, sums);
      expect(Array.from(sums)).toEqual(expected);
    }
    // Past half its slots in probes, the table reads its keys and starts interleaved: the sums
    // above were made both ways.
    expect((frozen as unknown as { t: { pairs: Int32Array | null } }).t.pairs).not.toBeNull();
  });

  it('stores only the non-zero weights of the kept buckets: keys, slot starts, one Int32 each', () => {
    const buf = fs.readFileSync(file);
    expect(buf.toString('latin1', 0, 4)).toBe('NXP2');
    const headerLength = buf.readUInt32LE(4);
    const header = JSON.parse(buf.toString('utf8', 8, 8 + headerLength)) as { size: number; entries: number };
    let nonZero = 0;
    for (const v of w) if (Math.round(v / scale) !== 0) nonZero++;
    expect(header.entries).toBe(nonZero);
    expect(buf.length).toBe(8 + headerLength + header.size * 4 + (header.size + 1) * 4 + nonZero * 4);
  });

  it('rewrites a file in the current format with the same table (convertModelFile)', () => {
    const copy = path.join(dir, 'copy.bin');
    convertModelFile(file, copy);
    expect(fs.readFileSync(copy).equals(fs.readFileSync(file))).toBe(true);
  });
});

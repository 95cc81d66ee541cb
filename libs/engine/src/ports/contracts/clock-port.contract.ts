/// <reference types="jest" />
import type { ClockPort } from '../clock.port';
import { useSubject, type PortContractFactory } from './contract-support';

/** How a contract test moves a clock, when it can (a fixed test clock); real clocks pass `undefined`. */
export interface ClockContractControl {
  advance?: (ms: number) => void;
}

/**
 * The behaviour every `ClockPort` must show: epoch milliseconds (an integer after
 * 2020), never going backwards, and moving when moved.
 */
export function describeClockPortContract(
  name: string,
  makePort: PortContractFactory<ClockPort, ClockContractControl>,
): void {
  describe(`ClockPort contract: ${name}`, () => {
    const subject = useSubject(makePort);

    it('tells epoch milliseconds that never go backwards', () => {
      const { port, control } = subject();
      const first = port.now();
      expect(Number.isInteger(first)).toBe(true);
      expect(first).toBeGreaterThan(Date.UTC(2020, 0, 1));
      control.advance?.(1_500);
      const second = port.now();
      expect(second).toBeGreaterThanOrEqual(first + (control.advance === undefined ? 0 : 1_500));
    });
  });
}

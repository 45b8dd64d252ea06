// SPDX-License-Identifier: LGPL-2.1-or-later
// A minimal TAP producer for the GJS tests: test(name, fn) runs at once,
// done() prints the plan and exits non-zero when anything failed.

import System from 'system';

let count = 0;
let failed = 0;

export function test(name, fn) {
    count++;
    try {
        fn();
        print(`ok ${count} - ${name}`);
    } catch (e) {
        failed++;
        print(`not ok ${count} - ${name}`);
        for (const line of `${e}\n${e.stack ?? ''}`.split('\n'))
            print(`# ${line}`);
    }
}

export function assertEqual(actual, expected, what = '') {
    const a = JSON.stringify(actual);
    const b = JSON.stringify(expected);
    if (a !== b)
        throw new Error(`${what} expected ${b}, got ${a}`);
}

export function assertThrows(fn, check = () => {}) {
    try {
        fn();
    } catch (e) {
        check(e);
        return e;
    }
    throw new Error('expected an exception, none was thrown');
}

export function done() {
    print(`1..${count}`);
    System.exit(failed > 0 ? 1 : 0);
}

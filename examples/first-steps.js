#!/usr/bin/gjs -m
// SPDX-License-Identifier: LGPL-2.1-or-later
// The first lines of the overview, as a program.

import Kommune from 'gi://Kommune?version=1';

const text = Kommune.amount_format(3822873700, Kommune.AmountScale.MILLIONS, 1);   // '38,2'
if (text !== '38,2')
    throw new Error(`expected 38,2, got ${text}`);
print(`${text} mill. kr`);

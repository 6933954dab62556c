import 'reflect-metadata';
// Real services and password hashing: allow for slow starts on a 2-core machine.
jest.setTimeout(60_000);

// argon2 and Nest are noisy only when something is wrong; keep test output to failures.
process.env.NODE_ENV = 'test';

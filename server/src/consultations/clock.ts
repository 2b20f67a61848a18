import { Injectable } from '@nestjs/common';

/**
 * The time "now" as the consultation rules see it. Injected instead of
 * calling `new Date()` so tests can stand on a Warsaw midnight or move a
 * consultation through its phases without waiting for the calendar.
 */
@Injectable()
export class Clock {
  now(): Date {
    return new Date();
  }
}

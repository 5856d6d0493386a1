import { Hono } from 'hono';
export function twoSmsApp(_ctx: unknown): Hono { return new Hono(); }

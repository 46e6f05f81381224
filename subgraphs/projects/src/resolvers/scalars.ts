export { DateTimeScalar as DateTime, DateScalar } from '@anze/server-kit';

/**
 * `@sociogram/core/messages`: the words of core's results. Core returns codes and facts; these catalogues
 * (bokmål, nynorsk, English) turn them into sentences for teachers.
 */
export * from './message-facts.ts';
export * from './catalogue.ts';
export * from './format-message.ts';
export * from './indicator-message.ts';
export * from './seat-message.ts';
export * from './issue-catalogue.ts';
export * from './issue-message.ts';

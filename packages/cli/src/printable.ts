/**
 * printable(text): text safe to write to a terminal. Names come from survey files, and a name holding
 * terminal escape codes (`ESC [2J` clears the screen, `ESC ] 0;…` retitles the window), carriage returns,
 * backspaces or a right-to-left override could hide or rewrite what the report says. Every C0 and C1
 * control character except line feed and tab, DEL, and the Unicode bidirectional controls are replaced by
 * U+FFFD (�), so the reader sees that something was there.
 */
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

export function printable(text: string): string {
  return text.replace(CONTROL, '\uFFFD');
}

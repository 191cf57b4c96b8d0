#ifndef CLIBEDIT_H
#define CLIBEDIT_H

#include <stdio.h>
#include <locale.h>
#include <signal.h>
#include <langinfo.h>
#include <editline/readline.h>
#include <histedit.h>

/// Fixed-signature helpers around libedit and the C runtime, so Swift never touches a
/// variadic function or a mutable C global directly. Everything here is one or two lines.

// MARK: Locale

/// Sets LC_CTYPE from the environment and falls back to C.UTF-8 when the codeset is not
/// UTF-8 (libedit drops every non-ASCII byte otherwise). Returns 1 when UTF-8 is active.
int claimsh_configure_utf8_locale(void);

// MARK: Interrupts

/// Installs a SIGINT handler that only sets a flag (no SA_RESTART, so blocking reads return).
void claimsh_install_interrupt_handler(void);
/// 1 when SIGINT arrived since the last claimsh_clear_interrupt().
int claimsh_interrupt_pending(void);
void claimsh_clear_interrupt(void);
/// Sets the flag as the handler would (tests and cooperative cancellation use it).
void claimsh_mark_interrupt(void);
/// Ignores SIGPIPE so a write into a closed pipe fails with EPIPE instead of killing us.
void claimsh_ignore_sigpipe(void);

// MARK: Terminal

/// The terminal width of `fd` from TIOCGWINSZ, or 0 when it is not a terminal.
int claimsh_terminal_columns(int fd);
/// The terminal height of `fd` from TIOCGWINSZ, or 0 when it is not a terminal.
int claimsh_terminal_rows(int fd);

// MARK: Line editing (readline-compatible API)

/// Called for Tab: `line` is the UTF-8 buffer, `cursor` and `word_start` count Unicode scalars.
/// Returns a malloc'd, NULL-terminated array of malloc'd match strings (what replaces the
/// word from `word_start` to `cursor`), or NULL for none. `append` receives the character
/// libedit appends after a single match (0 for none).
typedef char **(*claimsh_completion_provider)(void *context, const char *line, int cursor,
                                              int word_start, int *append);

/// Initialises libedit for `program_name` and routes Tab to `provider`.
void claimsh_editor_setup(const char *program_name, claimsh_completion_provider provider,
                          void *context);
/// readline() with the prompt; NULL at end of input or on interrupt (check the flag).
char *claimsh_editor_readline(const char *prompt);
/// Frees a string libedit or the shim allocated.
void claimsh_free(void *pointer);

// MARK: History (readline-compatible API)

void claimsh_history_stifle(int limit);
int claimsh_history_read(const char *path);
int claimsh_history_write(const char *path);
void claimsh_history_add(const char *line);
int claimsh_history_length(void);
/// The entry at 0-based `index` (oldest first), or NULL.
const char *claimsh_history_entry(int index);

#endif

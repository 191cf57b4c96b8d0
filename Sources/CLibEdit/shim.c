// wcwidth is an X/Open function.
#define _XOPEN_SOURCE 700
#define _DEFAULT_SOURCE 1
#include "CLibEdit.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>
#include <wchar.h>

// MARK: Locale

int claimsh_configure_utf8_locale(void) {
    setlocale(LC_CTYPE, "");
    const char *codeset = nl_langinfo(CODESET);
    if (codeset != NULL && (strcmp(codeset, "UTF-8") == 0 || strcmp(codeset, "utf8") == 0)) {
        return 1;
    }
    if (setlocale(LC_CTYPE, "C.UTF-8") == NULL) {
        return 0;
    }
    codeset = nl_langinfo(CODESET);
    return codeset != NULL && strcmp(codeset, "UTF-8") == 0;
}

// MARK: Interrupts

// The one piece of process-wide state a signal handler may touch.
static volatile sig_atomic_t interrupt_flag = 0;

static void on_interrupt(int signal_number) {
    (void)signal_number;
    interrupt_flag = 1;
}

void claimsh_install_interrupt_handler(void) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = on_interrupt;
    sigemptyset(&action.sa_mask);
    action.sa_flags = 0; // no SA_RESTART: a blocking read returns EINTR
    sigaction(SIGINT, &action, NULL);
}

int claimsh_interrupt_pending(void) { return interrupt_flag != 0; }
void claimsh_clear_interrupt(void) { interrupt_flag = 0; }
void claimsh_mark_interrupt(void) { interrupt_flag = 1; }
void claimsh_ignore_sigpipe(void) { signal(SIGPIPE, SIG_IGN); }

// MARK: Terminal

int claimsh_terminal_columns(int fd) {
    struct winsize size;
    if (ioctl(fd, TIOCGWINSZ, &size) != 0) return 0;
    return size.ws_col;
}

int claimsh_terminal_rows(int fd) {
    struct winsize size;
    if (ioctl(fd, TIOCGWINSZ, &size) != 0) return 0;
    return size.ws_row;
}

// MARK: Completion bridge

// libedit's callbacks carry no context pointer, so the shim keeps the provider here.
static claimsh_completion_provider completion_provider = NULL;
static void *completion_context = NULL;
static char **pending_matches = NULL;

static char *next_pending_match(const char *text, int state) {
    (void)text;
    if (pending_matches == NULL) return NULL;
    char *match = pending_matches[state];
    if (match == NULL) {
        free(pending_matches);
        pending_matches = NULL;
    }
    return match; // ownership passes to libedit
}

static char **attempted_completion(const char *text, int start, int end) {
    rl_attempted_completion_over = 1; // never fall back to file names
    if (completion_provider == NULL) return NULL;
    int append = ' ';
    char **matches = completion_provider(completion_context, rl_line_buffer, end, start, &append);
    if (matches == NULL) return NULL;
    if (matches[0] == NULL) {
        free(matches);
        return NULL;
    }
    rl_completion_append_character = append;
    pending_matches = matches;
    char **result = rl_completion_matches(text, next_pending_match);
    // Several matches whose common start is shorter than the word typed (spellings found by
    // transliteration key): keep the word rather than let libedit cut it back.
    if (result != NULL && result[1] != NULL && strlen(result[0]) < strlen(text)) {
        char *typed = strdup(text);
        if (typed != NULL) {
            free(result[0]);
            result[0] = typed;
        }
    }
    return result;
}

// MARK: Input

// The size the line was last drawn at, so only a real resize redraws.
static struct winsize drawn_size;

/// libedit's own SIGWINCH handler takes the new size but redraws nothing until the next key. Redraw now: back to
/// the line's first column, clear below, and let libedit draw prompt and line afresh (it then assumes the cursor
/// is at the line's start). A line that had wrapped onto rows above keeps those rows on screen.
static void redraw_if_resized(void) {
    FILE *out = rl_outstream != NULL ? rl_outstream : stdout;
    struct winsize size;
    if (ioctl(fileno(out), TIOCGWINSZ, &size) != 0) return;
    if (size.ws_col == drawn_size.ws_col && size.ws_row == drawn_size.ws_row) return;
    drawn_size = size;
    const char *term = getenv("TERM");
    if (term == NULL || strcmp(term, "dumb") == 0) return;
    fputs("\r\033[J", out);
    fflush(out);
    rl_forced_update_display();
}

static int read_byte(int descriptor, unsigned char *byte) {
    for (;;) {
        ssize_t count = read(descriptor, byte, 1);
        if (count == 1) return 1;
        if (count < 0 && errno == EINTR) {
            if (interrupt_flag) return -2;
            redraw_if_resized();
            continue; // SIGWINCH and friends: keep reading
        }
        return -1;
    }
}

/// libedit's character source. Ctrl-C (the flag) ends the line as Enter would, so readline()
/// returns at once and the shell discards the line; libedit alone would retry the read. Bytes are
/// decoded from UTF-8 here because libedit takes what this returns as a wide character.
static int read_character(FILE *stream) {
    int descriptor = fileno(stream);
    unsigned char first;
    int status = read_byte(descriptor, &first);
    if (status == -2) return '\n';
    if (status < 0) return -1;
    int extra = first < 0x80 ? 0 : (first & 0xE0) == 0xC0 ? 1 : (first & 0xF0) == 0xE0 ? 2 : (first & 0xF8) == 0xF0 ? 3 : -1;
    if (extra < 0) return 0xFFFD;
    int value = extra == 0 ? first : extra == 1 ? (first & 0x1F) : extra == 2 ? (first & 0x0F) : (first & 0x07);
    for (int index = 0; index < extra; index++) {
        unsigned char next;
        status = read_byte(descriptor, &next);
        if (status == -2) return '\n';
        if (status < 0) return -1;
        if ((next & 0xC0) != 0x80) return 0xFFFD;
        value = (value << 6) | (next & 0x3F);
    }
    return value;
}

// Word breaks for a query language: quotes, brackets, operators and separators.
static const char *query_word_breaks = " \t\n\"'()=<>!,;";

/// Whether `line` ends inside a double-quoted string that already has a character typed in it
/// (`= "Deir Ez`). Backslash escapes a character inside a string; `--` outside one starts a comment.
static int ends_inside_typed_string(const char *line) {
    int inside = 0;
    const char *opened = NULL;
    for (const char *p = line; *p != '\0'; p++) {
        if (inside) {
            if (*p == '\\' && p[1] != '\0') p++;
            else if (*p == '"') inside = 0;
        } else if (*p == '"') {
            inside = 1;
            opened = p;
        } else if (*p == '-' && p[1] == '-') {
            return 0;
        }
    }
    return inside && opened[1] != '\0';
}

/// The prompt of the line being edited, to know where a redraw must start.
static const char *current_prompt = "";

/// Terminal columns taken by the first `bytes` bytes of UTF-8 `text`.
static size_t display_columns(const char *text, size_t bytes) {
    mbstate_t state;
    memset(&state, 0, sizeof state);
    size_t columns = 0, offset = 0;
    while (offset < bytes) {
        wchar_t character;
        size_t length = mbrtowc(&character, text + offset, bytes - offset, &state);
        if (length == 0 || length == (size_t)-1 || length == (size_t)-2) {
            memset(&state, 0, sizeof state);
            length = 1;
            character = L'?';
        }
        int width = wcwidth(character);
        columns += width > 0 ? (size_t)width : 0;
        offset += length;
    }
    return columns;
}

/// Tab: complete with word breaks chosen for where the cursor is. Inside a quoted value only the quote
/// breaks, so a place name's words stay one word and a second Tab lists whole names ("Deir ez-Zor",
/// "Deir ez-Zor Governorate") rather than their last words. libedit's wrapper for a bound key has just
/// updated `rl_line_buffer` and `rl_point` (a completion-word-break hook runs before that, on a stale
/// line), but it ignores what `rl_complete` asks of the display, so the line is redrawn here: in place
/// after an insertion (from the prompt's row), below the list after a list of matches.
static int complete_key(int count, int key) {
    const char *line = rl_line_buffer != NULL ? rl_line_buffer : "";
    size_t point = rl_point > 0 ? (size_t)rl_point : 0;
    char *before = strndup(line, point);
    int quoted = before != NULL && ends_inside_typed_string(before);
    size_t cursor_column = display_columns(current_prompt, strlen(current_prompt))
        + (before != NULL ? display_columns(before, strlen(before)) : 0);
    free(before);
    rl_basic_word_break_characters = quoted ? "\"" : query_word_breaks;
    int status = rl_complete(count, key);
    rl_basic_word_break_characters = query_word_breaks;

    FILE *out = rl_outstream != NULL ? rl_outstream : stdout;
    const char *term = getenv("TERM");
    int plain = term == NULL || strcmp(term, "dumb") == 0;
    if (status == CC_REFRESH || status == CC_REFRESH_BEEP) {
        struct winsize size;
        int columns = ioctl(fileno(out), TIOCGWINSZ, &size) == 0 ? size.ws_col : 0;
        if (!plain) {
            size_t rows_up = columns > 0 ? cursor_column / (size_t)columns : 0;
            fputs("\r", out);
            if (rows_up > 0) fprintf(out, "\033[%zuA", rows_up);
            fputs("\033[J", out);
            fflush(out);
        }
        rl_forced_update_display();
    } else if (status == CC_REDISPLAY) {
        rl_forced_update_display();
    }
    return 0;
}

void claimsh_editor_setup(const char *program_name, claimsh_completion_provider provider,
                          void *context) {
    rl_readline_name = program_name;
    rl_getc_function = read_character;
    if (ioctl(STDOUT_FILENO, TIOCGWINSZ, &drawn_size) != 0) memset(&drawn_size, 0, sizeof drawn_size);
    completion_provider = provider;
    completion_context = context;
    rl_attempted_completion_function = attempted_completion;
    rl_basic_word_break_characters = query_word_breaks;
    rl_initialize();
    rl_add_defun("claimsh-complete", complete_key, '\t');
}

char *claimsh_editor_readline(const char *prompt) {
    current_prompt = prompt != NULL ? prompt : "";
    return readline(prompt);
}
void claimsh_free(void *pointer) { free(pointer); }

// MARK: History

void claimsh_history_stifle(int limit) { stifle_history(limit); }
int claimsh_history_read(const char *path) { return read_history(path); }
int claimsh_history_write(const char *path) { return write_history(path); }
void claimsh_history_add(const char *line) { add_history(line); }
int claimsh_history_length(void) { return history_length; }

const char *claimsh_history_entry(int index) {
    HIST_ENTRY *entry = history_get(history_base + index);
    return entry ? entry->line : NULL;
}
